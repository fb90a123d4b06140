// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakescenario.h"
#include "recordedrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTcpServer;

namespace Spielberg::Test {

class FakeConnection;
struct FakeResponse;

/**
 * A local stand-in for the LLM providers: a real HTTP/1.1 server on 127.0.0.1 that speaks the
 * Anthropic Messages and OpenAI chat-completions wire formats byte for byte (SSE over chunked
 * transfer encoding), and injects the faults a client must survive
 * (docs/providers.md §5). Tests point the real QNetworkAccessManager-based
 * provider at anthropicBaseUrl() or openAiBaseUrl().
 *
 * Endpoints, chosen by path:
 * - POST /v1/messages: Anthropic SSE (or one JSON message when the body lacks "stream": true);
 * - POST /v1/chat/completions: OpenAI SSE, honouring stream_options.include_usage;
 * - POST /v1/messages/count_tokens: {"input_tokens": body length / 4};
 * - GET /v1/models and /v1/models/{id}: Anthropic's shape when the request carries
 *   anthropic-version or x-api-key, else OpenAI's (Anthropic's honours limit and after_id);
 * - anything else: 404 in the provider's error shape.
 * Each generation request (the first two) takes the next enqueued scenario; with the queue empty
 * it gets defaultScenario(). Connections are kept alive unless the request or the scenario ends
 * them, and pipelined requests are answered in order.
 *
 * Lives in the thread that created it and serves from that thread's event loop, so a client in
 * the same thread must not block (QNetworkAccessManager does not). Owns its connections; emits
 * requestReceived() as each request has been read, before the answer is sent. Nothing fails
 * after listen() returned true; a scenario that cannot be served (a missing transcript) is
 * answered with a 500 that says why.
 */
class FakeProvider : public QObject
{
    Q_OBJECT
public:
    explicit FakeProvider(QObject *parent = nullptr);
    ~FakeProvider() override;

    /** Listens on 127.0.0.1 (port 0: one the system picks). False when that fails. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    /** "http://127.0.0.1:PORT", the host root; clients append /v1/messages. */
    QString anthropicBaseUrl() const;
    /** "http://127.0.0.1:PORT/v1"; clients append /chat/completions. */
    QString openAiBaseUrl() const;

    /** Serves scenario to the next generation request not yet given one (a Story scenario as
        FakeStoryteller::answer() to that request). */
    void enqueue(const FakeScenario &scenario);
    qsizetype pendingScenarios() const;
    /** Served when the queue is empty; by default a short scene with 25 and 15 tokens. A
        FakeScenario::story() default answers each request with what it asks for. */
    FakeScenario defaultScenario() const;
    void setDefaultScenario(const FakeScenario &scenario);

    void setAnthropicModels(const QStringList &ids);
    void setOpenAiModels(const QStringList &ids);

    /** Every request received so far, in order of arrival. */
    QList<RecordedRequest> requests() const;
    /** How many TCP connections were accepted so far. */
    int connectionCount() const;
    /** How many of them are still open (a client that aborted a stream closed its own). */
    int openConnections() const;

    /** Aborts every open connection (hung, endless or idle ones). The server keeps listening. */
    void closeAll();

Q_SIGNALS:
    void requestReceived(int index);

private:
    friend class FakeConnection;
    FakeResponse respond(RecordedRequest request);
    void onNewConnection();

    QTcpServer *m_server;
    QList<FakeScenario> m_queue;
    FakeScenario m_default;
    QList<RecordedRequest> m_requests;
    QList<QPointer<FakeConnection>> m_connections;
    int m_connectionCount = 0;
    QStringList m_anthropicModels;
    QStringList m_openAiModels;
};

} // namespace Spielberg::Test
