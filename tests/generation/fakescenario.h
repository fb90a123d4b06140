// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Spielberg::Test {

/**
 * What FakeProvider answers to one generation request (POST /v1/messages or
 * /v1/chat/completions): a value built by one of the factories below and tuned by the chainable
 * modifiers, e.g. `FakeScenario::answer(u"INT. DINER"_s).splitEvery(3).crlf()`.
 *
 * The same scenario renders in the wire format of whichever endpoint it is served on: Anthropic
 * Messages SSE or OpenAI chat-completions SSE (see docs/providers.md §5). Every
 * field may also be set directly. Plain value; any thread.
 */
struct FakeScenario {
    enum class Kind {
        Answer, ///< a complete, successful stream
        Verbatim, ///< a transcript body from ../shared/protocols, byte for byte
        HttpError, ///< a status >= 400 before any stream starts
        MidStreamError, ///< 200, partial text, then an error event
        DropAfter, ///< 200, partial text, then a TCP reset
        CleanEofEarly, ///< 200, partial text, then a clean end without the stream's last events
        Hang, ///< 200 headers (and partial text, if any), then silence until closed
        MalformedEvent, ///< a complete stream in which one event's JSON is broken
        HugeEvent, ///< a complete stream with one delta of hugeBytes bytes
        Endless, ///< a stream that pings forever
        Story, ///< an answer written for the request by FakeStoryteller (a cast, outline or scene)
    };
    enum class Transcript {
        AnthropicDocs, ///< anthropic-stream.txt §B: the docs' "Basic streaming request"
        AnthropicSdkFixture, ///< anthropic-stream.txt §D: the Python SDK's basic_response.txt
        OpenAiRecording, ///< openai-ollama-stream.txt §B: openai-python's live recording
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Kind kind = Kind::Answer;
    /** The answer, or for faults the partial text sent before the fault. */
    QString text;
    /** When not empty, the exact text deltas to send (else text is split into several). */
    QStringList deltas;
    int inputTokens = 25;
    int outputTokens = 15;
    /** Anthropic stop_reason; OpenAI gets finish_reason "length" for max_tokens, else "stop". */
    QString stopReason = QStringLiteral("end_turn");
    /** Sent as stop_sequence when stopReason is "stop_sequence". */
    QString stopSequence;
    /** Overrides the OpenAI finish_reason derived from stopReason (e.g. "content_filter"). */
    QString finishReason;

    Transcript transcript = Transcript::AnthropicDocs;
    /** Folder of the transcripts; empty: protocolsDir(). */
    QString transcriptDir;

    /** HttpError: status; errorType/errorCode/message shape the body unless body is set. */
    int status = 200;
    /** Anthropic error.type ("overloaded_error", ...); mapped to an OpenAI type when needed. */
    QString errorType;
    /** Anthropic error.details.error_code, OpenAI error.code. */
    QString errorCode;
    QString errorMessage;
    /** Sent as is instead of the provider's error shape, with contentType. */
    QByteArray body;
    QByteArray contentType;
    /** Extra response headers, added after the usual ones. */
    Headers headers;

    qint64 hugeBytes = 10 * 1024 * 1024;
    int endlessIntervalMs = 50;

    /** Story: the faults to inject, from FakeStoryteller::faultNames(), each maybe + "Always". */
    QStringList faults;
    /** Story: when > 0, the answer streams one token (four characters) per delta, 1000 /
        tokensPerSecond ms apart (as deltas and trickleMs, which it overrides). */
    int tokensPerSecond = 0;

    // Modifiers.
    int trickleMs = 0;
    int splitBytes = 0;
    bool crlfLineEnds = false;
    bool comments = false;
    bool unknownEventTypes = false;
    bool multiLineData = false;

    // Successful streams.
    static FakeScenario answer(const QString &text,
        int inputTokens = 25,
        int outputTokens = 15,
        const QString &stopReason = QStringLiteral("end_turn"));
    static FakeScenario verbatim(Transcript which, const QString &dir = {});
    /** The story engine's answers, computed from each request (FakeStoryteller), spoilt by
        faults the way real models spoil them; a Story default answers every request. */
    static FakeScenario story(const QStringList &faults = {});

    // Errors before the stream (docs/providers.md §1.5, §2.4).
    static FakeScenario httpError(
        int status, const QByteArray &body = {}, const Headers &headers = {});
    /** 429 rate_limit_error with `retry-after: seconds`. */
    static FakeScenario rateLimited(int retryAfterSeconds = 1);
    /** 429 rate_limit_error with `retry-after-ms: ms` only. */
    static FakeScenario rateLimitedMs(int retryAfterMs = 250);
    /** 529 overloaded_error (Anthropic's shape; OpenAI mode serves it as a 529 server_error). */
    static FakeScenario overloaded();
    /** 500 with an HTML page, as a proxy in front of the API sends. */
    static FakeScenario serverErrorHtml();
    static FakeScenario authenticationError();
    static FakeScenario invalidRequest(const QString &message = {});
    static FakeScenario notFound();
    /** 413 request_too_large (Anthropic says Cloudflare sends it). */
    static FakeScenario requestTooLarge();
    /** The permanent 429: no retry-after, error.details.error_code enforced_spend_limit_reached
        (Anthropic); in OpenAI mode the same as insufficientQuota(). */
    static FakeScenario spendLimit();
    /** OpenAI's permanent 429, type and code insufficient_quota; in Anthropic mode spendLimit(). */
    static FakeScenario insufficientQuota();

    // Faults after a 200.
    static FakeScenario midStreamError(
        const QString &partialText, const QString &errorType = QStringLiteral("overloaded_error"));
    static FakeScenario dropAfter(const QString &partialText);
    static FakeScenario cleanEofEarly(const QString &partialText);
    static FakeScenario hangAfterHeaders();
    /** Headers, the opening events and partialText, then silence (anthropic-stream.txt H6). */
    static FakeScenario hangAfter(const QString &partialText);
    static FakeScenario malformedEvent(const QString &text = {});
    static FakeScenario hugeEvent(qint64 bytes = 10 * 1024 * 1024);
    static FakeScenario endless(int intervalMs = 50);

    // Chainable modifiers.
    /** Waits ms between writes. */
    FakeScenario &trickle(int ms);
    /** Writes the body in pieces of bytes, one HTTP chunk each, whatever the UTF-8 boundaries. */
    FakeScenario &splitEvery(int bytes);
    /** Ends SSE lines with \r\n. */
    FakeScenario &crlf();
    /** Interleaves `: keep-alive` comment lines (and, for Anthropic, ping events). */
    FakeScenario &withComments();
    /** Adds events the client must ignore (Anthropic: an unknown event name; OpenAI: unknown
        fields and SSE id/retry lines). */
    FakeScenario &unknownEvents();
    /** Spreads each event's JSON over two `data:` lines. */
    FakeScenario &multiLine();
    /** Adds `x-should-retry: true|false`, which the SDKs obey before the status. */
    FakeScenario &shouldRetry(bool retry);
    FakeScenario &withHeader(const QByteArray &name, const QByteArray &value);

    /** The transcript folder: $SPIELBERG_SHARED/protocols, else the one beside the checkout. */
    static QString protocolsDir();
    /** The body of a transcript section, or nothing when the file is absent or unreadable. */
    static std::optional<QByteArray> transcriptBody(Transcript which, const QString &dir = {});
    /** What a client should read from a transcript: the text, input and output tokens. */
    struct Expectation {
        QString text;
        int inputTokens = 0;
        int outputTokens = 0;
    };
    static Expectation transcriptExpectation(Transcript which);

    /**
     * Reads one scenario from the JSON form spielberg-fakeprovider takes:
     * {"kind":"answer","text":..., "inputTokens":..., "outputTokens":..., "stopReason":...},
     * {"kind":"httpError","status":429,"headers":{"retry-after":"1"}}, {"kind":"rateLimited"},
     * {"kind":"story","faults":["wrongHeading","badJsonAlways"],"tokensPerSecond":60}, and so on
     * for every factory, plus the modifiers as keys ("trickleMs", "splitEvery", "crlf",
     * "comments", "unknownEvents", "multiLine", "shouldRetry"; a story's answer keeps them). On
     * failure (an unknown kind, transcript or fault, among others) returns nothing and says why
     * in error.
     */
    static std::optional<FakeScenario> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace Spielberg::Test
