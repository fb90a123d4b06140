// SPDX-License-Identifier: GPL-3.0-or-later
#include <generation/sseparser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// Feeds `bytes` in pieces cut at the given offsets and collects every event.
QList<SseEvent> feedSplit(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out.append(parser.feed(QByteArrayView(bytes).sliced(from, cut - from)));
        from = cut;
    }
    out.append(parser.feed(QByteArrayView(bytes).sliced(from)));
    out.append(parser.finish());
    return out;
}
} // namespace

class tst_SseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framing_data();
    void framing();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void oversizedEventIsAnError();
};

void tst_SseParser::framing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<SseEvent>>("expected");
    QTest::newRow("LF") << QByteArray("event: a\ndata: 1\n\n")
                        << QList<SseEvent>{{u"a"_s, u"1"_s, {}}};
    QTest::newRow("CRLF") << QByteArray("event: a\r\ndata: 1\r\n\r\n")
                          << QList<SseEvent>{{u"a"_s, u"1"_s, {}}};
    QTest::newRow("lone CR") << QByteArray("event: a\rdata: 1\r\r") << QList<SseEvent>{{u"a"_s, u"1"_s, {}}};
    QTest::newRow("comments skipped") << QByteArray(": ping\n: OPENROUTER PROCESSING\ndata: x\n\n")
                                      << QList<SseEvent>{{{}, u"x"_s, {}}};
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\n\n") << QList<SseEvent>{{{}, u"a\nb"_s, {}}};
    QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QList<SseEvent>{{{}, u"x"_s, {}}};
    QTest::newRow("two events in one piece") << QByteArray("data: 1\n\ndata: 2\n\n")
                                             << QList<SseEvent>{{{}, u"1"_s, {}}, {{}, u"2"_s, {}}};
    QTest::newRow("event without data is not dispatched") << QByteArray("event: x\n\n") << QList<SseEvent>{};
    QTest::newRow("unterminated last event dropped") << QByteArray("data: 1\n\ndata: 2") << QList<SseEvent>{{{}, u"1"_s, {}}};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "data: 1\n\n") << QList<SseEvent>{{{}, u"1"_s, {}}};
    QTest::newRow("id and retry") << QByteArray("id: 7\nretry: 100\ndata: z\n\n") << QList<SseEvent>{{{}, u"z"_s, u"7"_s}};
    QTest::newRow("UTF-8") << QByteArray("data: caf\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x8E\xAC\xE2\x80\x9D \xE5\xB1\x8B\n\n")
                           << QList<SseEvent>{{{}, u"café “🎬” 屋"_s, {}}};
}

void tst_SseParser::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<SseEvent>, expected);
    QCOMPARE(feedSplit(bytes, {}), expected);
}

void tst_SseParser::everySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("anthropic CRLF with UTF-8")
        << QByteArray("event: content_block_delta\r\ndata: {\"type\":\"content_block_delta\",\"delta\":"
                      "{\"type\":\"text_delta\",\"text\":\"caf\xC3\xA9 \xF0\x9F\x8E\xAC\"}}\r\n\r\n: ping\r\n\r\n"
                      "event: message_stop\r\ndata: {\"type\":\"message_stop\"}\r\n\r\n");
    QTest::newRow("openai with done") << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"\xE5\xB1\x8B\"}}]}\n\ndata: [DONE]\n\n");
}

void tst_SseParser::everySplitGivesTheSameEvents()
{
    // Every single cut, and every pair of cuts, inside multi-byte characters and "\r\n" pairs
    // included, gives the events of the unsplit stream.
    QFETCH(QByteArray, bytes);
    const QList<SseEvent> whole = feedSplit(bytes, {});
    QVERIFY(!whole.isEmpty());
    for (qsizetype a = 1; a < bytes.size(); ++a) {
        QCOMPARE(feedSplit(bytes, {a}), whole);
        for (qsizetype b = a + 1; b < bytes.size(); b += 7) {
            QCOMPARE(feedSplit(bytes, {a, b}), whole);
        }
    }
    // One byte at a time.
    QList<qsizetype> cuts;
    for (qsizetype k = 1; k < bytes.size(); ++k) {
        cuts.append(k);
    }
    QCOMPARE(feedSplit(bytes, cuts), whole);
}

void tst_SseParser::oversizedEventIsAnError()
{
    SseParser parser(1024);
    const QList<SseEvent> events = parser.feed(QByteArray(QByteArray("data: ") + QByteArray(4096, 'x')));
    QVERIFY(events.isEmpty());
    QVERIFY(parser.hasOverflowed());
}

QTEST_GUILESS_MAIN(tst_SseParser)
#include "tst_sseparser.moc"
