// SPDX-License-Identifier: GPL-3.0-or-later
// `develop`, `check` and the scene commands of the story engine through the real spielberg-cli,
// against spielberg-fakeprovider answering as a model would, as its own process.
#include "clirun.h"
#include "fakeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
QProcessEnvironment withKeys()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-cli-test"_s);
    env.insert(u"OPENAI_API_KEY"_s, u"sk-cli-test"_s);
    return env;
}

QJsonObject story(int tokensPerSecond = 0, const QJsonArray &faults = {})
{
    QJsonObject o{{u"kind"_s, u"story"_s}};
    if (tokensPerSecond > 0) {
        o.insert(u"tokensPerSecond"_s, tokensPerSecond);
    }
    if (!faults.isEmpty()) {
        o.insert(u"faults"_s, faults);
    }
    return o;
}

QString bodyText(const QJsonObject &request)
{
    return request.value(u"body"_s).toString();
}

QString lastUser(const QJsonObject &request)
{
    const QJsonArray messages = QJsonDocument::fromJson(bodyText(request).toUtf8()).object().value(u"messages"_s).toArray();
    return messages.last().toObject().value(u"content"_s).toString();
}
} // namespace

class tst_DevelopCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void developWaitPrintsTheRun_data();
    void developWaitPrintsTheRun();
    void estimateSendsNothing();
    void killedRunResumesWithoutRebilling();
    void checkFindsGhostsAndTwoNames();
    void lockedSceneCannotBeRegenerated();
    void takesAndChoose();
    void cancellingAStepCancelsItsRun();
    void refusals();

private:
    CliRun cli(QStringList args, const FakeServer &server, bool openAi = false) const
    {
        args << u"--base-url"_s << (openAi ? server.baseUrl() + u"/v1"_s : server.baseUrl()) << u"--model"_s
             << u"test-model"_s << u"--db"_s << m_lib->path();
        if (openAi) {
            args << u"--provider"_s << u"openai"_s;
        }
        return runCli(args, withKeys());
    }

    std::unique_ptr<Library> m_lib;
};

void tst_DevelopCommand::init()
{
    m_lib = std::make_unique<Library>();
    QVERIFY_CLI_OK(m_lib->json({u"script"_s, u"create"_s, u"--title"_s, u"Glass Harbour"_s, u"--logline"_s,
                                u"A keeper's daughter exposes the smugglers her father works for."_s, u"--genre"_s,
                                u"thriller"_s, u"--tone"_s, u"tense"_s}));
}

void tst_DevelopCommand::developWaitPrintsTheRun_data()
{
    QTest::addColumn<bool>("openAi");
    QTest::newRow("anthropic") << false;
    QTest::newRow("openai-compatible") << true;
}

void tst_DevelopCommand::developWaitPrintsTheRun()
{
    QFETCH(bool, openAi);
    FakeServer server;
    QVERIFY(server.startAnswering(story()));
    const CliRun run = cli({u"develop"_s, u"1"_s, u"--step"_s, u"all"_s, u"--scenes"_s, u"12"_s, u"--wait"_s, u"--json"_s},
                           server, openAi);
    QVERIFY_CLI_OK(run);
    const QJsonObject out = run.object();
    QCOMPARE(out[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(out[u"version_number"_s].toInt(), 2);
    const QJsonArray children = out[u"children"_s].toArray();
    QCOMPARE(children.size(), 14);
    QCOMPARE(children[0][u"kind"_s].toString(), u"characters"_s);
    QCOMPARE(children[1][u"kind"_s].toString(), u"outline"_s);
    QCOMPARE(children[2][u"kind"_s].toString(), u"scene_draft"_s);
    QCOMPARE(children[2][u"scene_number"_s].toInt(), 1);
    QCOMPARE(children[13][u"scene_number"_s].toInt(), 12);
    QVERIFY(out[u"input_tokens"_s].toInteger() > 0);
    QVERIFY(out[u"output_tokens"_s].toInteger() > 0);

    const QJsonObject script = m_lib->json({u"script"_s, u"show"_s, u"1"_s}).object();
    QVERIFY(script[u"characters"_s].toArray().size() >= 3);
    const QJsonArray versions = m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(versions.size(), 2);
    QJsonArray outline = m_lib->json({u"scene"_s, u"list"_s, u"1"_s, u"--version"_s, u"1"_s}).array();
    QJsonArray developed = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(outline.size(), 12);
    QCOMPARE(developed.size(), 12);
    for (int i = 0; i < 12; ++i) {
        QVERIFY(!outline[i][u"goal"_s].toString().isEmpty());
        QCOMPARE(developed[i][u"setting"_s].toString(), outline[i][u"setting"_s].toString());
    }
    // `job show` lists the run's steps.
    const QJsonObject shown = m_lib->json({u"job"_s, u"show"_s, out[u"job_id"_s].toString()}).object();
    QCOMPARE(shown[u"kind"_s].toString(), u"develop"_s);
    QCOMPARE(shown[u"children"_s].toArray().size(), 14);
    // The check finds nothing the gate did not list (the double wrote clean scenes).
    const CliRun check = m_lib->json({u"check"_s, u"1"_s});
    QVERIFY_CLI_OK(check);
    for (const QJsonValue &f : check.array()) {
        QVERIFY2(f[u"kind"_s].toString() != u"unknown_cue"_s, qPrintable(f[u"detail"_s].toString()));
    }
}

void tst_DevelopCommand::estimateSendsNothing()
{
    FakeServer server;
    QVERIFY(server.startAnswering(story()));
    const CliRun estimate = cli({u"develop"_s, u"1"_s, u"--estimate"_s, u"--scenes"_s, u"40"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(estimate);
    QVERIFY(estimate.object()[u"input_tokens"_s].toInteger() > 10000);
    QVERIFY(estimate.object()[u"output_tokens"_s].toInteger() > 10000);
    QCOMPARE(estimate.object().size(), 2);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(m_lib->json({u"job"_s, u"list"_s}).array().size(), 0);
}

void tst_DevelopCommand::killedRunResumesWithoutRebilling()
{
    FakeServer server;
    QVERIFY(server.startAnswering(story(200)));
    QProcess develop;
    develop.setProcessEnvironment(withKeys());
    develop.start(QStringLiteral(SPIELBERG_CLI),
                  {u"develop"_s, u"1"_s, u"--scenes"_s, u"6"_s, u"--wait"_s, u"--base-url"_s, server.baseUrl(),
                   u"--model"_s, u"m"_s, u"--db"_s, m_lib->path()});
    QVERIFY(develop.waitForStarted(10000));
    // Kill it while scene 3 is being written: scenes 1 and 2 are done.
    QElapsedTimer clock;
    clock.start();
    bool midway = false;
    while (clock.elapsed() < 60000 && !midway) {
        int done = 0;
        bool third = false;
        for (const QJsonValue &job : m_lib->json({u"job"_s, u"list"_s}).array()) {
            if (job[u"kind"_s].toString() == u"scene_draft"_s) {
                done += job[u"status"_s].toString() == u"completed"_s ? 1 : 0;
                third = third || (job[u"scene_number"_s].toInt() == 3 && job[u"status"_s].toString() == u"running"_s);
            }
        }
        bool asked = false; // scene 3's request has reached the provider
        for (const QJsonObject &r : server.requests()) {
            asked = asked || lastUser(r).startsWith(u"Write scene 3 of 6."_s);
        }
        midway = done == 2 && third && asked;
        QTest::qWait(50);
    }
    QVERIFY(midway);
    develop.kill(); // SIGKILL
    QVERIFY(develop.waitForFinished(5000));
    const int before = int(server.requests().size());
    // What had completed when it died (a scene may have finished since the last look).
    QList<int> completed;
    for (const QJsonValue &job : m_lib->json({u"job"_s, u"list"_s}).array()) {
        if (job[u"kind"_s].toString() == u"scene_draft"_s && job[u"status"_s].toString() == u"completed"_s) {
            completed.append(job[u"scene_number"_s].toInt());
        }
    }
    QVERIFY(completed.size() >= 2);

    const CliRun resumed = cli({u"develop"_s, u"1"_s, u"--resume"_s, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(resumed);
    QCOMPARE(resumed.object()[u"status"_s].toString(), u"completed"_s);
    const QList<QJsonObject> after = server.requests().mid(before);
    QCOMPARE(after.size(), 6 - completed.size()); // every other scene, each once
    for (const QJsonObject &r : after) {
        const QString first = lastUser(r).section(u'\n', 0, 0);
        for (const int n : completed) {
            QVERIFY2(first != u"Write scene %1 of 6."_s.arg(n), qPrintable(first));
        }
    }
    QCOMPARE(m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array().size(), 6);
    // Nothing left to resume.
    QCOMPARE(cli({u"develop"_s, u"1"_s, u"--resume"_s}, server).code, 1);
}

void tst_DevelopCommand::checkFindsGhostsAndTwoNames()
{
    QVERIFY_CLI_OK(m_lib->json({u"character"_s, u"add"_s, u"--name"_s, u"Mara Quinn"_s}));
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"attach"_s, u"1"_s, u"1"_s}));
    const QString file = m_lib->file(u"hand.fountain"_s,
                                     "INT. HALL - NIGHT\n\nMARA\nWho's there?\n\nGHOST\nOnly me.\n\n"
                                     "EXT. GARDEN - NIGHT\n\nMARA QUINN\nI ran.\n");
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, file}));
    const CliRun check = m_lib->json({u"check"_s, u"1"_s});
    QVERIFY_CLI_OK(check);
    const QJsonArray findings = check.array();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0][u"kind"_s].toString(), u"unknown_cue"_s);
    QCOMPARE(findings[0][u"scene"_s].toInt(), 1);
    QVERIFY(findings[0][u"detail"_s].toString().contains(u"GHOST"_s));
    QCOMPARE(findings[1][u"kind"_s].toString(), u"several_names"_s);
    QVERIFY(findings[1][u"detail"_s].toString().contains(u"MARA / MARA QUINN"_s));
    QCOMPARE(findings[0].toObject().keys(), (QStringList{u"detail"_s, u"kind"_s, u"scene"_s}));
    // Text output, and a version that does not exist.
    QVERIFY(m_lib->run({u"check"_s, u"1"_s}).out.contains("unknown_cue"));
    QCOMPARE(m_lib->json({u"check"_s, u"1"_s, u"--version"_s, u"7"_s}).code, 1);
}

void tst_DevelopCommand::lockedSceneCannotBeRegenerated()
{
    const QString file = m_lib->file(u"v1.fountain"_s, "INT. HALL - NIGHT\n\nWind.\n\nEXT. PIER - NIGHT\n\nRain.\n");
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, file}));
    const QJsonArray scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array();
    const QString id = QString::number(scenes[1][u"id"_s].toInteger());
    const CliRun locked = m_lib->json({u"scene"_s, u"lock"_s, id});
    QVERIFY_CLI_OK(locked);
    QCOMPARE(locked.object()[u"locked"_s].toBool(), true);
    QCOMPARE(locked.object()[u"color"_s].toString(), QString()); // schema 5: the card's colour, by tone
    FakeServer server;
    QVERIFY(server.start(QJsonArray{}));
    const CliRun refused = cli({u"regenerate-scene"_s, id, u"--wait"_s}, server);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("locked"), refused.err.constData());
    QCOMPARE(server.requests().size(), 0);
    QVERIFY_CLI_OK(m_lib->json({u"scene"_s, u"unlock"_s, id}));
    QCOMPARE(m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array()[1][u"locked"_s].toBool(), false);
}

void tst_DevelopCommand::takesAndChoose()
{
    const QString file = m_lib->file(u"v1.fountain"_s, "INT. HALL - NIGHT\n\nWind.\n\nEXT. PIER - NIGHT\n\nRain.\n");
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, file}));
    const QString id = QString::number(m_lib->json({u"scene"_s, u"list"_s, u"1"_s}).array()[1][u"id"_s].toInteger());
    FakeServer server;
    QVERIFY(server.start(QJsonArray{
        QJsonObject{{u"kind"_s, u"answer"_s}, {u"text"_s, u"EXT. PIER - NIGHT\n\nTake one.\n"_s}},
        QJsonObject{{u"kind"_s, u"answer"_s}, {u"text"_s, u"EXT. PIER - NIGHT\n\nTake two.\n"_s}},
        QJsonObject{{u"kind"_s, u"answer"_s}, {u"text"_s, u"EXT. PIER - NIGHT\n\nTake three.\n"_s}}}));
    const CliRun run = cli({u"regenerate-scene"_s, id, u"--takes"_s, u"3"_s, u"--wait"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(run);
    QCOMPARE(run.object()[u"takes"_s].toArray().size(), 3);
    QVERIFY(run.object()[u"version_number"_s].isUndefined() || run.object()[u"version_number"_s].isNull());
    const CliRun takes = m_lib->json({u"scene"_s, u"takes"_s, id});
    QVERIFY_CLI_OK(takes);
    QCOMPARE(takes.array().size(), 3);
    QCOMPARE(takes.array()[1][u"take"_s].toInt(), 2);
    QVERIFY(takes.array()[1][u"content"_s].toString().contains(u"Take two."_s));
    const CliRun chosen = m_lib->json({u"scene"_s, u"choose"_s, id, u"2"_s});
    QVERIFY_CLI_OK(chosen);
    QCOMPARE(chosen.object()[u"version_number"_s].toInt(), 2);
    const QString content = m_lib->json({u"version"_s, u"show"_s, u"1"_s}).object()[u"content"_s].toString();
    QCOMPARE(content, u"INT. HALL - NIGHT\n\nWind.\n\nEXT. PIER - NIGHT\n\nTake two.\n"_s);
    QCOMPARE(m_lib->json({u"scene"_s, u"choose"_s, id, u"4"_s}).code, 1);
    QCOMPARE(m_lib->json({u"scene"_s, u"choose"_s, id, u"two"_s}).code, 2);
}

void tst_DevelopCommand::cancellingAStepCancelsItsRun()
{
    FakeServer server;
    QVERIFY(server.startAnswering(story()));
    const CliRun started = cli({u"develop"_s, u"1"_s, u"--json"_s}, server);
    QVERIFY_CLI_OK(started);
    const QString run = started.object()[u"job_id"_s].toString();
    const QJsonArray steps = m_lib->json({u"job"_s, u"show"_s, run}).object()[u"children"_s].toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0][u"status"_s].toString(), u"pending"_s);
    QVERIFY_CLI_OK(m_lib->json({u"job"_s, u"cancel"_s, steps[0][u"id"_s].toString()}));
    // The run cannot complete without it: it is cancelled too, and a new run may start.
    QCOMPARE(m_lib->json({u"job"_s, u"show"_s, run}).object()[u"status"_s].toString(), u"cancelled"_s);
    QVERIFY_CLI_OK(cli({u"develop"_s, u"1"_s}, server));
    QCOMPARE(server.requests().size(), 0);
}

void tst_DevelopCommand::refusals()
{
    FakeServer server;
    QVERIFY(server.startAnswering(story()));
    QCOMPARE(cli({u"develop"_s}, server).code, 2);
    QCOMPARE(cli({u"develop"_s, u"1"_s, u"--scenes"_s, u"many"_s}, server).code, 2);
    QCOMPARE(cli({u"develop"_s, u"1"_s, u"--parallel"_s, u"0"_s}, server).code, 2);
    const CliRun step = cli({u"develop"_s, u"1"_s, u"--step"_s, u"dialogue"_s}, server);
    QCOMPARE(step.code, 1);
    QVERIFY(step.err.contains("unknown step"));
    QCOMPARE(step.err.count('\n'), 1);
    const CliRun scenes = cli({u"develop"_s, u"1"_s, u"--step"_s, u"scenes"_s}, server);
    QCOMPARE(scenes.code, 1);
    QVERIFY(scenes.err.contains("outline step first"));
    QCOMPARE(cli({u"develop"_s, u"9"_s}, server).code, 1);
    QCOMPARE(cli({u"develop"_s, u"1"_s, u"--resume"_s}, server).code, 1); // nothing to resume
    QCOMPARE(m_lib->json({u"check"_s, u"9"_s}).code, 1);
    QCOMPARE(m_lib->json({u"scene"_s, u"takes"_s, u"999"_s}).code, 1);
    QCOMPARE(server.requests().size(), 0);
    // A second run while one is unfinished is refused.
    QVERIFY_CLI_OK(cli({u"develop"_s, u"1"_s}, server));
    const CliRun twice = cli({u"develop"_s, u"1"_s}, server);
    QCOMPARE(twice.code, 1);
    QVERIFY(twice.err.contains("resume it or cancel it"));
}

QTEST_GUILESS_MAIN(tst_DevelopCommand)
#include "tst_developcommand.moc"
