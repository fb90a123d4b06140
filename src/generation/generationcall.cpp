// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationcall.h"

#include "anthropicdecoder.h"
#include "logging.h"
#include "openaidecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;

void releaseReply(QNetworkReply *reply)
{
    if (reply) {
        // Only our own connections go: a disconnect() of everything would also cut the one that
        // carries abort() to the network thread, and the stream would run on to its end.
        QObject::disconnect(reply, &QNetworkReply::readyRead, nullptr, nullptr);
        QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString header(const QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(name)).trimmed();
}

// A sentence for the writer about an HTTP error, from the status and the provider's own words.
QString httpMessage(int status, const QString &type, const QString &providerMessage, const QString &host)
{
    QString what;
    switch (status) {
    case 400:
        what = u"The provider refused the request (HTTP 400)"_s;
        break;
    case 401:
        what = u"The provider did not accept the API key (HTTP 401): check the key in Settings, or "
               "ANTHROPIC_API_KEY / OPENAI_API_KEY"_s;
        break;
    case 402:
        what = u"The provider's account has no credit left (HTTP 402)"_s;
        break;
    case 403:
        what = u"The API key may not use this model or feature (HTTP 403)"_s;
        break;
    case 404:
        what = u"The provider does not know this model or address (HTTP 404): check the model name "
               "and the base URL"_s;
        break;
    case 413:
        what = u"The request was too large for the provider (HTTP 413)"_s;
        break;
    case 429:
        what = u"The provider is limiting requests (HTTP 429)"_s;
        break;
    case 529:
        what = u"The provider is overloaded (HTTP 529)"_s;
        break;
    default:
        what = status >= 500 ? u"The provider had a server error (HTTP %1)"_s.arg(status)
                             : u"The provider answered HTTP %1"_s.arg(status);
        break;
    }
    QString detail = providerMessage.simplified();
    if (detail.size() > 300) {
        detail = detail.left(297) + u"..."_s;
    }
    if (!detail.isEmpty()) {
        what += u": "_s + (type.isEmpty() ? QString() : type + u": "_s) + detail;
    } else if (!host.isEmpty()) {
        what += u" at "_s + host;
    }
    return what + u'.';
}

} // namespace

GenerationCall::GenerationCall(QNetworkAccessManager *network, const ProviderConfig &config,
                               const Prompt &prompt, const QList<ChatTurn> &history, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_body(ProviderRequest::body(config, prompt, history))
    , m_reply(nullptr, &releaseReply)
{
}

GenerationCall::~GenerationCall() = default;

void GenerationCall::start()
{
    if (!m_network) {
        m_outcome.failure.kind = AttemptFailure::Kind::Network;
        m_outcome.message = u"No network access is available."_s;
        finish(CallOutcome::Result::Failed);
        return;
    }
    m_reply.reset(m_network->post(ProviderRequest::request(m_config), m_body));
    connect(m_reply.get(), &QNetworkReply::readyRead, this, &GenerationCall::onReadyRead);
    connect(m_reply.get(), &QNetworkReply::finished, this, &GenerationCall::onFinished);
}

void GenerationCall::cancel()
{
    if (m_finished) {
        return;
    }
    m_outcome.message = u"Cancelled."_s;
    finish(CallOutcome::Result::Cancelled);
}

void GenerationCall::abortAsBroken(const QString &why)
{
    if (m_finished) {
        return;
    }
    m_outcome.failure.kind = AttemptFailure::Kind::BrokenStream;
    m_outcome.message = why;
    finish(CallOutcome::Result::Failed);
}

void GenerationCall::onReadyRead()
{
    if (m_finished || !m_reply) {
        return;
    }
    Q_EMIT activity();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_outcome.requestId.isEmpty()) {
        m_outcome.requestId = header(m_reply.get(), "request-id");
        if (m_outcome.requestId.isEmpty()) {
            m_outcome.requestId = header(m_reply.get(), "x-request-id");
        }
    }
    if (status >= 300) {
        const QByteArray more = m_reply->readAll();
        if (m_errorBody.size() < kMaxErrorBody) {
            m_errorBody.append(more.left(kMaxErrorBody - m_errorBody.size()));
        }
        return;
    }
    const QList<SseEvent> events = m_parser.feed(m_reply->readAll());
    for (const SseEvent &event : events) {
        handleEvent(event);
        if (m_finished) {
            return;
        }
    }
    if (m_parser.hasOverflowed()) {
        abortAsBroken(u"The provider sent an event larger than this app accepts (16 MB)."_s);
    }
}

void GenerationCall::handleEvent(const SseEvent &event)
{
    QList<StreamEvent> decoded;
    if (m_config.kind == ProviderConfig::Kind::Anthropic) {
        decoded = AnthropicDecoder().decode(event);
    } else {
        decoded = OpenAiDecoder().decode(event);
    }
    for (const StreamEvent &e : decoded) {
        switch (e.kind) {
        case StreamEvent::Kind::Text:
            m_outcome.text += e.text;
            Q_EMIT textReceived(e.text);
            break;
        case StreamEvent::Kind::Usage:
            if (e.inputTokens >= 0) {
                m_outcome.inputTokens = e.inputTokens;
            }
            if (e.outputTokens >= 0) {
                m_outcome.outputTokens = e.outputTokens;
            }
            Q_EMIT usageReceived(m_outcome.inputTokens, m_outcome.outputTokens);
            break;
        case StreamEvent::Kind::Stop:
            m_outcome.stopReason = e.stopReason;
            break;
        case StreamEvent::Kind::Done:
            m_sawDone = true;
            break;
        case StreamEvent::Kind::Ping:
            break;
        case StreamEvent::Kind::Error:
            m_outcome.failure.kind = e.errorType == u"malformed_event"_s ? AttemptFailure::Kind::BrokenStream
                                                                        : AttemptFailure::Kind::StreamError;
            m_outcome.failure.errorType = e.errorType;
            m_outcome.failure.errorCode = e.errorCode;
            if (!e.requestId.isEmpty()) {
                m_outcome.requestId = e.requestId;
            }
            m_outcome.message = e.errorType == u"malformed_event"_s
                ? u"The provider's stream could not be read (%1)."_s.arg(e.text)
                : u"The provider stopped with an error while writing: %1%2."_s.arg(
                      e.errorType.isEmpty() ? QString() : e.errorType + u": "_s, e.text.simplified());
            finish(CallOutcome::Result::Failed);
            return;
        }
    }
}

void GenerationCall::failHttp(int status, const QByteArray &body)
{
    AttemptFailure &f = m_outcome.failure;
    f.kind = AttemptFailure::Kind::Http;
    f.status = status;
    f.retryAfter = header(m_reply.get(), "retry-after");
    f.retryAfterMs = header(m_reply.get(), "retry-after-ms");
    f.shouldRetry = header(m_reply.get(), "x-should-retry");
    QString providerMessage;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(u"error"_s);
        if (error.isString()) {
            providerMessage = error.toString(); // Ollama: {"error": "…"}
        } else {
            const QJsonObject eo = error.toObject();
            providerMessage = eo.value(u"message"_s).toString();
            f.errorType = eo.value(u"type"_s).toString();
            f.errorCode = eo.value(u"details"_s).toObject().value(u"error_code"_s).toString();
            const QJsonValue code = eo.value(u"code"_s);
            if (f.errorCode.isEmpty() && code.isString()) {
                f.errorCode = code.toString();
            }
        }
        const QString requestId = o.value(u"request_id"_s).toString();
        if (!requestId.isEmpty()) {
            m_outcome.requestId = requestId;
        }
    }
    m_outcome.message = httpMessage(status, f.errorType, providerMessage, m_config.endpoint({}).host());
}

void GenerationCall::onFinished()
{
    if (m_finished || !m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_outcome.requestId.isEmpty()) {
        m_outcome.requestId = header(reply, "request-id");
        if (m_outcome.requestId.isEmpty()) {
            m_outcome.requestId = header(reply, "x-request-id");
        }
    }
    if (status >= 300) {
        m_errorBody.append(reply->readAll().left(kMaxErrorBody));
        failHttp(status, m_errorBody);
        finish(CallOutcome::Result::Failed);
        return;
    }
    if (status == 0) {
        const QString host = m_config.endpoint({}).host();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Never retried, and never worked around: the writer fixes the address or the
            // system's certificates.
            m_outcome.failure.kind = AttemptFailure::Kind::Tls;
            m_outcome.message = u"Could not make a secure connection to the provider at %1 (check the "
                                "base URL and the system's certificates): %2."_s.arg(host, reply->errorString());
        } else {
            m_outcome.failure.kind = AttemptFailure::Kind::Network;
            m_outcome.message = u"Could not reach the provider at %1: %2."_s.arg(host, reply->errorString());
        }
        finish(CallOutcome::Result::Failed);
        return;
    }
    // Whatever is left in the body, then the end of the stream.
    for (const SseEvent &event : m_parser.feed(reply->readAll())) {
        handleEvent(event);
        if (m_finished) {
            return;
        }
    }
    for (const SseEvent &event : m_parser.finish()) {
        handleEvent(event);
        if (m_finished) {
            return;
        }
    }
    const bool anthropic = m_config.kind == ProviderConfig::Kind::Anthropic;
    const bool complete = !m_outcome.stopReason.isEmpty() && (!anthropic || m_sawDone);
    if (complete && reply->error() == QNetworkReply::NoError) {
        finish(CallOutcome::Result::Succeeded);
        return;
    }
    // A 200 that stopped before the model finished: a broken stream
    // (docs/providers.md §1.3, §2.3).
    m_outcome.failure.kind = AttemptFailure::Kind::BrokenStream;
    m_outcome.message = reply->error() != QNetworkReply::NoError
        ? u"The connection to the provider broke while the text was streaming (%1)."_s.arg(reply->errorString())
        : u"The provider's stream ended before the model finished."_s;
    finish(CallOutcome::Result::Failed);
}

void GenerationCall::finish(CallOutcome::Result result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome.result = result;
    if (!m_config.apiKey.isEmpty()) {
        // Never let a key reach a message, even if a server echoed it back.
        m_outcome.message.replace(m_config.apiKey, u"***"_s);
    }
    m_reply.reset(); // aborts the request if it still runs
    Q_EMIT finished(m_outcome);
}

} // namespace Spielberg
