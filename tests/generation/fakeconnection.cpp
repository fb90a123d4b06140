// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeconnection_p.h"
#include "fakeprovider.h"
#include "recordedrequest.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
// Anthropic's limit for Messages; above it the API (Cloudflare) answers 413.
constexpr qint64 kMaxBody = 32 * 1024 * 1024;

} // namespace

FakeConnection::FakeConnection(QTcpSocket *socket, int number, FakeProvider *provider)
    : QObject(provider)
    , m_socket(socket)
    , m_provider(provider)
    , m_number(number)
    , m_timer(new QTimer(this))
{
    socket->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FakeConnection::nextPiece);
    connect(socket, &QTcpSocket::readyRead, this, &FakeConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_timer->stop();
        m_closing = true;
        deleteLater();
    });
    onReadyRead();
}

void FakeConnection::abort()
{
    m_timer->stop();
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void FakeConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_closing) {
        return;
    }
    m_buffer += bytes;
    parse();
}

void FakeConnection::parse()
{
    while (!m_busy && !m_closing) {
        // RFC 9112 §2.2: ignore empty lines before a request line.
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n')) {
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
        }
        qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype lf = m_buffer.indexOf("\n\n");
        if (lf >= 0 && (headEnd < 0 || lf < headEnd)) {
            headEnd = lf;
            separator = 2;
        }
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHead) {
                fail(431, "request header fields too large");
            }
            return;
        }
        QByteArrayList lines = m_buffer.left(headEnd).split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r')) {
                line.chop(1);
            }
        }
        const QByteArrayList requestLine = lines.takeFirst().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400, "malformed request line");
            return;
        }
        RecordedRequest request;
        request.connection = m_number;
        request.method = QString::fromLatin1(requestLine.at(0));
        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = QString::fromUtf8(question < 0 ? target : target.left(question));
        request.query = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
        for (const QByteArray &line : std::as_const(lines)) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(400, "malformed header line");
                return;
            }
            const QString name = QString::fromLatin1(line.left(colon).trimmed()).toLower();
            const QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
            const QString before = request.headers.value(name);
            request.headers.insert(name, before.isEmpty() ? value : before + u", "_s + value);
        }
        if (request.headers.contains(u"transfer-encoding"_s)) {
            // The providers' clients always send Content-Length; so does QNetworkAccessManager
            // for a QByteArray body.
            fail(411, "chunked request bodies are not supported; send Content-Length");
            return;
        }
        qint64 length = 0;
        if (request.headers.contains(u"content-length"_s)) {
            bool ok = false;
            length = request.headers.value(u"content-length"_s).toLongLong(&ok);
            if (!ok || length < 0) {
                fail(400, "bad Content-Length");
                return;
            }
            if (length > kMaxBody) {
                fail(413, "request_too_large");
                return;
            }
        }
        if (m_buffer.size() < headEnd + separator + length) {
            if (!m_continued
                && request.header(u"expect"_s).compare(u"100-continue"_s, Qt::CaseInsensitive)
                    == 0) {
                m_continued = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_continued = false;
        request.body = m_buffer.mid(headEnd + separator, length);
        m_buffer.remove(0, headEnd + separator + length);
        m_busy = true;
        play(m_provider->respond(request));
    }
}

void FakeConnection::play(const FakeResponse &response)
{
    if (m_closing) {
        return; // closeAll() from a requestReceived() slot
    }
    m_response = response;
    m_next = 0;
    m_socket->write(m_response.head);
    if (m_response.delayMs <= 0) {
        for (const QByteArray &piece : std::as_const(m_response.pieces)) {
            writePiece(piece);
        }
        m_next = m_response.pieces.size();
        finishResponse();
        return;
    }
    nextPiece();
}

void FakeConnection::writePiece(const QByteArray &piece)
{
    if (piece.isEmpty()) {
        return; // an empty chunk would end the body
    }
    if (m_response.chunked) {
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    } else {
        m_socket->write(piece);
    }
    m_socket->flush();
}

void FakeConnection::nextPiece()
{
    if (m_closing) {
        return;
    }
    if (m_next < m_response.pieces.size()) {
        writePiece(m_response.pieces.at(m_next++));
        if (m_next < m_response.pieces.size()) {
            m_timer->start(m_response.delayMs);
            return;
        }
    }
    finishResponse();
}

void FakeConnection::finishResponse()
{
    using End = FakeResponse::End;
    switch (m_response.end) {
    case End::Finish:
        if (m_response.chunked) {
            m_socket->write("0\r\n\r\n");
        }
        m_socket->flush();
        m_busy = false;
        // The next pipelined request, if any, from the event loop rather than recursively.
        QTimer::singleShot(0, this, &FakeConnection::parse);
        break;
    case End::Close:
        if (m_response.chunked) {
            m_socket->write("0\r\n\r\n");
        }
        m_closing = true;
        m_socket->disconnectFromHost();
        break;
    case End::Drop:
        m_closing = true;
        dropWhenSent();
        break;
    case End::Hang:
        m_closing = true;
        m_socket->flush();
        break;
    case End::Endless: {
        m_closing = true;
        m_socket->flush();
        auto *pinger = new QTimer(this);
        connect(pinger, &QTimer::timeout, this, [this] {
            if (m_socket->state() == QAbstractSocket::ConnectedState) {
                writePiece(m_response.endlessPiece);
            }
        });
        pinger->start(m_response.endlessIntervalMs);
        break;
    }
    }
}

void FakeConnection::dropWhenSent()
{
    // Reset only once the partial stream has reached the kernel, so the client reads it first.
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0) {
        QTimer::singleShot(5, this, &FakeConnection::dropWhenSent);
        return;
    }
    QTimer::singleShot(20, this, &FakeConnection::reset);
}

void FakeConnection::reset()
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a connection reset,
    // as a proxy or a crashed server gives, not an orderly end of the body.
    const linger hard { 1, 0 };
    ::setsockopt(
        static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    m_socket->abort();
    deleteLater();
}

void FakeConnection::fail(int status, const QByteArray &message)
{
    const QByteArray reason = status == 411 ? "Length Required"
        : status == 413                     ? "Payload Too Large"
        : status == 431                     ? "Request Header Fields Too Large"
                                            : "Bad Request";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: "
        + QByteArray::number(message.size() + 1) + "\r\nconnection: close\r\n\r\n" + message
        + '\n');
    m_closing = true;
    m_buffer.clear();
    m_socket->disconnectFromHost();
}

} // namespace Spielberg::Test
