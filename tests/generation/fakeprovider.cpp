// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprovider.h"

#include "fakeconnection_p.h"
#include "fakeresponse_p.h"
#include "fakestoryteller.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

namespace {

// "claude-sonnet-4-5" -> "Claude Sonnet 4.5", as Anthropic's display names read.
QString displayName(const QString &id)
{
    QStringList words;
    QString version;
    for (const QString &part : id.split(u'-')) {
        bool number = false;
        part.toInt(&number);
        if (number && part.size() < 8) {
            version += (version.isEmpty() ? QString() : u"."_s) + part;
        } else if (!number && !part.isEmpty()) {
            words.append(part.at(0).toUpper() + part.mid(1));
        }
    }
    if (!version.isEmpty()) {
        words.append(version);
    }
    return words.join(u' ');
}

QByteArray js(const QString &text)
{
    // Model ids and names are plain ASCII here; QJsonValue keeps the escaping honest anyway.
    return QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

bool looksAnthropic(const RecordedRequest &r)
{
    return r.headers.contains(u"anthropic-version"_s) || r.headers.contains(u"x-api-key"_s)
        || r.path.startsWith(u"/v1/messages"_s);
}

} // namespace

FakeProvider::FakeProvider(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_default(FakeScenario::answer(u"INT. TEST STAGE - DAY\n\nA fake provider answers, “on cue”. "
                                     u"Café lights hum.\n"_s))
    , m_anthropicModels { u"claude-opus-5-5"_s,
        u"claude-sonnet-5-5"_s,
        u"claude-haiku-5-5"_s,
        u"claude-sonnet-4-5-20250929"_s }
    , m_openAiModels { u"gpt-4o-2024-08-06"_s, u"gpt-4o-mini"_s, u"llama3.2"_s }
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeProvider::onNewConnection);
}

FakeProvider::~FakeProvider()
{
    closeAll();
}

bool FakeProvider::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeProvider::port() const
{
    return m_server->serverPort();
}

QString FakeProvider::anthropicBaseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

QString FakeProvider::openAiBaseUrl() const
{
    return anthropicBaseUrl() + u"/v1"_s;
}

void FakeProvider::enqueue(const FakeScenario &scenario)
{
    m_queue.append(scenario);
}

qsizetype FakeProvider::pendingScenarios() const
{
    return m_queue.size();
}

FakeScenario FakeProvider::defaultScenario() const
{
    return m_default;
}

void FakeProvider::setDefaultScenario(const FakeScenario &scenario)
{
    m_default = scenario;
}

void FakeProvider::setAnthropicModels(const QStringList &ids)
{
    m_anthropicModels = ids;
}

void FakeProvider::setOpenAiModels(const QStringList &ids)
{
    m_openAiModels = ids;
}

QList<RecordedRequest> FakeProvider::requests() const
{
    return m_requests;
}

int FakeProvider::connectionCount() const
{
    return m_connectionCount;
}

int FakeProvider::openConnections() const
{
    int open = 0;
    for (const QPointer<FakeConnection> &c : m_connections) {
        open += c ? 1 : 0;
    }
    return open;
}

void FakeProvider::closeAll()
{
    const auto connections = m_connections;
    m_connections.clear();
    for (const QPointer<FakeConnection> &c : connections) {
        if (c) {
            c->abort();
        }
    }
}

void FakeProvider::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.removeAll(nullptr);
        m_connections.append(new FakeConnection(socket, m_connectionCount++, this));
    }
}

FakeResponse FakeProvider::respond(RecordedRequest request)
{
    request.index = static_cast<int>(m_requests.size());
    m_requests.append(request);
    Q_EMIT requestReceived(request.index);

    const RecordedRequest &r = request;
    const bool post = r.method == u"POST"_s;
    if (post && (r.path == u"/v1/messages"_s || r.path == u"/v1/chat/completions"_s)) {
        FakeScenario scenario = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
        if (scenario.kind == FakeScenario::Kind::Story) {
            scenario = FakeStoryteller::answer(scenario, r);
        }
        return FakeResponse::generation(scenario,
            r.path == u"/v1/messages"_s ? FakeProtocol::Anthropic : FakeProtocol::OpenAi,
            r);
    }
    if (post && r.path == u"/v1/messages/count_tokens"_s) {
        // Deterministic, not a tokenizer: a body length / 4 is what tests can predict.
        return FakeResponse::plain(200,
            "{\"input_tokens\":" + QByteArray::number(r.body.size() / 4) + '}',
            FakeProtocol::Anthropic,
            r);
    }
    const FakeProtocol protocol
        = looksAnthropic(r) ? FakeProtocol::Anthropic : FakeProtocol::OpenAi;
    if (r.method == u"GET"_s
        && (r.path == u"/v1/models"_s || r.path.startsWith(u"/v1/models/"_s))) {
        const bool anthropic = protocol == FakeProtocol::Anthropic;
        const QStringList &ids = anthropic ? m_anthropicModels : m_openAiModels;
        const auto model = [anthropic](const QString &id) -> QByteArray {
            if (anthropic) {
                return "{\"type\":\"model\",\"id\":" + js(id) + ",\"display_name\":"
                    + js(displayName(id)) + ",\"created_at\":\"2025-09-29T00:00:00Z\"}";
            }
            return "{\"id\":" + js(id)
                + ",\"object\":\"model\",\"created\":1764000000,"
                  "\"owned_by\":\"system\"}";
        };
        if (r.path != u"/v1/models"_s) {
            const QString id = r.path.mid(QStringLiteral("/v1/models/").size());
            if (!ids.contains(id)) {
                return FakeResponse::error(
                    404, protocol, r, u"not_found_error"_s, u"model: %1"_s.arg(id));
            }
            return FakeResponse::plain(200, model(id), protocol, r);
        }
        QByteArrayList data;
        if (!anthropic) {
            for (const QString &id : ids) {
                data.append(model(id));
            }
            return FakeResponse::plain(
                200, "{\"object\":\"list\",\"data\":[" + data.join(',') + "]}", protocol, r);
        }
        // Anthropic pages with limit (default 20) and after_id.
        const QUrlQuery query(r.query);
        const int limit
            = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt() : 20;
        qsizetype from = 0;
        if (query.hasQueryItem(u"after_id"_s)) {
            from = ids.indexOf(query.queryItemValue(u"after_id"_s)) + 1;
        }
        const QStringList page = ids.mid(from, qMax(1, limit));
        for (const QString &id : page) {
            data.append(model(id));
        }
        const bool more = from + page.size() < ids.size();
        return FakeResponse::plain(200,
            "{\"data\":[" + data.join(',') + "],\"has_more\":" + (more ? "true" : "false")
                + ",\"first_id\":" + (page.isEmpty() ? QByteArray("null") : js(page.first()))
                + ",\"last_id\":" + (page.isEmpty() ? QByteArray("null") : js(page.last())) + '}',
            protocol,
            r);
    }
    if (protocol == FakeProtocol::Anthropic) {
        return FakeResponse::error(404, protocol, r, u"not_found_error"_s, u"Not Found"_s);
    }
    return FakeResponse::error(404,
        protocol,
        r,
        u"invalid_request_error"_s,
        u"Invalid URL (%1 %2)"_s.arg(r.method, r.path));
}

} // namespace Spielberg::Test
