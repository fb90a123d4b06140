// SPDX-License-Identifier: GPL-3.0-or-later
#include "sseparser.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{
}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_overflowed) {
        return out;
    }
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const char c = bytes[i];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                ++i;
                continue;
            }
        }
        // Find the end of the line in this piece.
        qsizetype j = i;
        while (j < n && bytes[j] != '\n' && bytes[j] != '\r') {
            ++j;
        }
        m_buffer.append(bytes.sliced(i, j - i));
        m_eventBytes += j - i;
        if (m_eventBytes > m_maxEventBytes) {
            m_overflowed = true;
            m_buffer.clear();
            m_data.clear();
            return out;
        }
        if (j == n) {
            break; // the line continues in the next piece
        }
        if (bytes[j] == '\r') {
            if (j + 1 < n) {
                if (bytes[j + 1] == '\n') {
                    ++j;
                }
            } else {
                m_skipLf = true;
            }
        }
        line(m_buffer, out);
        m_buffer.clear();
        i = j + 1;
    }
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (!m_buffer.isEmpty()) {
        line(m_buffer, out);
        m_buffer.clear();
    }
    // WHATWG: an event not ended by a blank line at end of stream is discarded; the SDKs do the
    // same, so an unterminated last event is dropped here too.
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    return out;
}

void SseParser::line(QByteArrayView line, QList<SseEvent> &out)
{
    if (!m_started) {
        // A UTF-8 byte order mark may open the stream. Lines gather across pieces, so the check
        // on the first whole line also covers a mark split between two reads.
        m_started = true;
        if (line.startsWith("\xEF\xBB\xBF")) {
            line = line.sliced(3);
        }
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ') {
        value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData) {
            m_data.append('\n');
        }
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        m_id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_hasData) {
        out.append(SseEvent{QString::fromUtf8(m_event), QString::fromUtf8(m_data), QString::fromUtf8(m_id)});
    }
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    m_eventBytes = 0;
}

} // namespace Spielberg
