// SPDX-License-Identifier: GPL-3.0-or-later
// The story engine end to end: a real library file, the real queue and real HTTP over loopback
// to the project's double, which answers the cast, the outline and every scene as a model
// would, and goes wrong the ways models do.
#include "fakeprovider.h"
#include "fakescenario.h"

#include <core/continuitycheck.h>
#include <core/scenesplitter.h>
#include <core/storyoutline.h>
#include <core/fountainparser.h>
#include <generation/credentialstore.h>
#include <generation/generationrequest.h>
#include <generation/jobqueue.h>
#include <generation/storyengine.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;
using Spielberg::Test::FakeProvider;
using Spielberg::Test::FakeScenario;
using Spielberg::Test::RecordedRequest;

class tst_StoryEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void developsALoglineIntoAScript_data();
    void developsALoglineIntoAScript();
    void lockedSceneIsKeptAndNotRequested();
    void parallelScenesFromTheOutlineAlone();
    void scenesAgainFromADevelopedVersion();
    void repairFixesAnUnknownCue();
    void whatTheRepairLeavesIsListed();
    void badJsonTwiceFailsTheStep();
    void emptyOutlineFailsTheStep();
    void emptySceneFailsTheRun();
    void cutOffOutlineFailsTheStep();
    void nameCollisionIsNotDuplicated();
    void cancelStopsTheRunAndItsSteps();
    void interruptedRunResumesWithoutRepeating();
    void deletedScriptStopsTheRun();
    void takesThenChooseOne();
    void estimateSendsNothing();
    void reviewWaitsForTheWriter();

private:
    void makeEngine(bool openAi = false);
    Job runToEnd(const QString &runId, int timeoutMs = 60000);
    QList<QJsonObject> bodies() const;
    static QString systemOf(const QJsonObject &body);
    static QString lastUserOf(const QJsonObject &body);
    static bool isStructured(const QJsonObject &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LibraryNotifier> m_notifier;
    std::unique_ptr<MemoryCredentials> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<StoryEngine> m_engine;
    qint64 m_script = 0;
};

void tst_StoryEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(db).value();
    m_notifier = std::make_unique<LibraryNotifier>();
    m_keys = std::make_unique<MemoryCredentials>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeProvider>();
    QVERIFY(m_fake->listen());
    m_fake->setDefaultScenario(FakeScenario::story());
    Script script;
    script.title = u"Glass Harbour"_s;
    script.logline = u"A lighthouse keeper's daughter must expose the smugglers her father works for."_s;
    script.genre = u"thriller"_s;
    script.tone = u"tense"_s;
    const Result<Script> s = ScriptStore(*m_db).create(script);
    QVERIFY(s);
    m_script = s->id;
    bool stored = false;
    m_keys->write(u"anthropic"_s, u"sk-test"_s, this, [&stored](Result<void> r) { stored = bool(r); });
    m_keys->write(u"openai"_s, u"sk-test"_s, this, [](Result<void>) {});
    QTRY_VERIFY(stored);
    makeEngine();
}

void tst_StoryEngine::makeEngine(bool openAi)
{
    m_engine.reset();
    m_queue = std::make_unique<JobQueue>(*m_db, m_notifier.get(), m_keys.get(), m_network.get());
    JobQueueSettings settings;
    settings.pollMs = 100;
    settings.idleLimitMs = 5000;
    settings.concurrency = 4;
    m_queue->setSettings(settings);
    RetryPolicy fast;
    fast.initialDelayMs = 50;
    fast.maxDelayMs = 200;
    m_queue->setRetryPolicy(fast);
    ProviderConfig config;
    config.kind = openAi ? ProviderConfig::Kind::OpenAiCompatible : ProviderConfig::Kind::Anthropic;
    config.baseUrl = openAi ? m_fake->openAiBaseUrl() : m_fake->anthropicBaseUrl();
    config.model = openAi ? u"gpt-test"_s : u"claude-test"_s;
    m_queue->setProvider(config);
    m_engine = std::make_unique<StoryEngine>(*m_db, m_notifier.get(), m_queue.get());
}

void tst_StoryEngine::cleanup()
{
    m_engine.reset();
    m_queue.reset();
    m_fake.reset();
    m_network.reset();
    m_db.reset();
}

Job tst_StoryEngine::runToEnd(const QString &runId, int timeoutMs)
{
    m_queue->start();
    Job run;
    (void)QTest::qWaitFor([&] {
        const Result<Job> now = JobStore(*m_db).get(runId);
        if (now) {
            run = *now;
        }
        return now && now->status != JobStatus::Running && now->status != JobStatus::Pending;
    }, timeoutMs);
    return run;
}

QList<QJsonObject> tst_StoryEngine::bodies() const
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : m_fake->requests()) {
        if (r.method == u"POST"_s) {
            out.append(QJsonDocument::fromJson(r.body).object());
        }
    }
    return out;
}

QString tst_StoryEngine::systemOf(const QJsonObject &body)
{
    if (body.value(u"system"_s).isArray()) {
        return body.value(u"system"_s).toArray().first().toObject().value(u"text"_s).toString();
    }
    return body.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString();
}

QString tst_StoryEngine::lastUserOf(const QJsonObject &body)
{
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    return messages.last().toObject().value(u"content"_s).toString();
}

bool tst_StoryEngine::isStructured(const QJsonObject &body)
{
    return body.contains(u"output_config"_s) || body.contains(u"response_format"_s);
}

void tst_StoryEngine::developsALoglineIntoAScript_data()
{
    QTest::addColumn<bool>("openAi");
    QTest::newRow("anthropic") << false;
    QTest::newRow("openai-compatible") << true;
}

void tst_StoryEngine::developsALoglineIntoAScript()
{
    QFETCH(bool, openAi);
    makeEngine(openAi);
    const Result<Job> started = m_engine->develop({m_script, u"Keep it on the island."_s, u"all"_s, 12, 1});
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    QCOMPARE(started->kind, JobKind::Develop);
    QCOMPARE(started->status, JobStatus::Running);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Completed);

    // The cast: at least three characters with all five fields, attached to the script.
    const Result<QList<Character>> cast = CharacterStore(*m_db).listForScript(m_script);
    QVERIFY(cast);
    QVERIFY(cast->size() >= 3);
    QStringList names;
    for (const Character &c : *cast) {
        QVERIFY(!c.name.isEmpty() && !c.personality.isEmpty() && !c.goals.isEmpty() && !c.voice.isEmpty()
                && !c.backstory.isEmpty());
        names.append(c.name);
    }

    // The outline: 12 scenes with goal, tension and tone.
    const Result<QList<ScriptVersion>> versions = VersionStore(*m_db).list(m_script);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    const ScriptVersion outline = versions->at(0).number == 1 ? versions->at(0) : versions->at(1);
    const ScriptVersion developed = versions->at(0).number == 2 ? versions->at(0) : versions->at(1);
    QCOMPARE(outline.origin, VersionOrigin::Outlined);
    QCOMPARE(developed.origin, VersionOrigin::Developed);
    QCOMPARE(developed.jobId, run.id);
    const Result<QList<Scene>> outlineScenes = SceneStore(*m_db).list(m_script, outline.number);
    QVERIFY(outlineScenes);
    QCOMPARE(outlineScenes->size(), 12);
    for (const Scene &s : *outlineScenes) {
        QVERIFY(!s.goal.isEmpty() && !s.tension.isEmpty() && !s.tone.isEmpty());
        QVERIFY(!StoryOutline::synopsisOf(s.content).isEmpty());
    }

    // The developed version: the outline's headings in order, each scene with dialogue, and
    // the metadata carried.
    const Result<QList<Scene>> scenes = SceneStore(*m_db).list(m_script, developed.number);
    QVERIFY(scenes);
    QCOMPARE(scenes->size(), 12);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(SceneSplitter::headingOf(scenes->at(i).content), SceneSplitter::headingOf(outlineScenes->at(i).content));
        QCOMPARE(scenes->at(i).goal, outlineScenes->at(i).goal);
        bool dialogue = false;
        for (const ScreenplayElement &e : FountainParser::parse(scenes->at(i).content).elements) {
            dialogue = dialogue || e.type == ElementType::Dialogue;
        }
        QVERIFY2(dialogue, qPrintable(scenes->at(i).content));
    }

    // Every unknown cue the check finds was listed by the gate on its step.
    const Result<QList<Job>> steps = JobStore(*m_db).children(run.id);
    QVERIFY(steps);
    QCOMPARE(steps->size(), 14);
    QStringList listed;
    qint64 in = 0;
    for (const Job &s : *steps) {
        QCOMPARE(s.status, JobStatus::Completed);
        listed += s.findings;
        in += s.inputTokens;
    }
    QCOMPARE(run.inputTokens, in);
    QVERIFY(run.outputTokens > 0);
    for (const ContinuityFinding &f : ContinuityCheck::check(developed.content, names)) {
        if (f.kind == u"unknown_cue"_s) {
            const QString cue = f.detail.section(u' ', 0, 0);
            QVERIFY2(listed.join(u'\n').contains(cue), qPrintable(f.detail));
        }
    }

    // What was sent: cast and outline with a schema; every scene with the same stable prefix.
    const QList<QJsonObject> sent = bodies();
    QCOMPARE(sent.size(), 14);
    QVERIFY(isStructured(sent[0]));
    QVERIFY(isStructured(sent[1]));
    if (openAi) {
        QCOMPARE(sent[0].value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject().value(u"name"_s).toString(), u"cast"_s);
    } else {
        QCOMPARE(sent[1].value(u"output_config"_s).toObject().value(u"format"_s).toObject().value(u"type"_s).toString(), u"json_schema"_s);
    }
    const QString prefix = systemOf(sent[2]);
    QVERIFY(prefix.contains(u"12. "_s)); // the whole outline
    for (int i = 2; i < sent.size(); ++i) {
        QVERIFY(!isStructured(sent[i]));
        if (openAi) {
            QVERIFY(systemOf(sent[i]).startsWith(prefix.left(prefix.indexOf(u"Character bible"_s))));
        } else {
            QCOMPARE(systemOf(sent[i]), prefix);
        }
        QVERIFY(lastUserOf(sent[i]).contains(u"Write scene %1 of 12."_s.arg(i - 1)));
    }
    // In order: scene 2 was asked after scene 1 was written, and saw its last lines.
    QVERIFY(lastUserOf(sent[3]).contains(u"The last lines of the scene before:"_s));
}

void tst_StoryEngine::lockedSceneIsKeptAndNotRequested()
{
    Result<Job> started = m_engine->develop({m_script, {}, u"characters"_s, 0, 1});
    QVERIFY(started);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    started = m_engine->develop({m_script, {}, u"outline"_s, 5, 1});
    QVERIFY(started);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    const Result<QList<Scene>> outline = SceneStore(*m_db).list(m_script);
    QVERIFY(outline);
    QCOMPARE(outline->size(), 5);
    // The writer writes scene 2 by hand and locks it.
    const Result<ScriptVersion> outlined = VersionStore(*m_db).get(m_script);
    QVERIFY(outlined);
    QString text = outlined->content;
    const QString scene2 = outline->at(1).content;
    const QString handWritten = SceneSplitter::headingOf(scene2) + u"\n\nThe writer's own scene, kept as it is.\n\n"_s;
    text.replace(scene2, handWritten);
    const Result<ScriptVersion> edited = VersionStore(*m_db).create(m_script, text, VersionOrigin::Manual, u"by hand"_s);
    QVERIFY(edited);
    const Result<QList<Scene>> editedScenes = SceneStore(*m_db).list(m_script);
    QVERIFY(editedScenes);
    QVERIFY(SceneStore(*m_db).setLocked(editedScenes->at(1).id, true));

    const int before = int(bodies().size());
    started = m_engine->develop({m_script, {}, u"scenes"_s, 0, 1});
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    const QList<QJsonObject> sent = bodies().mid(before);
    QCOMPARE(sent.size(), 4);
    for (const QJsonObject &body : sent) {
        QVERIFY(!lastUserOf(body).contains(u"Write scene 2 of"_s));
    }
    const Result<QList<Scene>> developed = SceneStore(*m_db).list(m_script);
    QVERIFY(developed);
    QCOMPARE(developed->size(), 5);
    QCOMPARE(developed->at(1).content, handWritten);
    QVERIFY(developed->at(1).locked); // the lock carries
    // The scene after the locked one saw it as written.
    QVERIFY(lastUserOf(sent[1]).contains(u"The writer's own scene, kept as it is."_s));
}

void tst_StoryEngine::parallelScenesFromTheOutlineAlone()
{
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 6, 3});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Completed);
    const QList<QJsonObject> sent = bodies();
    QCOMPARE(sent.size(), 8);
    for (int i = 2; i < sent.size(); ++i) {
        QVERIFY(!lastUserOf(sent[i]).contains(u"The last lines of the scene before:"_s));
    }
    const Result<QList<Scene>> scenes = SceneStore(*m_db).list(m_script);
    QVERIFY(scenes);
    QCOMPARE(scenes->size(), 6);
}

void tst_StoryEngine::scenesAgainFromADevelopedVersion()
{
    Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 3, 1});
    QVERIFY(started);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    const int before = int(bodies().size());
    // The developed version has no outline notes: who is in each scene comes from its text.
    started = m_engine->develop({m_script, {}, u"scenes"_s, 0, 1});
    QVERIFY(started);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    const QList<QJsonObject> sent = bodies().mid(before);
    QCOMPARE(sent.size(), 3);
    for (const QJsonObject &body : sent) {
        const QString user = lastUserOf(body);
        const QString present = user.section(u"Characters present: "_s, 1).section(u'\n', 0, 0);
        QVERIFY2(!present.isEmpty(), qPrintable(user));
        QVERIFY(user.contains(u"The scene as it stands"_s));
    }
    const Result<ScriptVersion> newest = VersionStore(*m_db).get(m_script);
    QCOMPARE(newest->number, 3);
    QVERIFY(!newest->content.contains(u"STRANGER"_s));
}

void tst_StoryEngine::repairFixesAnUnknownCue()
{
    // Scene 1's first answer cues GHOST; the repair request names it and the second is clean.
    const Result<Job> outline = m_engine->develop({m_script, {}, u"all"_s, 2, 1});
    QVERIFY(outline);
    m_fake->setDefaultScenario(FakeScenario::story());
    // Two structured answers first, then scene 1 with the fault.
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::story({u"unknownCue"_s}));
    const Job run = runToEnd(outline->id);
    QCOMPARE(run.status, JobStatus::Completed);
    const QList<QJsonObject> sent = bodies();
    QCOMPARE(sent.size(), 5);
    QVERIFY(lastUserOf(sent[3]).contains(u"GHOST"_s));
    QVERIFY(lastUserOf(sent[3]).startsWith(u"Your answer has problems"_s));
    const Result<QList<Job>> steps = JobStore(*m_db).children(run.id);
    QVERIFY(steps);
    for (const Job &s : *steps) {
        QVERIFY2(s.findings.isEmpty(), qPrintable(s.findings.join(u'\n')));
    }
    const Result<ScriptVersion> developed = VersionStore(*m_db).get(m_script);
    QVERIFY(developed);
    QVERIFY(!developed->content.contains(u"GHOST"_s));
}

void tst_StoryEngine::whatTheRepairLeavesIsListed()
{
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::story({u"unknownCueAlways"_s}));
    m_fake->enqueue(FakeScenario::story({u"unknownCueAlways"_s}));
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 2, 1});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Completed);
    const Result<QList<Job>> steps = JobStore(*m_db).children(run.id);
    QVERIFY(steps);
    const Job *scene1 = nullptr;
    for (const Job &s : *steps) {
        if (s.kind == JobKind::SceneDraft && s.sceneNumber == 1) {
            scene1 = &s;
        }
    }
    QVERIFY(scene1);
    QCOMPARE(scene1->findings.size(), 1);
    QVERIFY(scene1->findings.first().contains(u"GHOST"_s));
    // And the check on the developed version says the same.
    const Result<ScriptVersion> developed = VersionStore(*m_db).get(m_script);
    QVERIFY(developed);
    const Result<QList<Character>> cast = CharacterStore(*m_db).listForScript(m_script);
    QStringList names;
    for (const Character &c : *cast) {
        names.append(c.name);
    }
    const QList<ContinuityFinding> findings = ContinuityCheck::check(developed->content, names);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const ContinuityFinding &f) {
        return f.kind == u"unknown_cue"_s && f.detail.startsWith(u"GHOST"_s) && f.scene == 1;
    }));
}

void tst_StoryEngine::badJsonTwiceFailsTheStep()
{
    m_fake->setDefaultScenario(FakeScenario::story({u"badJsonAlways"_s}));
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 4, 1});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Failed);
    QVERIFY2(run.error.startsWith(u"The cast step failed: "_s), qPrintable(run.error));
    QVERIFY(run.error.contains(u"not valid JSON"_s));
    QVERIFY(!run.error.contains(u'\n'));
    QCOMPARE(bodies().size(), 2); // the answer and one repair
    // Nothing half-applied: no character, no version; what arrived stays on the step.
    QCOMPARE(CharacterStore(*m_db).list()->size(), 0);
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 0);
    const Result<QList<Job>> steps = JobStore(*m_db).children(run.id);
    QVERIFY(steps);
    QCOMPARE(steps->size(), 1);
    QVERIFY(!steps->first().partial.isEmpty());
}

void tst_StoryEngine::emptyOutlineFailsTheStep()
{
    m_fake->enqueue(FakeScenario::story());
    m_fake->setDefaultScenario(FakeScenario::story({u"zeroScenesAlways"_s}));
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 4, 1});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Failed);
    QVERIFY2(run.error.contains(u"outline step failed"_s) && run.error.contains(u"no scenes"_s), qPrintable(run.error));
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 0);
    QVERIFY(CharacterStore(*m_db).listForScript(m_script)->size() >= 3); // the cast step's work stays
}

void tst_StoryEngine::emptySceneFailsTheRun()
{
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::story());
    m_fake->setDefaultScenario(FakeScenario::story({u"emptyAlways"_s}));
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 4, 2});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Failed);
    QVERIFY2(run.error.startsWith(u"Scene "_s) && run.error.contains(u"came back empty"_s), qPrintable(run.error));
    QVERIFY(!run.error.contains(u'\n'));
    // The outline stays; no developed version; nothing of the run is left going.
    const Result<QList<ScriptVersion>> versions = VersionStore(*m_db).list(m_script);
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().origin, VersionOrigin::Outlined);
    QTRY_COMPARE(m_queue->runningCount(), 0);
    const Result<QList<Job>> steps = JobStore(*m_db).children(run.id);
    QVERIFY(steps);
    for (const Job &s : *steps) {
        QVERIFY(s.status != JobStatus::Pending && s.status != JobStatus::Running);
    }
}

void tst_StoryEngine::cutOffOutlineFailsTheStep()
{
    m_fake->enqueue(FakeScenario::story());
    m_fake->enqueue(FakeScenario::answer(u"{\"scenes\":[{\"heading\":\"INT. KITCHEN"_s, 900, 16000, u"max_tokens"_s));
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 40, 1});
    QVERIFY(started);
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Failed);
    QVERIFY2(run.error.contains(u"length limit"_s), qPrintable(run.error));
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 0);
    QCOMPARE(bodies().size(), 2); // no repair of a cut-off answer: it would be cut off again
}

void tst_StoryEngine::nameCollisionIsNotDuplicated()
{
    Character mara;
    mara.name = u"Mara Quinn"_s;
    const Result<Character> stored = CharacterStore(*m_db).create(mara);
    QVERIFY(stored);
    QVERIFY(ScriptStore(*m_db).attach(m_script, stored->id));
    m_fake->enqueue(FakeScenario::story({u"nameCollision"_s}));
    const Result<Job> started = m_engine->develop({m_script, {}, u"characters"_s, 0, 1});
    QVERIFY(started);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    const Result<QList<Character>> all = CharacterStore(*m_db).list();
    int maras = 0;
    for (const Character &c : *all) {
        maras += c.name.compare(u"Mara Quinn"_s, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    QCOMPARE(maras, 1);
    const Result<QList<Character>> cast = CharacterStore(*m_db).listForScript(m_script);
    QVERIFY(std::any_of(cast->cbegin(), cast->cend(), [&](const Character &c) { return c.id == stored->id; }));
    QVERIFY(cast->size() >= 4); // the new ones joined her
    // The model was told she is fixed.
    QVERIFY(lastUserOf(bodies().first()).contains(u"## Mara Quinn"_s));
}

void tst_StoryEngine::cancelStopsTheRunAndItsSteps()
{
    FakeScenario slow = FakeScenario::story();
    slow.tokensPerSecond = 40;
    m_fake->setDefaultScenario(slow);
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 6, 1});
    QVERIFY(started);
    m_queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(JobStore(*m_db).children(started->id)->size() == 1
                                 && JobStore(*m_db).children(started->id)->first().status == JobStatus::Running, 10000);
    const Result<Job> cancelled = m_engine->cancel(started->id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, JobStatus::Cancelled);
    QTRY_COMPARE(m_queue->runningCount(), 0);
    const Result<QList<Job>> steps = JobStore(*m_db).children(started->id);
    QVERIFY(steps);
    for (const Job &s : *steps) {
        QCOMPARE(s.status, JobStatus::Cancelled);
    }
    QTest::qWait(300);
    QCOMPARE(JobStore(*m_db).children(started->id)->size(), 1); // nothing new was added
    QVERIFY(!m_engine->cancel(started->id)); // a second cancel is refused, with a reason
}

void tst_StoryEngine::interruptedRunResumesWithoutRepeating()
{
    FakeScenario slow = FakeScenario::story();
    slow.tokensPerSecond = 400;
    m_fake->setDefaultScenario(slow);
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 5, 1});
    QVERIFY(started);
    m_queue->start();
    auto completedScenes = [&] {
        int n = 0;
        const Result<QList<Job>> steps = JobStore(*m_db).children(started->id);
        for (const Job &s : steps ? *steps : QList<Job>{}) {
            n += s.kind == JobKind::SceneDraft && s.status == JobStatus::Completed ? 1 : 0;
        }
        return n;
    };
    auto asking = [&](int scene) {
        for (const QJsonObject &body : bodies()) {
            if (lastUserOf(body).startsWith(u"Write scene %1 of 5."_s.arg(scene))) {
                return true;
            }
        }
        return false;
    };
    // Scenes 1 and 2 written, scene 3 asked for (its request has reached the provider).
    QTRY_VERIFY_WITH_TIMEOUT(completedScenes() == 2 && asking(3), 60000);
    // The program goes away in the middle of scene 3: its step and the run are interrupted.
    m_queue->shutDown();
    QCOMPARE(JobStore(*m_db).get(started->id)->status, JobStatus::Interrupted);
    const int written = completedScenes();
    QStringList asked;
    for (const QJsonObject &body : bodies()) {
        asked.append(lastUserOf(body).section(u'\n', 0, 0));
    }

    makeEngine();
    const Result<std::optional<Job>> unfinished = m_engine->unfinishedRun(m_script);
    QVERIFY(unfinished && *unfinished);
    QCOMPARE((*unfinished)->id, started->id);
    const int before = int(bodies().size());
    const Result<Job> resumed = m_engine->resume(started->id);
    QVERIFY(resumed);
    QCOMPARE(runToEnd(started->id).status, JobStatus::Completed);
    // No completed scene was asked for again.
    const QList<QJsonObject> after = bodies().mid(before);
    QStringList afterFirst;
    for (const QJsonObject &body : after) {
        afterFirst.append(lastUserOf(body).section(u'\n', 0, 0));
    }
    QVERIFY2(after.size() == 5 - written, qPrintable(afterFirst.join(u" | "_s) + u" / before: "_s + asked.join(u" | "_s)));
    for (const QJsonObject &body : after) {
        const QString first = lastUserOf(body).section(u'\n', 0, 0);
        for (int n = 1; n <= written; ++n) {
            QVERIFY2(first != u"Write scene %1 of 5."_s.arg(n), qPrintable(first));
        }
    }
    QCOMPARE(SceneStore(*m_db).list(m_script)->size(), 5);
}

void tst_StoryEngine::deletedScriptStopsTheRun()
{
    FakeScenario slow = FakeScenario::story();
    slow.tokensPerSecond = 100;
    m_fake->setDefaultScenario(slow);
    const Result<Job> started = m_engine->develop({m_script, {}, u"all"_s, 3, 1});
    QVERIFY(started);
    m_queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(JobStore(*m_db).children(started->id)->size() >= 1, 10000);
    QVERIFY(ScriptStore(*m_db).remove(m_script));
    // The run and its steps go with the script (the rows cascade), and nothing is left running.
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->runningCount(), 0, 20000);
    const Result<Job> run = JobStore(*m_db).get(started->id);
    QVERIFY(!run || run->status == JobStatus::Failed || run->status == JobStatus::Cancelled);
}

void tst_StoryEngine::takesThenChooseOne()
{
    const QString base = u"INT. LAMP ROOM - NIGHT\n\nWind.\n\nEXT. PIER - NIGHT\n\nRain.\n"_s;
    QVERIFY(VersionStore(*m_db).create(m_script, base));
    const Result<QList<Scene>> scenes = SceneStore(*m_db).list(m_script);
    QVERIFY(scenes);
    m_fake->enqueue(FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake one.\n"_s));
    m_fake->enqueue(FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake two.\n"_s));
    m_fake->enqueue(FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake three.\n"_s));
    GenerationRequest request;
    request.kind = JobKind::Scene;
    request.sceneId = scenes->at(1).id;
    request.takes = 3;
    const Result<Job> queued = m_queue->enqueue(request);
    QVERIFY(queued);
    m_queue->start();
    QTRY_COMPARE_WITH_TIMEOUT(JobStore(*m_db).get(queued->id)->status, JobStatus::Completed, 20000);
    const Job job = *JobStore(*m_db).get(queued->id);
    QCOMPARE(job.takes.size(), 3);
    QVERIFY(job.takes[1].contains(u"Take two."_s));
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 1); // nothing applied yet
    QCOMPARE(bodies().size(), 3);
}

void tst_StoryEngine::estimateSendsNothing()
{
    const Result<StoryEngine::Estimate> all = m_engine->estimate({m_script, {}, u"all"_s, 40, 1});
    QVERIFY(all);
    const Result<StoryEngine::Estimate> fewer = m_engine->estimate({m_script, {}, u"all"_s, 10, 1});
    QVERIFY(fewer);
    QVERIFY(all->inputTokens > fewer->inputTokens);
    QVERIFY(all->outputTokens > 20000); // a feature is tens of thousands of tokens
    QVERIFY(!m_engine->estimate({m_script, {}, u"scenes"_s, 0, 1})); // nothing to write from yet
    QVERIFY(!m_engine->estimate({m_script, {}, u"everything"_s, 0, 1}));
    QCOMPARE(m_fake->requests().size(), 0);
}

void tst_StoryEngine::reviewWaitsForTheWriter()
{
    // Waiting is a state of the rows: it holds whoever looks again.
    auto waitFor = [this](const QString &runId, JobKind kind) {
        m_queue->start();
        return QTest::qWaitFor([&] {
            const Result<std::optional<JobKind>> next = m_engine->awaiting(runId);
            return next && *next == kind;
        }, 60000);
    };
    StoryEngine::DevelopRequest request{m_script, {}, u"all"_s, 4, 1};
    request.review = true;
    const Result<Job> started = m_engine->develop(request);
    QVERIFY(started);
    QVERIFY(waitFor(started->id, JobKind::Outline));
    QCOMPARE(JobStore(*m_db).get(started->id)->status, JobStatus::Running);
    QVERIFY(!m_engine->advance(started->id)->id.isEmpty());
    QCOMPARE(*m_engine->awaiting(started->id), std::optional<JobKind>(JobKind::Outline));

    // The cast is proposed: every character the step made is marked, none yet kept.
    const Result<QHash<qint64, int>> proposed = ScriptStore(*m_db).proposedCast(m_script);
    QVERIFY(proposed);
    QVERIFY(proposed->size() >= 2);
    const QList<qint64> ids = proposed->keys();
    for (const qint64 id : ids) {
        QCOMPARE(proposed->value(id), 2);
    }
    const qint64 dropped = ids.first();
    const QString droppedName = CharacterStore(*m_db).get(dropped)->name;
    QVERIFY(ScriptStore(*m_db).dropProposed(m_script, dropped));
    QCOMPARE(CharacterStore(*m_db).get(dropped).error().code, ErrorCode::NotFound); // made for this script alone
    QVERIFY(ScriptStore(*m_db).keepProposed(m_script, ids.at(1)));
    QCOMPARE(ScriptStore(*m_db).proposedCast(m_script)->size(), ids.size() - 2);

    // Going on keeps what is left and writes the outline for that cast.
    QVERIFY(m_engine->goOn(started->id));
    QVERIFY(ScriptStore(*m_db).proposedCast(m_script)->isEmpty());
    if (!waitFor(started->id, JobKind::SceneDraft)) {
        const Result<QList<Job>> steps = JobStore(*m_db).children(started->id);
        for (const Job &step : steps ? *steps : QList<Job>()) {
            qWarning() << toId(step.kind) << toId(step.status) << step.error;
        }
        QFAIL(qPrintable(JobStore(*m_db).get(started->id)->error));
    }
    const Result<ScriptVersion> outline = VersionStore(*m_db).get(m_script);
    QVERIFY(outline);
    QCOMPARE(outline->origin, VersionOrigin::Outlined);
    QVERIFY(!outline->content.contains(droppedName));
    QCOMPARE(m_engine->goOn(u"not-a-run"_s).error().code, ErrorCode::NotFound);

    // The writer reorders the outline (scene 4 first) before the scenes are written.
    const SceneSplit split = SceneSplitter::split(outline->content);
    QCOMPARE(split.scenes.size(), 4);
    const QString reordered = split.preamble + split.scenes[3].content + u"\n"_s + split.scenes[0].content
        + split.scenes[1].content + split.scenes[2].content;
    const Result<ScriptVersion> edited = VersionStore(*m_db).create(m_script, reordered, VersionOrigin::Manual, u"reordered"_s);
    QVERIFY(edited);
    QVERIFY(m_engine->goOn(started->id));
    QCOMPARE(m_engine->goOn(started->id).error().code, ErrorCode::InvalidInput); // not waiting any more
    const Job run = runToEnd(started->id);
    QCOMPARE(run.status, JobStatus::Completed);
    const Result<ScriptVersion> developed = VersionStore(*m_db).get(m_script);
    QCOMPARE(developed->origin, VersionOrigin::Developed);
    QCOMPARE(developed->parentNumber, edited->number);
    const SceneSplit written = SceneSplitter::split(developed->content);
    QCOMPARE(written.scenes.size(), 4);
    QCOMPARE(written.scenes[0].heading, split.scenes[3].heading);
    // Each written scene keeps its outline synopsis (it prints nothing; the card shows it).
    QCOMPARE(StoryOutline::synopsisOf(written.scenes[0].content), StoryOutline::synopsisOf(split.scenes[3].content));
}

QTEST_GUILESS_MAIN(tst_StoryEngine)
#include "tst_storyengine.moc"
