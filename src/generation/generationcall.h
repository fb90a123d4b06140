// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerconfig.h"
#include "providerrequest.h"
#include "retrypolicy.h"
#include "sseparser.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include <QNetworkAccessManager>
class QNetworkReply;

namespace Spielberg {

/** How one attempt ended. */
struct CallOutcome {
    enum class Result { Succeeded, Failed, Cancelled };

    Result result = Result::Failed;
    QString text;        ///< everything streamed, also after a failure
    QString stopReason;  ///< "end_turn", "max_tokens", … (empty when it never said)
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    QString requestId;   ///< the provider's request id, when it sent one
    AttemptFailure failure; ///< what went wrong (Failed)
    QString message;     ///< one sentence for the writer (Failed)
};

/**
 * One attempt of one generation request: an HTTP POST streamed through SseParser and the
 * provider's decoder. GUI-thread object (or any thread with an event loop); emits values only.
 *
 * start() sends; textReceived() carries each piece of text as it arrives, activity() any bytes
 * (pings included, for the idle timer); finished() comes exactly once: Succeeded when the stream
 * said it ended (Anthropic message_stop with a stop reason, OpenAI finish_reason), Failed for an
 * HTTP error, an error event, a broken, unreadable or early-ended stream (a 200 that stops
 * before its end marker is a broken stream, never a success), or Cancelled. cancel() aborts the
 * request and emits finished(Cancelled) before it returns; destroying the call aborts quietly.
 * Timeouts and retries are the JobQueue's business.
 */
class GenerationCall : public QObject
{
    Q_OBJECT
public:
    GenerationCall(QNetworkAccessManager *network, const ProviderConfig &config, const Prompt &prompt,
                   const QList<ChatTurn> &history = {}, QObject *parent = nullptr);
    ~GenerationCall() override;

    void start();
    void cancel();
    /** Ends the attempt as a broken stream (the queue's idle timer uses it). */
    void abortAsBroken(const QString &why);

    const CallOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void textReceived(const QString &delta);
    void usageReceived(qint64 inputTokens, qint64 outputTokens);
    void activity();
    void finished(const Spielberg::CallOutcome &outcome);

private:
    void onReadyRead();
    void onFinished();
    void handleEvent(const SseEvent &event);
    void finish(CallOutcome::Result result);
    void failHttp(int status, const QByteArray &body);

    QPointer<QNetworkAccessManager> m_network;
    ProviderConfig m_config;
    QByteArray m_body;
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> m_reply;
    SseParser m_parser;
    CallOutcome m_outcome;
    QByteArray m_errorBody; ///< body of a non-2xx response, read whole
    bool m_sawDone = false;
    bool m_finished = false;
    bool m_streamError = false;
};

} // namespace Spielberg

Q_DECLARE_METATYPE(Spielberg::CallOutcome)
