// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcripts.h"

#include <generation/openaidecoder.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
QList<StreamEvent> decodeAll(const QByteArray &bytes)
{
    SseParser parser;
    OpenAiDecoder decoder;
    QList<StreamEvent> out;
    QList<SseEvent> events = parser.feed(bytes);
    events.append(parser.finish());
    for (const SseEvent &event : events) {
        out.append(decoder.decode(event));
    }
    return out;
}

QString textOf(const QList<StreamEvent> &events)
{
    QString text;
    for (const StreamEvent &e : events) {
        if (e.kind == StreamEvent::Kind::Text) {
            text += e.text;
        }
    }
    return text;
}

const StreamEvent *find(const QList<StreamEvent> &events, StreamEvent::Kind kind)
{
    for (const StreamEvent &e : events) {
        if (e.kind == kind) {
            return &e;
        }
    }
    return nullptr;
}
} // namespace

class tst_OpenAiDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStream();
    void usageWithoutChoices();
    void absurdTokenCountsAreIgnored();
    void errors_data();
    void errors();
    void lengthStop();
};

void tst_OpenAiDecoder::recordedStream()
{
    const QByteArray bytes = Test::transcript(u"openai-ollama-stream.txt"_s, 'B');
    if (bytes.isEmpty()) {
        QSKIP("../shared/protocols is absent");
    }
    const QList<StreamEvent> events = decodeAll(bytes);
    QVERIFY(textOf(events).startsWith(u"I'm unable to provide real-time"_s));
    QVERIFY(textOf(events).endsWith(u" weather app."_s));
    const StreamEvent *stop = find(events, StreamEvent::Kind::Stop);
    QVERIFY(stop);
    QCOMPARE(stop->stopReason, u"end_turn"_s);
    const StreamEvent *usage = find(events, StreamEvent::Kind::Usage);
    QVERIFY(usage);
    QCOMPARE(usage->inputTokens, 14);
    QCOMPARE(usage->outputTokens, 30);
    QVERIFY(find(events, StreamEvent::Kind::Done));
}

void tst_OpenAiDecoder::usageWithoutChoices()
{
    // vLLM and others: "choices": null, or no choices key at all, on the usage chunk.
    for (const QByteArray &chunk : {QByteArray(R"({"choices":null,"usage":{"prompt_tokens":3,"completion_tokens":4}})"),
                                    QByteArray(R"({"usage":{"prompt_tokens":3,"completion_tokens":4}})")}) {
        const QList<StreamEvent> events = decodeAll("data: " + chunk + "\n\n");
        const StreamEvent *usage = find(events, StreamEvent::Kind::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->outputTokens, 4);
    }
}

void tst_OpenAiDecoder::absurdTokenCountsAreIgnored()
{
    const QList<StreamEvent> events =
        decodeAll(R"(data: {"usage":{"prompt_tokens":1e300,"completion_tokens":2.5}})" "\n\n");
    const StreamEvent *usage = find(events, StreamEvent::Kind::Usage);
    QVERIFY(usage);
    QCOMPARE(usage->inputTokens, -1);
    QCOMPARE(usage->outputTokens, -1);
}

void tst_OpenAiDecoder::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("object") << QByteArray(R"({"error":{"message":"Rate limit","type":"requests","code":"rate_limit_exceeded"}})")
                            << u"Rate limit"_s;
    QTest::newRow("OpenRouter numeric code") << QByteArray(R"({"error":{"code":502,"message":"Provider returned error"}})")
                                             << u"Provider returned error"_s;
    QTest::newRow("Ollama string") << QByteArray(R"({"error":"model runner crashed"})") << u"model runner crashed"_s;
    QTest::newRow("malformed") << QByteArray(R"({"choices":[)") << u"the provider sent an unreadable stream chunk"_s;
}

void tst_OpenAiDecoder::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const QList<StreamEvent> events = decodeAll("data: " + data + "\n\n");
    const StreamEvent *error = find(events, StreamEvent::Kind::Error);
    QVERIFY(error);
    QCOMPARE(error->text, message);
}

void tst_OpenAiDecoder::lengthStop()
{
    const QList<StreamEvent> events = decodeAll(R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})" "\n\n");
    QCOMPARE(find(events, StreamEvent::Kind::Stop)->stopReason, u"max_tokens"_s);
}

QTEST_GUILESS_MAIN(tst_OpenAiDecoder)
#include "tst_openaidecoder.moc"
