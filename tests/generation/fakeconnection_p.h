// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeresponse_p.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace Spielberg::Test {

class FakeProvider;
struct RecordedRequest;

/**
 * One accepted TCP connection of FakeProvider: parses HTTP/1.1 requests from the socket (partial
 * and pipelined reads, Content-Length bodies; a chunked request body gets 411), asks the provider
 * for each response and plays it, one at a time and in order. Owns its socket; deletes itself
 * (deleteLater) once the socket is closed. Lives in the provider's thread.
 */
class FakeConnection : public QObject
{
    Q_OBJECT
public:
    FakeConnection(QTcpSocket *socket, int number, FakeProvider *provider);

    /** Aborts the connection at once, whatever it is doing. */
    void abort();

private:
    void onReadyRead();
    void parse();
    void play(const FakeResponse &response);
    void writePiece(const QByteArray &piece);
    void nextPiece();
    void finishResponse();
    void dropWhenSent();
    void reset();
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    FakeProvider *m_provider;
    int m_number;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_continued = false;
    FakeResponse m_response;
    qsizetype m_next = 0;
    QTimer *m_timer;
};

} // namespace Spielberg::Test
