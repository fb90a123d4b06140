// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeresponse_p.h"
#include "recordedrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

namespace {

using Headers = FakeScenario::Headers;

// A fixed creation time keeps OpenAI chunks byte-stable between runs.
constexpr qint64 kCreated = 1764000000;
constexpr auto kDefaultAnthropicModel = "claude-sonnet-4-5";
constexpr auto kDefaultOpenAiModel = "gpt-4o-2024-08-06";

// JSON is written by hand, not through QJsonDocument, because QJsonObject sorts its keys and the
// providers put "type" (Anthropic) or "id" (OpenAI) first. Non-ASCII stays raw UTF-8, as the
// providers send it, so that splitEvery() can cut inside a character.
QByteArray js(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00"
                    + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray jsOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArray("null") : js(text);
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Site Overloaded";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss"_s)
               .toLatin1()
        + " GMT";
}

QByteArray rfc3339In(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate).toLatin1();
}

// The headers every response of the provider carries (anthropic-stream.txt §G;
// openai-ollama-stream.txt D3).
Headers providerHeaders(FakeProtocol protocol, int index, int status)
{
    const QByteArray id = "req_fake_" + num(index);
    Headers h { { "date", httpDate() } };
    if (protocol == FakeProtocol::Anthropic) {
        const QByteArray remaining = status == 429 ? "0" : num(qMax(0, 999 - index));
        h += { { "request-id", id },
            { "anthropic-organization-id", "00000000-0000-4000-8000-fa4e00000000" },
            { "anthropic-ratelimit-requests-limit", "1000" },
            { "anthropic-ratelimit-requests-remaining", remaining },
            { "anthropic-ratelimit-requests-reset", rfc3339In(1) },
            { "anthropic-ratelimit-tokens-limit", "96000" },
            { "anthropic-ratelimit-tokens-remaining", "90000" },
            { "anthropic-ratelimit-tokens-reset", rfc3339In(2) },
            { "anthropic-ratelimit-input-tokens-limit", "80000" },
            { "anthropic-ratelimit-input-tokens-remaining", "78000" },
            { "anthropic-ratelimit-input-tokens-reset", rfc3339In(2) },
            { "anthropic-ratelimit-output-tokens-limit", "16000" },
            { "anthropic-ratelimit-output-tokens-remaining", "12000" },
            { "anthropic-ratelimit-output-tokens-reset", rfc3339In(17) } };
    } else {
        h += { { "x-request-id", id },
            { "openai-organization", "fake-org" },
            { "openai-processing-ms", "42" },
            { "openai-version", "2020-10-01" },
            { "x-ratelimit-limit-requests", "60" },
            { "x-ratelimit-limit-tokens", "150000" },
            { "x-ratelimit-remaining-requests", status == 429 ? "0" : "59" },
            { "x-ratelimit-remaining-tokens", "149984" },
            { "x-ratelimit-reset-requests", "1s" },
            { "x-ratelimit-reset-tokens", "6m0s" } };
    }
    return h;
}

QByteArray composeHead(int status, const Headers &headers)
{
    QByteArray head = "HTTP/1.1 " + num(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    return head + "\r\n";
}

bool wantsClose(const RecordedRequest &request)
{
    return request.header(u"connection"_s).compare(u"close"_s, Qt::CaseInsensitive) == 0;
}

// Text split as a model streams it: a piece ends after a run of spaces or at six code points,
// wherever that falls (inside a word, between the halves of a CJK phrase).
QStringList splitText(const QString &text)
{
    QStringList pieces;
    QString current;
    int points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        current += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            current += text.at(++i);
        }
        ++points;
        const bool spaceEnds
            = text.at(i).isSpace() && i + 1 < text.size() && !text.at(i + 1).isSpace();
        if (spaceEnds || points >= 6) {
            pieces.append(current);
            current.clear();
            points = 0;
        }
    }
    if (!current.isEmpty()) {
        pieces.append(current);
    }
    return pieces;
}

QString hugeText(qint64 bytes)
{
    const QString line = u"All work and no play makes Jack a dull boy. "_s;
    QString text;
    text.reserve(bytes + line.size());
    while (text.size() < bytes) {
        text += line;
    }
    text.truncate(bytes);
    return text;
}

QString openAiErrorType(const QString &anthropicType, const QString &code)
{
    if (code == u"enforced_spend_limit_reached"_s || code == u"insufficient_quota"_s) {
        return u"insufficient_quota"_s;
    }
    if (anthropicType == u"rate_limit_error"_s) {
        return u"requests"_s;
    }
    if (anthropicType == u"api_error"_s || anthropicType == u"overloaded_error"_s
        || anthropicType == u"timeout_error"_s) {
        return u"server_error"_s;
    }
    return u"invalid_request_error"_s;
}

QString openAiErrorCode(const QString &anthropicType, const QString &code)
{
    if (code == u"enforced_spend_limit_reached"_s) {
        return u"insufficient_quota"_s;
    }
    if (!code.isEmpty()) {
        return code;
    }
    if (anthropicType == u"rate_limit_error"_s) {
        return u"rate_limit_exceeded"_s;
    }
    if (anthropicType == u"authentication_error"_s) {
        return u"invalid_api_key"_s;
    }
    if (anthropicType == u"not_found_error"_s) {
        return u"model_not_found"_s;
    }
    return {};
}

QByteArray errorBody(int status,
    FakeProtocol protocol,
    int index,
    QString type,
    QString message,
    const QString &code)
{
    if (type.isEmpty()) {
        type = FakeResponse::anthropicErrorType(status);
    }
    if (message.isEmpty()) {
        message = QString::fromLatin1(reasonPhrase(status));
    }
    if (protocol == FakeProtocol::Anthropic) {
        QByteArray error = "{\"type\":" + js(type) + ",\"message\":" + js(message);
        if (!code.isEmpty()) {
            error += ",\"details\":{\"error_code\":" + js(code) + '}';
        }
        return "{\"type\":\"error\",\"error\":" + error + "},\"request_id\":\"req_fake_"
            + num(index) + "\"}";
    }
    return "{\"error\":{\"message\":" + js(message) + ",\"type\":" + js(openAiErrorType(type, code))
        + ",\"param\":null,\"code\":" + jsOrNull(openAiErrorCode(type, code)) + "}}";
}

struct Event {
    QByteArray name; ///< Anthropic event name; empty for OpenAI data-only events
    QByteArray data; ///< one line of JSON (or [DONE]); empty for a comment
    QByteArray comment; ///< a comment line's text
    QByteArray raw; ///< sent as is

    static Event named(const QByteArray &name, const QByteArray &data)
    {
        Event e;
        e.name = name;
        e.data = data;
        return e;
    }
    static Event dataOnly(const QByteArray &data) { return named({}, data); }
    static Event commentLine(const QByteArray &text)
    {
        Event e;
        e.comment = text;
        return e;
    }
    static Event verbatim(const QByteArray &bytes)
    {
        Event e;
        e.raw = bytes;
        return e;
    }
};

QByteArray serialize(const Event &event, bool multiLine)
{
    if (!event.raw.isEmpty()) {
        return event.raw;
    }
    if (!event.comment.isEmpty()) {
        return ": " + event.comment + "\n\n";
    }
    QByteArray out;
    if (!event.name.isEmpty()) {
        out += "event: " + event.name + '\n';
    }
    if (multiLine && event.data.startsWith('{') && event.data.size() > 1) {
        // Per the SSE spec the client joins data lines with "\n"; JSON allows it between tokens.
        out += "data: {\ndata: " + event.data.mid(1) + '\n';
    } else {
        out += "data: " + event.data + '\n';
    }
    return out + '\n';
}

// Builds the event list of one streamed answer or fault.
class StreamWriter
{
public:
    StreamWriter(
        const FakeScenario &scenario, FakeProtocol protocol, const RecordedRequest &request)
        : m_s(scenario), m_protocol(protocol), m_index(request.index)
    {
        const QJsonObject body = request.json();
        m_model = body.value(u"model"_s)
                      .toString(QString::fromLatin1(protocol == FakeProtocol::Anthropic
                              ? kDefaultAnthropicModel
                              : kDefaultOpenAiModel));
        m_includeUsage
            = body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool();
    }

    QList<Event> events() const
    {
        QList<Event> out;
        if (m_s.comments && m_protocol == FakeProtocol::OpenAi) {
            out.append(Event::commentLine("OPENROUTER PROCESSING"));
        }
        const QStringList deltas = m_s.deltas.isEmpty() ? splitText(m_s.text) : m_s.deltas;
        using Kind = FakeScenario::Kind;
        switch (m_s.kind) {
        case Kind::Answer:
        case Kind::MalformedEvent:
            opening(out);
            textDeltas(out, deltas, m_s.kind == Kind::MalformedEvent);
            closing(out);
            break;
        case Kind::HugeEvent:
            opening(out);
            textDeltas(out, deltas + QStringList { hugeText(m_s.hugeBytes) }, false);
            closing(out);
            break;
        case Kind::MidStreamError:
            opening(out);
            textDeltas(out, deltas, false);
            out.append(streamError());
            break;
        case Kind::DropAfter:
        case Kind::CleanEofEarly:
            opening(out);
            textDeltas(out, deltas, false);
            break;
        case Kind::Hang:
            if (!m_s.text.isEmpty()) {
                opening(out);
                textDeltas(out, deltas, false);
            }
            break;
        case Kind::Endless:
            opening(out);
            break;
        case Kind::Verbatim:
        case Kind::HttpError:
        case Kind::Story: // FakeProvider::respond() serves FakeStoryteller::answer() instead
            break;
        }
        return out;
    }

    QByteArray endlessPiece() const
    {
        return m_protocol == FakeProtocol::Anthropic ? serialize(ping(), false)
                                                     : QByteArray(": keep-alive\n\n");
    }

    bool nonStreamable() const { return m_s.kind == FakeScenario::Kind::Answer; }

    QByteArray completeJson() const
    {
        if (m_protocol == FakeProtocol::Anthropic) {
            return "{\"id\":\"msg_fake_" + num(m_index)
                + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":" + js(m_model)
                + ",\"content\":[{\"type\":\"text\",\"text\":" + js(m_s.text)
                + "}],\"stop_reason\":" + js(m_s.stopReason) + ",\"stop_sequence\":"
                + stopSequence() + ",\"usage\":" + anthropicUsage(m_s.outputTokens) + '}';
        }
        return "{\"id\":\"chatcmpl-fake" + num(m_index)
            + "\",\"object\":\"chat.completion\",\"created\":" + num(kCreated)
            + ",\"model\":" + js(m_model)
            + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
            + js(m_s.text)
            + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":" + js(finishReason())
            + "}],\"usage\":" + openAiUsage() + ",\"system_fingerprint\":\"fp_fake\"}";
    }

private:
    Event anthropic(const QByteArray &name, const QByteArray &data) const
    {
        return Event::named(name, data);
    }
    Event ping() const { return anthropic("ping", "{\"type\": \"ping\"}"); }

    QByteArray anthropicUsage(int outputTokens) const
    {
        return "{\"input_tokens\":" + num(m_s.inputTokens)
            + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":"
            + num(outputTokens) + '}';
    }
    QByteArray openAiUsage() const
    {
        return "{\"prompt_tokens\":" + num(m_s.inputTokens) + ",\"completion_tokens\":"
            + num(m_s.outputTokens) + ",\"total_tokens\":" + num(m_s.inputTokens + m_s.outputTokens)
            + ",\"completion_tokens_details\":{\"reasoning_tokens\":0}}";
    }
    QByteArray stopSequence() const
    {
        return m_s.stopReason == u"stop_sequence"_s ? jsOrNull(m_s.stopSequence)
                                                    : QByteArray("null");
    }
    QString finishReason() const
    {
        if (!m_s.finishReason.isEmpty()) {
            return m_s.finishReason;
        }
        return m_s.stopReason == u"max_tokens"_s ? u"length"_s : u"stop"_s;
    }

    Event chunk(const QByteArray &choices, const QByteArray &extra = {}) const
    {
        QByteArray data = "{\"id\":\"chatcmpl-fake" + num(m_index)
            + "\",\"object\":\"chat.completion.chunk\",\"created\":" + num(kCreated) + ",\"model\":"
            + js(m_model) + ",\"system_fingerprint\":\"fp_fake\",\"choices\":" + choices + extra;
        if (m_s.unknownEventTypes) {
            // include_obfuscation's padding and service_tier: top-level fields to ignore.
            data += ",\"service_tier\":\"default\",\"obfuscation\":\"q9Xz\"";
        }
        return Event::dataOnly(data + '}');
    }
    Event choice(const QByteArray &delta, const QByteArray &finish = "null") const
    {
        return chunk("[{\"index\":0,\"delta\":" + delta
            + ",\"logprobs\":null,\"finish_reason\":" + finish + "}]");
    }

    void add(QList<Event> &out, const Event &event) const
    {
        if (m_s.comments) {
            out.append(Event::commentLine("keep-alive"));
        }
        out.append(event);
    }

    void opening(QList<Event> &out) const
    {
        if (m_protocol == FakeProtocol::Anthropic) {
            add(out,
                anthropic("message_start",
                    "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_fake_" + num(m_index)
                        + "\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],"
                          "\"model\":"
                        + js(m_model) + ",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
                        + anthropicUsage(1) + "}}"));
            add(out,
                anthropic("content_block_start",
                    "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                    "{\"type\":\"text\",\"text\":\"\"}}"));
            if (m_s.unknownEventTypes) {
                add(out,
                    anthropic("content_block_annotation",
                        "{\"type\":\"content_block_annotation\",\"index\":0,"
                        "\"annotation\":{\"kind\":\"fake\",\"level\":3}}"));
            }
            add(out, ping());
        } else {
            if (m_s.unknownEventTypes) {
                // SSE fields the SDKs ignore (id, retry), then an event of their own.
                out.append(Event::verbatim("id: 1\nretry: 3000\n\n"));
            }
            add(out, choice("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}"));
        }
    }

    void textDeltas(QList<Event> &out, const QStringList &deltas, bool breakOne) const
    {
        const qsizetype broken = deltas.size() > 1 ? 1 : 0;
        for (qsizetype i = 0; i < deltas.size(); ++i) {
            Event e;
            if (m_protocol == FakeProtocol::Anthropic) {
                e = anthropic("content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    "{\"type\":\"text_delta\",\"text\":"
                        + js(deltas.at(i)) + "}}");
            } else {
                e = choice("{\"content\":" + js(deltas.at(i)) + '}');
            }
            if (breakOne && i == broken) {
                // The docs' own typo (anthropic-stream.txt §E): one closing brace too many.
                e.data += '}';
            }
            add(out, e);
            if (m_s.comments && m_protocol == FakeProtocol::Anthropic && i % 3 == 2) {
                out.append(ping());
            }
        }
    }

    void closing(QList<Event> &out) const
    {
        if (m_protocol == FakeProtocol::Anthropic) {
            add(out,
                anthropic("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
            add(out,
                anthropic("message_delta",
                    "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":" + js(m_s.stopReason)
                        + ",\"stop_sequence\":" + stopSequence()
                        + "},\"usage\":" + anthropicUsage(m_s.outputTokens) + '}'));
            add(out, anthropic("message_stop", "{\"type\":\"message_stop\"}"));
        } else {
            add(out, choice("{}", js(finishReason())));
            if (m_includeUsage) {
                add(out, chunk("[]", ",\"usage\":" + openAiUsage()));
            }
            add(out, Event::dataOnly("[DONE]"));
        }
    }

    Event streamError() const
    {
        if (m_protocol == FakeProtocol::Anthropic) {
            return anthropic("error",
                "{\"type\":\"error\",\"error\":{\"type\":" + js(m_s.errorType)
                    + ",\"message\":" + js(m_s.errorMessage) + "}}");
        }
        return Event::dataOnly("{\"error\":{\"message\":" + js(m_s.errorMessage) + ",\"type\":"
            + js(openAiErrorType(m_s.errorType, {})) + ",\"param\":null,\"code\":null}}");
    }

    const FakeScenario &m_s;
    FakeProtocol m_protocol;
    int m_index;
    QString m_model;
    bool m_includeUsage = false;
};

QList<QByteArray> finishPieces(QList<QByteArray> pieces, const FakeScenario &s)
{
    if (s.crlfLineEnds) {
        for (QByteArray &p : pieces) {
            p.replace("\n", "\r\n");
        }
    }
    if (s.splitBytes > 0) {
        const QByteArray all = pieces.join();
        pieces.clear();
        for (qsizetype at = 0; at < all.size(); at += s.splitBytes) {
            pieces.append(all.mid(at, s.splitBytes));
        }
    }
    return pieces;
}

FakeResponse finish(
    FakeResponse response, int status, Headers headers, const RecordedRequest &request)
{
    if (wantsClose(request) && response.end == FakeResponse::End::Finish) {
        response.end = FakeResponse::End::Close;
    }
    headers.append(qMakePair(QByteArray("connection"),
        QByteArray(response.end == FakeResponse::End::Finish ? "keep-alive" : "close")));
    response.head = composeHead(status, headers);
    return response;
}

} // namespace

QString FakeResponse::anthropicErrorType(int status)
{
    switch (status) {
    case 400:
        return u"invalid_request_error"_s;
    case 401:
        return u"authentication_error"_s;
    case 402:
        return u"billing_error"_s;
    case 403:
        return u"permission_error"_s;
    case 404:
        return u"not_found_error"_s;
    case 409:
        return u"conflict_error"_s;
    case 413:
        return u"request_too_large"_s;
    case 429:
        return u"rate_limit_error"_s;
    case 504:
        return u"timeout_error"_s;
    case 529:
        return u"overloaded_error"_s;
    default:
        return status >= 500 ? u"api_error"_s : u"invalid_request_error"_s;
    }
}

FakeResponse FakeResponse::plain(int status,
    const QByteArray &body,
    FakeProtocol protocol,
    const RecordedRequest &request,
    const QByteArray &contentType,
    const FakeScenario::Headers &extra)
{
    FakeResponse r;
    r.pieces = { body };
    Headers h { { "content-type", contentType }, { "content-length", num(body.size()) } };
    h += providerHeaders(protocol, request.index, status);
    h += extra;
    return finish(r, status, h, request);
}

FakeResponse FakeResponse::error(int status,
    FakeProtocol protocol,
    const RecordedRequest &request,
    const QString &type,
    const QString &message,
    const QString &code)
{
    return plain(
        status, errorBody(status, protocol, request.index, type, message, code), protocol, request);
}

FakeResponse FakeResponse::generation(
    const FakeScenario &s, FakeProtocol protocol, const RecordedRequest &request)
{
    using Kind = FakeScenario::Kind;
    if (s.kind == Kind::HttpError) {
        if (!s.body.isEmpty()) {
            return plain(s.status,
                s.body,
                protocol,
                request,
                s.contentType.isEmpty() ? QByteArray("application/json") : s.contentType,
                s.headers);
        }
        return plain(s.status,
            errorBody(s.status, protocol, request.index, s.errorType, s.errorMessage, s.errorCode),
            protocol,
            request,
            "application/json",
            s.headers);
    }

    FakeResponse r;
    r.chunked = true;
    r.delayMs = s.trickleMs;
    StreamWriter writer(s, protocol, request);
    QList<QByteArray> pieces;
    if (s.kind == Kind::Verbatim) {
        const auto body = FakeScenario::transcriptBody(s.transcript, s.transcriptDir);
        if (!body) {
            return error(500,
                protocol,
                request,
                u"api_error"_s,
                u"fake provider: no transcript in %1"_s.arg(
                    s.transcriptDir.isEmpty() ? FakeScenario::protocolsDir() : s.transcriptDir));
        }
        // One write per event, as the provider flushes them.
        qsizetype from = 0;
        while (from < body->size()) {
            const qsizetype end = body->indexOf("\n\n", from);
            const qsizetype to = end < 0 ? body->size() : end + 2;
            pieces.append(body->mid(from, to - from));
            from = to;
        }
    } else if (!request.json().value(u"stream"_s).toBool() && writer.nonStreamable()) {
        return plain(200, writer.completeJson(), protocol, request, "application/json", s.headers);
    } else {
        for (const Event &e : writer.events()) {
            pieces.append(serialize(e, s.multiLineData));
        }
    }
    r.pieces = finishPieces(pieces, s);

    switch (s.kind) {
    case Kind::MidStreamError:
    case Kind::CleanEofEarly:
        r.end = End::Close;
        break;
    case Kind::DropAfter:
        r.end = End::Drop;
        break;
    case Kind::Hang:
        r.end = End::Hang;
        break;
    case Kind::Endless:
        r.end = End::Endless;
        r.endlessPiece = writer.endlessPiece();
        if (s.crlfLineEnds) {
            r.endlessPiece.replace("\n", "\r\n");
        }
        r.endlessIntervalMs = s.endlessIntervalMs;
        break;
    default:
        r.end = End::Finish;
    }

    Headers h { { "content-type", "text/event-stream; charset=utf-8" },
        { "cache-control", "no-cache" },
        { "transfer-encoding", "chunked" } };
    h += providerHeaders(protocol, request.index, 200);
    h += s.headers;
    return finish(r, 200, h, request);
}

} // namespace Spielberg::Test
