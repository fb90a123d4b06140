// SPDX-License-Identifier: GPL-3.0-or-later
// `generate`, `regenerate-scene`, `quick` and `job …` through the real spielberg-cli, against
// spielberg-fakeprovider running as its own process on loopback.
#include "clirun.h"
#include "fakeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
const QByteArray kVersion1 = "INT. LAMP ROOM - NIGHT\n\nWind screams.\n\nEXT. SEA - NIGHT\n\nA boat lists.\n\n"
                             "INT. CABIN - DAY\n\nQuiet.\n";
const QString kGenerated = u"INT. LAMP ROOM - NIGHT\n\nThe storm hits.\n\nEXT. SEA - NIGHT\n\nThe boat sinks.\n"_s;
const QString kKey = u"sk-cli-test-key"_s;

QProcessEnvironment withKey()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTHROPIC_API_KEY"_s, kKey);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

QJsonObject answer(const QString &text)
{
    return {{u"kind"_s, u"answer"_s}, {u"text"_s, text}, {u"inputTokens"_s, 321}, {u"outputTokens"_s, 45}};
}
} // namespace

class tst_GenerateCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void generateWaitsAfterRateLimit();
    void unauthorizedFailsAtOnce();
    void queuedJobRunsLater();
    void regenerateSceneChangesOneScene();
    void quickPrintsTheText();
    void killedMidStreamBecomesInterrupted();
    void refusals();
    // The job rules of docs/architecture.md, across processes.
    void cancelFromAnotherProcessStopsTheRunner();
    void cancelRacingCompletionNeverMakesAVersion();
    void sceneResultLandsOnTheNewestVersion();
    void sceneChangedMeanwhileIsAConflict();
    void regeneratedSceneKeepsItsMetadataUnderANewHeading();
    void badJobCommandsAreRefused();
    void sceneJobOfADeletedScriptFailsClearly();

private:
    CliRun gen(QStringList args, const FakeServer &server) const
    {
        args << u"--base-url"_s << server.baseUrl() << u"--model"_s << u"claude-test"_s << u"--db"_s
             << m_lib->path();
        return runCli(args, withKey());
    }

    std::unique_ptr<Library> m_lib;
};

void tst_GenerateCommand::init()
{
    m_lib = std::make_unique<Library>();
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"keeper.fountain"_s, kVersion1)}));
}

void tst_GenerateCommand::generateWaitsAfterRateLimit()
{
    FakeServer server;
    QVERIFY(server.start({QJsonObject{{u"kind"_s, u"rateLimited"_s}, {u"retryAfter"_s, 1}}, answer(kGenerated)}));
    QElapsedTimer clock;
    clock.start();
    const CliRun run = gen({u"generate"_s, u"1"_s, u"--prompt"_s, u"Worse storm."_s, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(run);
    QVERIFY(clock.elapsed() >= 1000);
    const QJsonObject job = run.object();
    QCOMPARE(job[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(job[u"version_number"_s].toInt(), 2);
    QCOMPARE(job[u"attempts"_s].toInt(), 2);
    QCOMPARE(job[u"input_tokens"_s].toInt(), 321);
    QCOMPARE(job[u"output_tokens"_s].toInt(), 45);
    const CliRun version = m_lib->json({u"version"_s, u"show"_s, u"1"_s});
    QCOMPARE(version.object()[u"content"_s].toString(), kGenerated);
    const CliRun scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s});
    QCOMPARE(scenes.array().size(), 2); // the scenes of the streamed Fountain
    const QList<QJsonObject> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.last()[u"headers"_s][u"x-api-key"_s].toString(), kKey);
}

void tst_GenerateCommand::unauthorizedFailsAtOnce()
{
    FakeServer server;
    QVERIFY(server.start({QJsonObject{{u"kind"_s, u"authenticationError"_s}}}));
    const CliRun run = gen({u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--wait"_s}, server);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("API key"), run.err.constData());
    QVERIFY(!run.err.contains(kKey.toUtf8()));
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 1); // no version
    const CliRun jobs = m_lib->json({u"job"_s, u"list"_s, u"--status"_s, u"failed"_s});
    QCOMPARE(jobs.array().size(), 1);
}

void tst_GenerateCommand::queuedJobRunsLater()
{
    FakeServer server;
    QVERIFY(server.start({answer(kGenerated)}));
    const CliRun queued = gen({u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(queued);
    QCOMPARE(queued.object()[u"status"_s].toString(), u"pending"_s);
    const QString id = queued.object()[u"job_id"_s].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(server.requests().size(), 0); // nothing sent yet
    QVERIFY_CLI_OK(gen({u"job"_s, u"run"_s, u"--until-empty"_s}, server));
    const CliRun shown = m_lib->json({u"job"_s, u"show"_s, id});
    QCOMPARE(shown.object()[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(shown.object()[u"version_number"_s].toInt(), 2);
}

void tst_GenerateCommand::regenerateSceneChangesOneScene()
{
    FakeServer server;
    QVERIFY(server.start({answer(u"EXT. SEA - NIGHT\n\nThe boat rolls over.\n"_s)}));
    const QJsonArray scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(scenes.size(), 3);
    const QString sceneId = QString::number(scenes[1][u"id"_s].toInt());
    const CliRun run = gen({u"regenerate-scene"_s, sceneId, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(run);
    QCOMPARE(run.object()[u"version_number"_s].toInt(), 2);
    const QJsonArray after = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[0][u"content"_s].toString(), scenes[0][u"content"_s].toString());
    QCOMPARE(after[2][u"content"_s].toString(), scenes[2][u"content"_s].toString());
    QVERIFY(after[1][u"content"_s].toString().contains(u"rolls over"_s));
    // The diff between the versions touches that scene's lines only.
    const QJsonArray diff = m_lib->json({u"version"_s, u"diff"_s, u"1"_s, u"1"_s, u"2"_s}).array();
    for (const QJsonValue &line : diff) {
        if (line[u"op"_s].toString() != u"equal"_s) {
            QVERIFY(line[u"text"_s].toString().contains(u"boat"_s) || line[u"text"_s].toString().isEmpty());
        }
    }
}

void tst_GenerateCommand::quickPrintsTheText()
{
    FakeServer server;
    QVERIFY(server.start({answer(u"INT. DINER - NIGHT\n\nCoffee.\n"_s)}));
    const CliRun run = gen({u"quick"_s, u"--prompt"_s, u"A cold open"_s, u"--genre"_s, u"horror"_s, u"--wait"_s}, server);
    QVERIFY_CLI_OK(run);
    QVERIFY(run.out.contains("INT. DINER - NIGHT"));
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 1);
}

void tst_GenerateCommand::killedMidStreamBecomesInterrupted()
{
    FakeServer server;
    QJsonObject slow = answer(kGenerated);
    slow.insert(u"trickleMs"_s, 400);
    slow.insert(u"splitEvery"_s, 40);
    QVERIFY(server.start({slow}));
    QProcess cli;
    cli.setProcessEnvironment(withKey());
    cli.start(QStringLiteral(SPIELBERG_CLI), {u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--wait"_s, u"--base-url"_s,
                                              server.baseUrl(), u"--model"_s, u"m"_s, u"--db"_s, m_lib->path()});
    QVERIFY(cli.waitForStarted(10000));
    // Wait until streamed text reached the database (it is saved every half second).
    QString id;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const QJsonArray jobs = m_lib->json({u"job"_s, u"list"_s}).array();
        if (!jobs.isEmpty() && jobs[0][u"status"_s].toString() == u"running"_s
            && jobs[0][u"partial"_s].toString().size() > 0) {
            id = jobs[0][u"id"_s].toString();
            break;
        }
        QTest::qWait(100);
    }
    QVERIFY(!id.isEmpty());
    cli.kill(); // SIGKILL: no chance to clean up
    QVERIFY(cli.waitForFinished(5000));
    const CliRun after = m_lib->json({u"job"_s, u"show"_s, id});
    QVERIFY_CLI_OK(after);
    QCOMPARE(after.object()[u"status"_s].toString(), u"interrupted"_s);
    QVERIFY(!after.object()[u"partial"_s].toString().isEmpty());
    QVERIFY(kGenerated.startsWith(after.object()[u"partial"_s].toString()));
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 1);
}

void tst_GenerateCommand::refusals()
{
    FakeServer server;
    QVERIFY(server.start({}));
    QCOMPARE(gen({u"generate"_s, u"1"_s}, server).code, 2);                       // no --prompt
    QCOMPARE(gen({u"generate"_s, u"9"_s, u"--prompt"_s, u"x"_s}, server).code, 1); // no such script
    QCOMPARE(gen({u"regenerate-scene"_s, u"999"_s}, server).code, 1);
    QCOMPARE(gen({u"quick"_s, u"--prompt"_s, u"x"_s, u"--genre"_s, u"westerns"_s}, server).code, 1);
    const CliRun remote = runCli({u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--base-url"_s,
                                  u"http://example.com"_s, u"--model"_s, u"m"_s, u"--db"_s, m_lib->path()},
                                 withKey());
    QCOMPARE(remote.code, 1);
    QVERIFY(remote.err.contains("https"));
    QCOMPARE(gen({u"job"_s, u"show"_s, u"nope"_s}, server).code, 1);
    QCOMPARE(gen({u"job"_s, u"explode"_s}, server).code, 2);
    QCOMPARE(server.requests().size(), 0);
}

void tst_GenerateCommand::cancelFromAnotherProcessStopsTheRunner()
{
    FakeServer server;
    QJsonObject slow = answer(kGenerated);
    slow.insert(u"trickleMs"_s, 400);
    slow.insert(u"splitEvery"_s, 40);
    QVERIFY(server.start({slow}));
    QProcess a;
    a.setProcessEnvironment(withKey());
    a.start(QStringLiteral(SPIELBERG_CLI), {u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--wait"_s, u"--json"_s,
                                            u"--base-url"_s, server.baseUrl(), u"--model"_s, u"m"_s, u"--db"_s,
                                            m_lib->path()});
    QVERIFY(a.waitForStarted(10000));
    QString id;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000 && id.isEmpty()) {
        const QJsonArray jobs = m_lib->json({u"job"_s, u"list"_s}).array();
        if (!jobs.isEmpty() && jobs[0][u"status"_s].toString() == u"running"_s
            && !jobs[0][u"partial"_s].toString().isEmpty()) {
            id = jobs[0][u"id"_s].toString();
        } else {
            QTest::qWait(50);
        }
    }
    QVERIFY(!id.isEmpty());
    // A retry of a job that runs is refused, and changes nothing.
    const CliRun retry = m_lib->run({u"job"_s, u"retry"_s, id});
    QCOMPARE(retry.code, 1);
    QCOMPARE(retry.err.count('\n'), 1);
    QVERIFY2(retry.err.contains("running"), retry.err.constData());
    QCOMPARE(m_lib->json({u"job"_s, u"show"_s, id}).object()[u"status"_s].toString(), u"running"_s);
    const CliRun cancel = m_lib->json({u"job"_s, u"cancel"_s, id});
    QVERIFY_CLI_OK(cancel);
    QCOMPARE(cancel.object()[u"status"_s].toString(), u"cancelled"_s);
    clock.restart();
    QVERIFY(a.waitForFinished(5000)); // within one heartbeat (2 s) and the abort
    qInfo("the runner stopped %lld ms after the cancel", clock.elapsed());
    QCOMPARE(a.exitStatus(), QProcess::NormalExit);
    QCOMPARE(a.exitCode(), 1);
    const QJsonObject printed = QJsonDocument::fromJson(a.readAllStandardOutput()).object();
    QCOMPARE(printed[u"status"_s].toString(), u"cancelled"_s);
    QVERIFY(!printed.contains(u"version_number"_s));
    const QJsonObject after = m_lib->json({u"job"_s, u"show"_s, id}).object();
    QCOMPARE(after[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 1);
    // The stream was cut, not read to its end.
    QVERIFY(after[u"partial"_s].toString().size() < kGenerated.size());
}

void tst_GenerateCommand::cancelRacingCompletionNeverMakesAVersion()
{
    constexpr int kRounds = 50;
    QJsonArray scenarios;
    for (int i = 0; i < kRounds; ++i) {
        QJsonObject quick = answer(kGenerated);
        quick.insert(u"trickleMs"_s, 2);
        quick.insert(u"splitEvery"_s, 200);
        scenarios.append(quick);
    }
    FakeServer server;
    QVERIFY(server.start(scenarios));
    int cancelledRounds = 0;
    int completedRounds = 0;
    for (int round = 0; round < kRounds; ++round) {
        const CliRun queued = gen({u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--json"_s}, server);
        QVERIFY_CLI_OK(queued);
        const QString id = queued.object()[u"job_id"_s].toString();
        QProcess runner;
        runner.setProcessEnvironment(withKey());
        runner.start(QStringLiteral(SPIELBERG_CLI), {u"job"_s, u"run"_s, u"--until-empty"_s, u"--base-url"_s,
                                                     server.baseUrl(), u"--model"_s, u"m"_s, u"--db"_s, m_lib->path()});
        QVERIFY(runner.waitForStarted(10000));
        // The cancel lands before the claim, during the stream, around the completion or after.
        QTest::qWait(round * 7 % 200);
        const CliRun cancel = m_lib->run({u"job"_s, u"cancel"_s, id});
        QVERIFY2(cancel.code == 0 || cancel.code == 1, cancel.err.constData());
        // (It may have finished during the wait; waitForFinished() says false then.)
        if (runner.state() != QProcess::NotRunning && !runner.waitForFinished(20000)) {
            runner.kill();
            runner.waitForFinished(3000);
            QFAIL(qPrintable(u"round %1: the runner did not finish: %2 / job: %3"_s.arg(round).arg(
                QString::fromUtf8(runner.readAllStandardError()),
                QString::fromUtf8(m_lib->json({u"job"_s, u"show"_s, id}).out))));
        }
        const QJsonObject job = m_lib->json({u"job"_s, u"show"_s, id}).object();
        const QString status = job[u"status"_s].toString();
        if (status == u"cancelled"_s) {
            ++cancelledRounds;
            QVERIFY2(!job.contains(u"version_number"_s), qPrintable(id));
            QCOMPARE(cancel.code, 0);
        } else {
            QCOMPARE(status, u"completed"_s);
            QVERIFY(job[u"version_number"_s].toInt() > 0);
            QCOMPARE(cancel.code, 1); // refused: the job had finished
            ++completedRounds;
        }
    }
    qInfo("%d rounds cancelled, %d completed", cancelledRounds, completedRounds);
    // Every version after the import came from a completed job.
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 1 + completedRounds);
    QVERIFY(cancelledRounds > 0);
}

void tst_GenerateCommand::sceneResultLandsOnTheNewestVersion()
{
    // v2 edits scene 1; a job started from v1's scene 2 lands on v2, keeping that edit.
    const QJsonArray v1Scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QByteArray v2 = kVersion1;
    v2.replace("Wind screams.", "Wind screams. The lamp gutters.");
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, m_lib->file(u"v2.fountain"_s, v2)}));
    const QJsonArray v2Scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();

    FakeServer server;
    QVERIFY(server.start({answer(u"EXT. SEA - NIGHT\n\nThe boat rolls over.\n"_s)}));
    const QString sceneId = QString::number(v1Scenes[1][u"id"_s].toInt());
    const CliRun run = gen({u"regenerate-scene"_s, sceneId, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(run);
    QCOMPARE(run.object()[u"version_number"_s].toInt(), 3);
    QVERIFY(!run.object().contains(u"conflict"_s));
    const QJsonArray after = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[0][u"content"_s].toString(), v2Scenes[0][u"content"_s].toString()); // v2's edit kept
    QCOMPARE(after[2][u"content"_s].toString(), v2Scenes[2][u"content"_s].toString());
    QVERIFY(after[1][u"content"_s].toString().contains(u"rolls over"_s));
    const QJsonObject v3 = m_lib->json({u"version"_s, u"show"_s, u"1"_s, u"3"_s}).object();
    QCOMPARE(v3[u"parent_number"_s].toInt(), 2);
    QVERIFY(v3[u"note"_s].toString().contains(u"based on version 1"_s));
}

void tst_GenerateCommand::sceneChangedMeanwhileIsAConflict()
{
    const QJsonArray v1Scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QByteArray v2 = kVersion1;
    v2.replace("A boat lists.", "A boat lists, then rights itself.");
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, m_lib->file(u"v2.fountain"_s, v2)}));

    FakeServer server;
    QVERIFY(server.start({answer(u"EXT. SEA - NIGHT\n\nThe boat rolls over.\n"_s)}));
    const CliRun run = gen({u"regenerate-scene"_s, QString::number(v1Scenes[1][u"id"_s].toInt()), u"--wait"_s,
                            u"--json"_s},
                           server);
    QVERIFY_CLI_OK(run);
    const QJsonObject job = run.object();
    QCOMPARE(job[u"status"_s].toString(), u"completed"_s);
    QVERIFY(job.contains(u"version_number"_s));
    QVERIFY(job[u"version_number"_s].isNull());
    const QString conflict = job[u"conflict"_s].toString();
    QVERIFY2(conflict.contains(u"scene 2"_s) && conflict.contains(u"version 2"_s), qPrintable(conflict));
    QVERIFY(!conflict.contains(u'\n'));
    QVERIFY(job[u"result"_s].toString().contains(u"rolls over"_s)); // the text is kept on the job
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 2); // no version made
}

void tst_GenerateCommand::regeneratedSceneKeepsItsMetadataUnderANewHeading()
{
    const QJsonArray scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    const QString sceneId = QString::number(scenes[1][u"id"_s].toInt());
    QVERIFY_CLI_OK(m_lib->run({u"scene"_s, u"update"_s, sceneId, u"--goal"_s, u"Reach the boat"_s, u"--tension"_s,
                               u"high"_s, u"--tone"_s, u"desperate"_s}));
    FakeServer server;
    QVERIFY(server.start({answer(u"EXT. OPEN SEA - NIGHT\n\nThe boat rolls over.\n"_s)}));
    QVERIFY_CLI_OK(gen({u"regenerate-scene"_s, sceneId, u"--wait"_s}, server));
    const QJsonArray after = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(after.size(), 3);
    QVERIFY(after[1][u"content"_s].toString().startsWith(u"EXT. OPEN SEA - NIGHT"_s));
    QCOMPARE(after[1][u"goal"_s].toString(), u"Reach the boat"_s);
    QCOMPARE(after[1][u"tension"_s].toString(), u"high"_s);
    QCOMPARE(after[1][u"tone"_s].toString(), u"desperate"_s);
    QCOMPARE(after[0][u"goal"_s].toString(), scenes[0][u"goal"_s].toString());
}

void tst_GenerateCommand::badJobCommandsAreRefused()
{
    FakeServer server;
    QVERIFY(server.start({answer(kGenerated)}));
    const CliRun done = gen({u"generate"_s, u"1"_s, u"--prompt"_s, u"x"_s, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(done);
    const QString id = done.object()[u"id"_s].toString();
    const CliRun cancel = m_lib->run({u"job"_s, u"cancel"_s, id});
    QCOMPARE(cancel.code, 1); // a finished job cannot be cancelled
    QCOMPARE(cancel.err.count('\n'), 1);
    QVERIFY(cancel.err.contains("completed"));
    QCOMPARE(m_lib->json({u"job"_s, u"show"_s, id}).object()[u"status"_s].toString(), u"completed"_s);
    const CliRun retry = m_lib->run({u"job"_s, u"retry"_s, id});
    QCOMPARE(retry.code, 1);
    QCOMPARE(retry.err.count('\n'), 1);
}

void tst_GenerateCommand::sceneJobOfADeletedScriptFailsClearly()
{
    FakeServer server;
    QVERIFY(server.start({answer(u"EXT. SEA - NIGHT\n\nThe boat rolls over.\n"_s)}));
    const QJsonArray scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    const QString sceneId = QString::number(scenes[1][u"id"_s].toInt());
    // Queued, then its script (with every version and scene) is deleted before it runs.
    const CliRun queued = gen({u"regenerate-scene"_s, sceneId, u"--json"_s}, server);
    QVERIFY_CLI_OK(queued);
    const QString id = queued.object()[u"job_id"_s].toString();
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"delete"_s, u"1"_s}));
    QVERIFY_CLI_OK(gen({u"job"_s, u"run"_s, u"--until-empty"_s}, server));
    const QJsonObject job = m_lib->json({u"job"_s, u"show"_s, id}).object();
    QCOMPARE(job[u"status"_s].toString(), u"failed"_s);
    const QString error = job[u"error"_s].toString();
    QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));
    QVERIFY(!job.contains(u"version_number"_s));
    QCOMPARE(server.requests().size(), 0); // nothing was sent for a script that is gone
    // Its scene id now names nothing: a new job for it is refused with one line.
    const CliRun again = gen({u"regenerate-scene"_s, sceneId}, server);
    QCOMPARE(again.code, 1);
    QCOMPARE(again.err.count('\n'), 1);
    QVERIFY2(again.err.contains(sceneId.toUtf8()), again.err.constData());
}

QTEST_GUILESS_MAIN(tst_GenerateCommand)
#include "tst_generatecommand.moc"
