// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakescenario.h"

#include "fakestoryteller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

namespace {

FakeScenario errorScenario(int status, const QString &type, const QString &message)
{
    FakeScenario s;
    s.kind = FakeScenario::Kind::HttpError;
    s.status = status;
    s.errorType = type;
    s.errorMessage = message;
    return s;
}

FakeScenario partial(FakeScenario::Kind kind, const QString &text)
{
    FakeScenario s;
    s.kind = kind;
    s.text = text;
    return s;
}

// The transcript files mark sections with a line of dashes, a title line "B. ..." (and maybe
// more title lines), another line of dashes, then the body up to the next line of dashes.
std::optional<QByteArray> section(const QByteArray &file, const QByteArray &letter)
{
    const QByteArray rule = QByteArray(79, '-');
    const QList<QByteArray> lines = file.split('\n');
    qsizetype i = 0;
    for (; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == rule && lines.at(i + 1).startsWith(QByteArray(letter + ". "))) {
            break;
        }
    }
    if (i + 1 >= lines.size()) {
        return std::nullopt;
    }
    i += 2;
    while (i < lines.size() && lines.at(i) != rule) {
        ++i;
    }
    QByteArray body;
    for (++i; i < lines.size() && lines.at(i) != rule; ++i) {
        body += lines.at(i) + '\n';
    }
    // The files separate sections by one or two blank lines; a stream ends with exactly one.
    while (body.endsWith('\n')) {
        body.chop(1);
    }
    if (body.isEmpty()) {
        return std::nullopt;
    }
    return body + "\n\n";
}

} // namespace

FakeScenario FakeScenario::answer(
    const QString &text, int inputTokens, int outputTokens, const QString &stopReason)
{
    FakeScenario s;
    s.kind = Kind::Answer;
    s.text = text;
    s.inputTokens = inputTokens;
    s.outputTokens = outputTokens;
    s.stopReason = stopReason;
    if (stopReason == u"stop_sequence"_s) {
        s.stopSequence = u"FADE OUT."_s;
    }
    return s;
}

FakeScenario FakeScenario::verbatim(Transcript which, const QString &dir)
{
    FakeScenario s;
    s.kind = Kind::Verbatim;
    s.transcript = which;
    s.transcriptDir = dir;
    return s;
}

FakeScenario FakeScenario::story(const QStringList &faults)
{
    FakeScenario s;
    s.kind = Kind::Story;
    s.faults = faults;
    return s;
}

FakeScenario FakeScenario::httpError(int status, const QByteArray &body, const Headers &headers)
{
    FakeScenario s;
    s.kind = Kind::HttpError;
    s.status = status;
    s.body = body;
    s.headers = headers;
    if (!body.isEmpty()) {
        s.contentType
            = body.trimmed().startsWith('<') ? "text/html; charset=utf-8" : "application/json";
    }
    return s;
}

FakeScenario FakeScenario::rateLimited(int retryAfterSeconds)
{
    return errorScenario(429,
        u"rate_limit_error"_s,
        u"This request would exceed the rate limit for your organization of "
        u"50 requests per minute. Please retry after a moment."_s)
        .withHeader("retry-after", QByteArray::number(retryAfterSeconds));
}

FakeScenario FakeScenario::rateLimitedMs(int retryAfterMs)
{
    return errorScenario(429,
        u"rate_limit_error"_s,
        u"This request would exceed the rate limit for your organization."_s)
        .withHeader("retry-after-ms", QByteArray::number(retryAfterMs));
}

FakeScenario FakeScenario::overloaded()
{
    return errorScenario(529, u"overloaded_error"_s, u"Overloaded"_s);
}

FakeScenario FakeScenario::serverErrorHtml()
{
    return httpError(500,
        "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
        "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>"
        "cloudflare</center>\r\n</body>\r\n</html>\r\n");
}

FakeScenario FakeScenario::authenticationError()
{
    return errorScenario(401, u"authentication_error"_s, u"invalid x-api-key"_s);
}

FakeScenario FakeScenario::invalidRequest(const QString &message)
{
    return errorScenario(400,
        u"invalid_request_error"_s,
        message.isEmpty() ? u"messages: at least one message is required"_s : message);
}

FakeScenario FakeScenario::notFound()
{
    return errorScenario(404, u"not_found_error"_s, u"model: claude-retired-1"_s);
}

FakeScenario FakeScenario::requestTooLarge()
{
    return errorScenario(
        413, u"request_too_large"_s, u"Request exceeds the maximum allowed number of bytes."_s);
}

FakeScenario FakeScenario::spendLimit()
{
    FakeScenario s = errorScenario(429,
        u"rate_limit_error"_s,
        u"You have reached your API usage limits. You will regain access "
        u"on 2026-12-01 at 00:00 UTC."_s);
    s.errorCode = u"enforced_spend_limit_reached"_s;
    return s;
}

FakeScenario FakeScenario::insufficientQuota()
{
    FakeScenario s = spendLimit();
    s.errorMessage
        = u"You exceeded your current quota, please check your plan and billing details."_s;
    return s;
}

FakeScenario FakeScenario::midStreamError(const QString &partialText, const QString &errorType)
{
    FakeScenario s = partial(Kind::MidStreamError, partialText);
    s.errorType = errorType;
    s.errorMessage = errorType == u"overloaded_error"_s
        ? u"Overloaded"_s
        : u"The server had an error while processing your request."_s;
    return s;
}

FakeScenario FakeScenario::dropAfter(const QString &partialText)
{
    return partial(Kind::DropAfter, partialText);
}

FakeScenario FakeScenario::cleanEofEarly(const QString &partialText)
{
    return partial(Kind::CleanEofEarly, partialText);
}

FakeScenario FakeScenario::hangAfterHeaders()
{
    return partial(Kind::Hang, {});
}

FakeScenario FakeScenario::hangAfter(const QString &partialText)
{
    return partial(Kind::Hang, partialText);
}

FakeScenario FakeScenario::malformedEvent(const QString &text)
{
    return partial(Kind::MalformedEvent,
        text.isEmpty() ? u"INT. DINER - NIGHT\n\nThe coffee is cold."_s : text);
}

FakeScenario FakeScenario::hugeEvent(qint64 bytes)
{
    FakeScenario s = partial(Kind::HugeEvent, u"INT. ARCHIVE - DAY\n\n"_s);
    s.hugeBytes = bytes;
    return s;
}

FakeScenario FakeScenario::endless(int intervalMs)
{
    FakeScenario s = partial(Kind::Endless, {});
    s.endlessIntervalMs = intervalMs;
    return s;
}

FakeScenario &FakeScenario::trickle(int ms)
{
    trickleMs = ms;
    return *this;
}

FakeScenario &FakeScenario::splitEvery(int bytes)
{
    splitBytes = bytes;
    return *this;
}

FakeScenario &FakeScenario::crlf()
{
    crlfLineEnds = true;
    return *this;
}

FakeScenario &FakeScenario::withComments()
{
    comments = true;
    return *this;
}

FakeScenario &FakeScenario::unknownEvents()
{
    unknownEventTypes = true;
    return *this;
}

FakeScenario &FakeScenario::multiLine()
{
    multiLineData = true;
    return *this;
}

FakeScenario &FakeScenario::shouldRetry(bool retry)
{
    return withHeader("x-should-retry", retry ? "true" : "false");
}

FakeScenario &FakeScenario::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QString FakeScenario::protocolsDir()
{
    const QString shared = qEnvironmentVariable("SPIELBERG_SHARED");
    if (!shared.isEmpty()) {
        return QDir(shared).filePath(u"protocols"_s);
    }
    return QStringLiteral(SPIELBERG_PROTOCOLS);
}

std::optional<QByteArray> FakeScenario::transcriptBody(Transcript which, const QString &dir)
{
    const bool anthropic = which != Transcript::OpenAiRecording;
    const QString name = anthropic ? u"anthropic-stream.txt"_s : u"openai-ollama-stream.txt"_s;
    QFile file(QDir(dir.isEmpty() ? protocolsDir() : dir).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return section(file.readAll(), which == Transcript::AnthropicSdkFixture ? "D" : "B");
}

FakeScenario::Expectation FakeScenario::transcriptExpectation(Transcript which)
{
    switch (which) {
    case Transcript::AnthropicDocs:
        return { u"Hello!"_s, 25, 15 };
    case Transcript::AnthropicSdkFixture:
        return { u"Hello there!"_s, 11, 6 };
    case Transcript::OpenAiRecording:
        return {
            u"I'm unable to provide real-time weather updates. To get the current weather in "
            u"San Francisco, I recommend checking a reliable weather website or a weather app."_s,
            14,
            30
        };
    }
    return {};
}

std::optional<FakeScenario> FakeScenario::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<FakeScenario> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QString kind = json.value(u"kind"_s).toString();
    const QString text = json.value(u"text"_s).toString();
    FakeScenario s;
    if (kind == u"answer"_s) {
        s = answer(text);
    } else if (kind == u"verbatim"_s) {
        const QString which = json.value(u"transcript"_s).toString();
        if (which == u"anthropic-docs"_s) {
            s = verbatim(Transcript::AnthropicDocs);
        } else if (which == u"anthropic-sdk"_s) {
            s = verbatim(Transcript::AnthropicSdkFixture);
        } else if (which == u"openai-recording"_s) {
            s = verbatim(Transcript::OpenAiRecording);
        } else {
            return fail(
                u"unknown transcript \"%1\" (anthropic-docs, anthropic-sdk, openai-recording)"_s
                    .arg(which));
        }
    } else if (kind == u"httpError"_s) {
        s = httpError(
            json.value(u"status"_s).toInt(500), json.value(u"body"_s).toString().toUtf8());
    } else if (kind == u"rateLimited"_s) {
        s = rateLimited(json.value(u"retryAfter"_s).toInt(1));
    } else if (kind == u"rateLimitedMs"_s) {
        s = rateLimitedMs(json.value(u"retryAfterMs"_s).toInt(250));
    } else if (kind == u"overloaded"_s) {
        s = overloaded();
    } else if (kind == u"serverErrorHtml"_s) {
        s = serverErrorHtml();
    } else if (kind == u"authenticationError"_s) {
        s = authenticationError();
    } else if (kind == u"invalidRequest"_s) {
        s = invalidRequest(json.value(u"message"_s).toString());
    } else if (kind == u"notFound"_s) {
        s = notFound();
    } else if (kind == u"requestTooLarge"_s) {
        s = requestTooLarge();
    } else if (kind == u"spendLimit"_s) {
        s = spendLimit();
    } else if (kind == u"insufficientQuota"_s) {
        s = insufficientQuota();
    } else if (kind == u"midStreamError"_s) {
        s = midStreamError(text, json.value(u"errorType"_s).toString(u"overloaded_error"_s));
    } else if (kind == u"dropAfter"_s) {
        s = dropAfter(text);
    } else if (kind == u"cleanEofEarly"_s) {
        s = cleanEofEarly(text);
    } else if (kind == u"hangAfterHeaders"_s) {
        s = hangAfterHeaders();
    } else if (kind == u"hangAfter"_s) {
        s = hangAfter(text);
    } else if (kind == u"malformedEvent"_s) {
        s = malformedEvent(text);
    } else if (kind == u"hugeEvent"_s) {
        s = hugeEvent(json.value(u"bytes"_s).toInteger(10 * 1024 * 1024));
    } else if (kind == u"endless"_s) {
        s = endless(json.value(u"intervalMs"_s).toInt(50));
    } else if (kind == u"story"_s) {
        const QJsonValue faults = json.value(u"faults"_s);
        if (!faults.isUndefined() && !faults.isArray()) {
            return fail(u"a story's faults must be an array of names"_s);
        }
        QStringList names;
        for (const QJsonValue &fault : faults.toArray()) {
            const QString name = fault.toString();
            if (!FakeStoryteller::isFault(name)) {
                return fail(u"unknown fault \"%1\" (%2, each also as <name>Always)"_s.arg(
                    name, FakeStoryteller::faultNames().join(u", "_s)));
            }
            names.append(name);
        }
        s = story(names);
    } else {
        return fail(u"unknown scenario kind \"%1\""_s.arg(kind));
    }

    // Field overrides, then modifiers.
    if (json.contains(u"deltas"_s)) {
        s.deltas.clear();
        for (const QJsonValue &d : json.value(u"deltas"_s).toArray()) {
            s.deltas.append(d.toString());
        }
    }
    s.inputTokens = json.value(u"inputTokens"_s).toInt(s.inputTokens);
    s.outputTokens = json.value(u"outputTokens"_s).toInt(s.outputTokens);
    s.stopReason = json.value(u"stopReason"_s).toString(s.stopReason);
    if (s.stopReason == u"stop_sequence"_s && s.stopSequence.isEmpty()) {
        s.stopSequence = u"FADE OUT."_s;
    }
    s.stopSequence = json.value(u"stopSequence"_s).toString(s.stopSequence);
    s.finishReason = json.value(u"finishReason"_s).toString(s.finishReason);
    s.errorType = json.value(u"errorType"_s).toString(s.errorType);
    s.errorCode = json.value(u"errorCode"_s).toString(s.errorCode);
    s.errorMessage = json.value(u"message"_s).toString(s.errorMessage);
    if (json.contains(u"transcriptDir"_s)) {
        s.transcriptDir = json.value(u"transcriptDir"_s).toString();
    }
    const QJsonObject headers = json.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        s.headers.append(qMakePair(it.key().toLatin1(), it.value().toString().toLatin1()));
    }
    s.trickleMs = json.value(u"trickleMs"_s).toInt(s.trickleMs);
    s.splitBytes = json.value(u"splitEvery"_s).toInt(s.splitBytes);
    s.crlfLineEnds = json.value(u"crlf"_s).toBool(s.crlfLineEnds);
    s.comments = json.value(u"comments"_s).toBool(s.comments);
    s.unknownEventTypes = json.value(u"unknownEvents"_s).toBool(s.unknownEventTypes);
    s.multiLineData = json.value(u"multiLine"_s).toBool(s.multiLineData);
    s.tokensPerSecond = json.value(u"tokensPerSecond"_s).toInt(s.tokensPerSecond);
    if (json.contains(u"shouldRetry"_s)) {
        s.shouldRetry(json.value(u"shouldRetry"_s).toBool());
    }
    if (s.tokensPerSecond < 0) {
        return fail(u"tokensPerSecond must not be negative, not %1"_s.arg(s.tokensPerSecond));
    }
    if (s.kind == Kind::HttpError && s.status < 400) {
        return fail(u"httpError needs a status of 400 or more, not %1"_s.arg(s.status));
    }
    return s;
}

} // namespace Spielberg::Test
