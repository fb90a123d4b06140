// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Spielberg {

/** One server-sent event: its `event:` name (empty when none was sent) and its data. */
struct SseEvent {
    QString event;
    QString data;
    QString id;

    bool operator==(const SseEvent &) const = default;
};

/**
 * A byte-level parser for text/event-stream (WHATWG "event stream interpretation"), a plain
 * value class with no network type: feed it bytes as they arrive, in pieces of any size, and
 * take the whole events out.
 *
 * Lines end at "\n", "\r\n" or "\r", also when a "\r\n" pair is split between two pieces; an
 * event ends at an empty line and only then is its text decoded as UTF-8, so a character split
 * across pieces is never damaged. `:` lines are comments (servers' keep-alive pings), several
 * `data:` lines join with "\n", a leading BOM is dropped, `retry:` is ignored. An event with no
 * data is not dispatched. Input beyond `maxEventBytes` without an event boundary is an error
 * (a runaway stream), reported by hasOverflowed().
 */
class SseParser
{
public:
    explicit SseParser(qsizetype maxEventBytes = 16 * 1024 * 1024);

    /** Adds bytes; returns the events they completed, in order. */
    QList<SseEvent> feed(QByteArrayView bytes);
    /** At the end of the stream: the event left without its final blank line, if any. */
    QList<SseEvent> finish();

    bool hasOverflowed() const { return m_overflowed; }
    /** Comment lines seen so far (keep-alive pings reset the idle timer too). */
    int comments() const { return m_comments; }

private:
    void line(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_buffer;   // bytes of the current, unfinished line
    QByteArray m_data;     // data lines of the current event, joined with '\n'
    QByteArray m_event;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_skipLf = false; // the last piece ended with '\r': a '\n' first in the next is its pair
    bool m_started = false;
    bool m_overflowed = false;
    int m_comments = 0;
    qsizetype m_eventBytes = 0;
    qsizetype m_maxEventBytes;
};

} // namespace Spielberg

Q_DECLARE_METATYPE(Spielberg::SseEvent)
