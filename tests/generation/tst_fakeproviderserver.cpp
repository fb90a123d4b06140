// SPDX-License-Identifier: GPL-3.0-or-later
// spielberg-fakeprovider as another process sees it: port file, scenario file, request log, and
// a clean exit on SIGTERM.
#include "fakescenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

class tst_FakeProviderServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void servesScenariosLogsAndExitsOnSigterm();
    void exitsAtEndOfInputWhenAsked();
    void refusesBadScenarioFiles_data();
    void refusesBadScenarioFiles();
    void everyKindReadsFromJson_data();
    void everyKindReadsFromJson();

private:
    QByteArray post(quint16 port, const QByteArray &path, int *status);
};

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return file.fileName();
}

quint16 waitForPort(const QString &portFile, QProcess &process)
{
    process.waitForStarted(5000);
    for (int i = 0; i < 500 && process.state() == QProcess::Running; ++i) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            if (text.endsWith('\n')) {
                return static_cast<quint16>(text.trimmed().toUInt());
            }
        }
        QTest::qWait(10);
    }
    return 0;
}

} // namespace

QByteArray tst_FakeProviderServer::post(quint16 port, const QByteArray &path, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(QString::fromLatin1(path))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("x-api-key", "sk-server");
    QNetworkReply *reply = nam.post(request, R"({"model":"m","stream":true})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void tst_FakeProviderServer::servesScenariosLogsAndExitsOnSigterm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scenarios = write(dir,
        u"scenarios.json"_s,
        R"([{"kind":"httpError","status":429,"headers":{"retry-after":"1"}},
                                        {"kind":"answer","text":"INT. HOUSE - DAY","outputTokens":7}])");
    const QString portFile = dir.filePath(u"port"_s);
    const QString log = dir.filePath(u"requests.jsonl"_s);
    QProcess server;
    server.start(QStringLiteral(SPIELBERG_FAKEPROVIDER),
        { u"--port-file"_s, portFile, u"--scenarios"_s, scenarios, u"--log"_s, log });
    const quint16 port = waitForPort(portFile, server);
    if (port == 0) {
        server.kill();
        server.waitForFinished();
    }
    QVERIFY2(port != 0, server.readAllStandardError().constData());

    int status = 0;
    QByteArray body = post(port, "/v1/messages", &status);
    QCOMPARE(status, 429);
    QCOMPARE(QJsonDocument::fromJson(body)
                 .object()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"type"_s)
                 .toString(),
        u"rate_limit_error"_s);
    body = post(port, "/v1/messages", &status);
    QCOMPARE(status, 200);
    QVERIFY(body.contains(R"("text":"INT. ")"));
    QVERIFY(body.contains(R"("output_tokens":7})"));
    QVERIFY(body.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));
    body = post(port, "/v1/chat/completions", &status); // the queue is empty: the default answer
    QCOMPARE(status, 200);
    QVERIFY(body.endsWith("data: [DONE]\n\n"));

    server.terminate(); // SIGTERM
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArrayList lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(first.value(u"path"_s).toString(), u"/v1/messages"_s);
    QCOMPARE(first.value(u"headers"_s).toObject().value(u"x-api-key"_s).toString(), u"sk-server"_s);
    QCOMPARE(first.value(u"body"_s).toString(), uR"({"model":"m","stream":true})"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"path"_s).toString(),
        u"/v1/chat/completions"_s);
}

void tst_FakeProviderServer::exitsAtEndOfInputWhenAsked()
{
    QTemporaryDir dir;
    const QString portFile = dir.filePath(u"port"_s);
    QProcess server;
    server.start(QStringLiteral(SPIELBERG_FAKEPROVIDER),
        { u"--port-file"_s, portFile, u"--exit-on-stdin-eof"_s });
    QVERIFY(waitForPort(portFile, server) != 0);
    server.closeWriteChannel();
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitCode(), 0);
}

void tst_FakeProviderServer::refusesBadScenarioFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not json") << QByteArray("[{") << u"scenarios.json"_s;
    QTest::newRow("unknown kind") << QByteArray(R"([{"kind":"teleport"}])") << u"teleport"_s;
    QTest::newRow("unknown transcript")
        << QByteArray(R"([{"kind":"verbatim","transcript":"x"}])") << u"transcript"_s;
    QTest::newRow("error status below 400")
        << QByteArray(R"([{"kind":"httpError","status":200}])") << u"400"_s;
    QTest::newRow("unknown fault of a default story")
        << QByteArray(R"({"default":{"kind":"story","faults":["teleport"]}})") << u"teleport"_s;
}

void tst_FakeProviderServer::refusesBadScenarioFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    QProcess server;
    server.start(QStringLiteral(SPIELBERG_FAKEPROVIDER),
        { u"--port-file"_s,
            dir.filePath(u"port"_s),
            u"--scenarios"_s,
            write(dir, u"scenarios.json"_s, content) });
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitCode(), 2);
    const QString err = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(err.contains(mention), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(u"port"_s)));
}

void tst_FakeProviderServer::everyKindReadsFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    using K = FakeScenario::Kind;
    const auto row = [](const char *name, const QByteArray &json, K kind, int status) {
        QTest::newRow(name) << json << static_cast<int>(kind) << status;
    };
    row("answer", R"({"kind":"answer","text":"x","stopReason":"max_tokens"})", K::Answer, 200);
    row("verbatim", R"({"kind":"verbatim","transcript":"openai-recording"})", K::Verbatim, 200);
    row("rateLimited", R"({"kind":"rateLimited","retryAfter":3})", K::HttpError, 429);
    row("rateLimitedMs", R"({"kind":"rateLimitedMs"})", K::HttpError, 429);
    row("overloaded", R"({"kind":"overloaded","shouldRetry":false})", K::HttpError, 529);
    row("serverErrorHtml", R"({"kind":"serverErrorHtml"})", K::HttpError, 500);
    row("authenticationError", R"({"kind":"authenticationError"})", K::HttpError, 401);
    row("invalidRequest", R"({"kind":"invalidRequest","message":"no"})", K::HttpError, 400);
    row("notFound", R"({"kind":"notFound"})", K::HttpError, 404);
    row("requestTooLarge", R"({"kind":"requestTooLarge"})", K::HttpError, 413);
    row("spendLimit", R"({"kind":"spendLimit"})", K::HttpError, 429);
    row("insufficientQuota", R"({"kind":"insufficientQuota"})", K::HttpError, 429);
    row("midStreamError",
        R"({"kind":"midStreamError","text":"x","errorType":"api_error"})",
        K::MidStreamError,
        200);
    row("dropAfter", R"({"kind":"dropAfter","text":"x"})", K::DropAfter, 200);
    row("cleanEofEarly", R"({"kind":"cleanEofEarly","text":"x"})", K::CleanEofEarly, 200);
    row("hangAfterHeaders", R"({"kind":"hangAfterHeaders"})", K::Hang, 200);
    row("hangAfter", R"({"kind":"hangAfter","text":"x"})", K::Hang, 200);
    row("malformedEvent", R"({"kind":"malformedEvent"})", K::MalformedEvent, 200);
    row("hugeEvent", R"({"kind":"hugeEvent","bytes":1000})", K::HugeEvent, 200);
    row("endless", R"({"kind":"endless","intervalMs":10})", K::Endless, 200);
    row("story",
        R"({"kind":"story","faults":["empty","zeroScenesAlways"],"tokensPerSecond":60})",
        K::Story,
        200);
    row("modifiers",
        R"({"kind":"answer","trickleMs":5,"splitEvery":3,"crlf":true,"comments":true,)"
        R"("unknownEvents":true,"multiLine":true})",
        K::Answer,
        200);
}

void tst_FakeProviderServer::everyKindReadsFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(int, status);
    QString error;
    const auto scenario = FakeScenario::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(static_cast<int>(scenario->kind), kind);
    QCOMPARE(scenario->kind == FakeScenario::Kind::HttpError ? scenario->status : 200, status);
    if (json.contains("modifiers") || json.contains("trickleMs")) {
        QCOMPARE(scenario->trickleMs, 5);
        QCOMPARE(scenario->splitBytes, 3);
        QVERIFY(scenario->crlfLineEnds && scenario->comments && scenario->unknownEventTypes
            && scenario->multiLineData);
    }
    if (json.contains("shouldRetry")) {
        QVERIFY(scenario->headers.contains(
            qMakePair(QByteArray("x-should-retry"), QByteArray("false"))));
    }
    if (json.contains("retryAfter\"")) {
        QVERIFY(scenario->headers.contains(qMakePair(QByteArray("retry-after"), QByteArray("3"))));
    }
}

QTEST_GUILESS_MAIN(tst_FakeProviderServer)
#include "tst_fakeproviderserver.moc"
