// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcripts.h"

#include <generation/anthropicdecoder.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
struct Read {
    QString text;
    qint64 input = -1;
    qint64 output = -1;
    QString stop;
    bool done = false;
    QStringList errors;
    int pings = 0;
};

Read decodeAll(const QByteArray &bytes, qsizetype piece = 0)
{
    SseParser parser;
    AnthropicDecoder decoder;
    Read r;
    QList<SseEvent> events;
    if (piece <= 0) {
        events = parser.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += piece) {
            events.append(parser.feed(QByteArrayView(bytes).sliced(i, std::min(piece, bytes.size() - i))));
        }
    }
    events.append(parser.finish());
    for (const SseEvent &event : events) {
        for (const StreamEvent &e : decoder.decode(event)) {
            switch (e.kind) {
            case StreamEvent::Kind::Text:
                r.text += e.text;
                break;
            case StreamEvent::Kind::Usage:
                r.input = e.inputTokens >= 0 ? e.inputTokens : r.input;
                r.output = e.outputTokens >= 0 ? e.outputTokens : r.output;
                break;
            case StreamEvent::Kind::Stop:
                r.stop = e.stopReason;
                break;
            case StreamEvent::Kind::Done:
                r.done = true;
                break;
            case StreamEvent::Kind::Error:
                r.errors.append(e.errorType);
                break;
            case StreamEvent::Kind::Ping:
                ++r.pings;
                break;
            }
        }
    }
    return r;
}
} // namespace

class tst_AnthropicDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verbatimTranscripts_data();
    void verbatimTranscripts();
    void errorEvent();
    void unknownAndMalformed();
    void absurdTokenCountsAreIgnored();
};

void tst_AnthropicDecoder::verbatimTranscripts_data()
{
    QTest::addColumn<char>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::newRow("docs basic streaming request (B)") << 'B' << u"Hello!"_s << qint64(25) << qint64(15);
    QTest::newRow("SDK fixture, compact JSON (D)") << 'D' << u"Hello there!"_s << qint64(11) << qint64(6);
}

void tst_AnthropicDecoder::verbatimTranscripts()
{
    QFETCH(char, section);
    QFETCH(QString, text);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    const QByteArray bytes = Test::transcript(u"anthropic-stream.txt"_s, section);
    if (bytes.isEmpty()) {
        QSKIP("../shared/protocols is absent");
    }
    for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(17)}) {
        const Read r = decodeAll(bytes, piece);
        QCOMPARE(r.text, text);
        QCOMPARE(r.input, input);
        QCOMPARE(r.output, output);
        QCOMPARE(r.stop, u"end_turn"_s);
        QVERIFY(r.done);
        QCOMPARE(r.pings, 1);
        QVERIFY(r.errors.isEmpty());
    }
}

void tst_AnthropicDecoder::errorEvent()
{
    QByteArray bytes = Test::transcript(u"anthropic-stream.txt"_s, 'C');
    if (bytes.isEmpty()) {
        bytes = "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n";
    }
    const Read r = decodeAll(bytes);
    QCOMPARE(r.errors, QStringList{u"overloaded_error"_s});
    QVERIFY(!r.done);
}

void tst_AnthropicDecoder::unknownAndMalformed()
{
    const Read unknown = decodeAll("event: shiny_new_event\ndata: {\"type\":\"shiny_new_event\"}\n\n"
                                   "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                                   "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"hm\"}}\n\n");
    QVERIFY(unknown.text.isEmpty());
    QVERIFY(unknown.errors.isEmpty());
    const Read broken = decodeAll("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\n\n");
    QCOMPARE(broken.errors, QStringList{u"malformed_event"_s});
}

void tst_AnthropicDecoder::absurdTokenCountsAreIgnored()
{
    // Found by fuzz_sse: 2.2e33 does not fit a 64-bit count (converting it was undefined).
    const Read r = decodeAll("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":"
                             "{\"input_tokens\":12,\"output_tokens\":1}}}\n\n"
                             "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                             "\"end_turn\"},\"usage\":{\"input_tokens\":-4,\"output_tokens\":2222222222222222222222222222222222}}\n\n");
    QCOMPARE(r.input, 12);
    QCOMPARE(r.output, 1);
    QCOMPARE(r.stop, u"end_turn"_s);
}

QTEST_GUILESS_MAIN(tst_AnthropicDecoder)
#include "tst_anthropicdecoder.moc"
