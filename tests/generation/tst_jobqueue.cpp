// SPDX-License-Identifier: GPL-3.0-or-later
// The job queue end to end: a real library file, real HTTP over loopback to the test double,
// every fault of the generation issue, and what the client sent.
#include "fakeprovider.h"
#include "fakescenario.h"

#include <core/scenesplitter.h>
#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;
using Spielberg::Test::FakeProvider;
using Spielberg::Test::FakeScenario;

namespace {
const QString kVersion1 = u"INT. LAMP ROOM - NIGHT\n\nWind screams.\n\nMARGARET\nNot tonight.\n\n"
                          "EXT. SEA - NIGHT\n\nA boat lists.\n\nINT. CABIN - DAY\n\nQuiet.\n"_s;
const QString kGenerated = u"INT. LAMP ROOM - NIGHT\n\nThe storm hits. Glass shivers.\n\nMARGARET\n(to the sea)\n"
                           "Not tonight, and not ever.\n\nEXT. SEA - NIGHT\n\nThe boat goes under. A flare: “help”, café, 🎬.\n"_s;
const QString kKey = u"sk-test-key-0123456789"_s;
} // namespace

Q_DECLARE_METATYPE(Spielberg::Test::FakeScenario)

class tst_JobQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scriptJobMakesAVersion();
    void openAiCompatibleProvider();
    void retryAfterIsHonoured();
    void permanentFailures_data();
    void permanentFailures();
    void brokenStreamsAreRetried_data();
    void brokenStreamsAreRetried();
    void stalledStreamHitsTheIdleLimit();
    void overloadedTwiceThenSucceeds();
    void sceneJobChangesOneScene();
    void cancelStopsTheRequest();
    void lengthLimitThenContinue();
    void quickJobKeepsTextOnTheJob();
    void missingKeyIsExplained();
    void deadRunnersJobsBecomeInterrupted();
    void retryRequeues();
    // Faults at the edges: the network, the size and length of a stream, the program quitting.
    void hugeEventArrivesWhole();
    void endlessStreamHitsTheTotalLimit();
    void unknownHostIsRetriedThenExplained();
    void tlsFailuresAreNotRetried_data();
    void tlsFailuresAreNotRetried();
    void shutDownInterruptsRunningJobs_data();
    void shutDownInterruptsRunningJobs();

private:
    std::unique_ptr<JobQueue> makeQueue() const;
    Job runToEnd(const QString &id, int timeoutMs = 20000);
    Result<Job> enqueueScript(const QString &prompt = u"Make the storm worse."_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LibraryNotifier> m_notifier;
    std::unique_ptr<MemoryCredentials> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<JobQueue> m_queue;
    qint64 m_script = 0;
};

void tst_JobQueue::init()
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

    CharacterStore characters(*m_db);
    Character margaret;
    margaret.name = u"Margaret"_s;
    margaret.personality = u"stubborn"_s;
    margaret.voice = u"clipped, Scots"_s;
    const Result<Character> c1 = characters.create(margaret);
    Character edwin;
    edwin.name = u"Edwin"_s;
    edwin.goals = u"get her off the rock"_s;
    const Result<Character> c2 = characters.create(edwin);
    QVERIFY(c1 && c2);
    Script script;
    script.title = u"The Keeper"_s;
    script.genre = u"drama"_s;
    script.tone = u"melancholic"_s;
    const Result<Script> s = ScriptStore(*m_db).create(script, {c1->id, c2->id});
    QVERIFY(s);
    m_script = s->id;
    QVERIFY(VersionStore(*m_db).create(m_script, kVersion1));

    m_queue = makeQueue();
    QSignalSpy written(m_notifier.get(), &LibraryNotifier::jobChanged);
    bool stored = false;
    m_keys->write(u"anthropic"_s, kKey, this, [&stored](Result<void> r) { stored = bool(r); });
    m_keys->write(u"openai"_s, kKey, this, [](Result<void>) {});
    QTRY_VERIFY(stored);
}

std::unique_ptr<JobQueue> tst_JobQueue::makeQueue() const
{
    auto queue = std::make_unique<JobQueue>(*m_db, m_notifier.get(), m_keys.get(), m_network.get());
    JobQueueSettings settings;
    settings.idleLimitMs = 3000;
    settings.pollMs = 100;
    queue->setSettings(settings);
    RetryPolicy fast;
    fast.initialDelayMs = 50; // server-given delays (retry-after) still apply as sent
    fast.maxDelayMs = 200;
    queue->setRetryPolicy(fast);
    ProviderConfig config;
    config.baseUrl = m_fake->anthropicBaseUrl();
    config.model = u"claude-test"_s;
    queue->setProvider(config);
    return queue;
}

void tst_JobQueue::cleanup()
{
    m_queue.reset();
    m_fake.reset();
    m_network.reset();
    m_db.reset();
}

Result<Job> tst_JobQueue::enqueueScript(const QString &prompt)
{
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = m_script;
    request.prompt = prompt;
    return m_queue->enqueue(request);
}

Job tst_JobQueue::runToEnd(const QString &id, int timeoutMs)
{
    Job finished;
    QObject context;
    connect(m_queue.get(), &JobQueue::jobFinished, &context, [&finished, id](const Job &job) {
        if (job.id == id) {
            finished = job;
        }
    });
    m_queue->start();
    // An empty Job (on timeout) fails the caller's first comparison.
    (void)QTest::qWaitFor([&finished] { return !finished.id.isEmpty(); }, timeoutMs);
    return finished;
}

void tst_JobQueue::scriptJobMakesAVersion()
{
    m_fake->enqueue(FakeScenario::answer(kGenerated, 812, 96).splitEvery(7));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QCOMPARE(queued->status, JobStatus::Pending); // returned at once, before anything ran
    QCOMPARE(queued->baseVersion, 1);
    QCOMPARE(queued->model, u"claude-test"_s);

    // The status as the library saw it, transition by transition.
    QList<JobStatus> transitions;
    QObject context;
    connect(m_notifier.get(), &LibraryNotifier::jobChanged, &context, [&](const QString &id) {
        const Result<Job> job = JobStore(*m_db).get(id);
        if (job && (transitions.isEmpty() || transitions.last() != job->status)) {
            transitions.append(job->status);
        }
    });
    QString streamed;
    connect(m_queue.get(), &JobQueue::textStreamed, &context, [&](const QString &, const QString &delta) {
        streamed += delta;
    });

    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(transitions, (QList<JobStatus>{JobStatus::Running, JobStatus::Completed}));
    QCOMPARE(streamed, kGenerated);
    QCOMPARE(job.result, kGenerated);
    QCOMPARE(job.inputTokens, 812);
    QCOMPARE(job.outputTokens, 96);
    QCOMPARE(job.attempts, 1);
    QCOMPARE(job.stopReason, u"end_turn"_s);
    QVERIFY(!job.requestIds.isEmpty());

    const Result<ScriptVersion> v2 = VersionStore(*m_db).get(m_script);
    QVERIFY(v2);
    QCOMPARE(v2->number, 2);
    QCOMPARE(v2->origin, VersionOrigin::Generated);
    QCOMPARE(v2->jobId, job.id);
    QCOMPARE(v2->parentNumber, 1);
    QCOMPARE(v2->content, kGenerated);
    const Result<QList<Scene>> scenes = SceneStore(*m_db).list(m_script, 2);
    QVERIFY(scenes);
    QCOMPARE(scenes->size(), 2);
    QCOMPARE(scenes->at(1).setting, u"EXT. SEA - NIGHT"_s);

    // What the client sent.
    const QList<Test::RecordedRequest> requests = m_fake->requests();
    QCOMPARE(requests.size(), 1);
    const Test::RecordedRequest &r = requests.first();
    QCOMPARE(r.path, u"/v1/messages"_s);
    QCOMPARE(r.header(u"x-api-key"_s), kKey);
    QCOMPARE(r.header(u"anthropic-version"_s), u"2023-06-01"_s);
    QVERIFY(!r.body.contains(kKey.toUtf8())); // never in the body
    const QJsonObject body = r.json();
    QVERIFY(body[u"stream"_s].toBool());
    QVERIFY(!body.contains(u"temperature"_s));
    QString system;
    for (const QJsonValue &block : body[u"system"_s].toArray()) {
        system += block[u"text"_s].toString();
    }
    QVERIFY(system.contains(u"Margaret"_s));
    QVERIFY(system.contains(u"clipped, Scots"_s));
    QVERIFY(system.contains(u"Edwin"_s));
    QVERIFY(system.contains(u"drama"_s));
    QVERIFY(system.contains(u"melancholic"_s));
    const QJsonArray messages = body[u"messages"_s].toArray();
    QCOMPARE(messages.last()[u"role"_s].toString(), u"user"_s);
    QVERIFY(messages.last()[u"content"_s].toString().contains(u"Make the storm worse."_s));
    // The key reaches neither the database file nor the job.
    QFile file(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kKey.toUtf8()));
}

void tst_JobQueue::openAiCompatibleProvider()
{
    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAiCompatible;
    config.baseUrl = m_fake->openAiBaseUrl();
    config.model = u"llama-test"_s;
    m_queue->setProvider(config);
    m_fake->enqueue(FakeScenario::answer(kGenerated, 40, 60).splitEvery(1));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.result, kGenerated); // split inside every UTF-8 character, read whole
    QCOMPARE(job.outputTokens, 60);
    const Test::RecordedRequest r = m_fake->requests().first();
    QCOMPARE(r.path, u"/v1/chat/completions"_s);
    QCOMPARE(r.header(u"authorization"_s), u"Bearer "_s + kKey);
    QCOMPARE(r.json()[u"messages"_s].toArray().first()[u"role"_s].toString(), u"system"_s);
    QCOMPARE(VersionStore(*m_db).get(m_script)->number, 2);
}

void tst_JobQueue::retryAfterIsHonoured()
{
    m_fake->enqueue(FakeScenario::rateLimited(1));
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QElapsedTimer clock;
    clock.start();
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(u"retried after %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(job.attempts, 2);
    QCOMPARE(m_fake->requests().size(), 2);
    QCOMPARE(job.requestIds.size(), 2);
}

void tst_JobQueue::permanentFailures_data()
{
    QTest::addColumn<FakeScenario>("scenario");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401 names the API key") << FakeScenario::authenticationError() << u"API key"_s;
    QTest::newRow("400") << FakeScenario::invalidRequest(u"max_tokens: too large"_s) << u"max_tokens"_s;
    QTest::newRow("404 model") << FakeScenario::notFound() << u"model"_s;
    QTest::newRow("413") << FakeScenario::requestTooLarge() << u"413"_s;
    QTest::newRow("spend limit 429") << FakeScenario::spendLimit() << u"429"_s;
}

void tst_JobQueue::permanentFailures()
{
    QFETCH(FakeScenario, scenario);
    QFETCH(QString, mentions);
    m_fake->enqueue(scenario);
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Failed);
    QCOMPARE(job.attempts, 1); // at once, no retry
    QCOMPARE(m_fake->requests().size(), 1);
    QVERIFY2(job.error.contains(mentions), qPrintable(job.error));
    QVERIFY(!job.error.contains(kKey));
    QCOMPARE(VersionStore(*m_db).get(m_script)->number, 1); // no version from a failed job
}

void tst_JobQueue::brokenStreamsAreRetried_data()
{
    QTest::addColumn<FakeScenario>("fault");
    QTest::newRow("error event mid-stream") << FakeScenario::midStreamError(u"INT. LAMP ROOM - NIGHT\n\nThe sto"_s);
    QTest::newRow("connection dropped") << FakeScenario::dropAfter(u"INT. LAMP ROOM - NIGHT\n\nThe sto"_s);
    QTest::newRow("clean end before message_stop") << FakeScenario::cleanEofEarly(u"INT. LAMP ROOM"_s);
    QTest::newRow("malformed event") << FakeScenario::malformedEvent(u"INT. X - DAY\n\nY."_s);
    QTest::newRow("500 with an HTML body") << FakeScenario::serverErrorHtml();
}

void tst_JobQueue::brokenStreamsAreRetried()
{
    QFETCH(FakeScenario, fault);
    m_fake->enqueue(fault);
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.attempts, 2);
    QCOMPARE(job.result, kGenerated); // the broken attempt's text is not part of it
    const Result<QList<ScriptVersion>> versions = VersionStore(*m_db).list(m_script);
    QCOMPARE(versions->size(), 2); // one version, from the good attempt only
    QCOMPARE(versions->last().content, kGenerated);
}

void tst_JobQueue::stalledStreamHitsTheIdleLimit()
{
    JobQueueSettings settings = m_queue->settings();
    settings.idleLimitMs = 400;
    m_queue->setSettings(settings);
    m_fake->enqueue(FakeScenario::hangAfter(u"INT. LAMP ROOM"_s));
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.attempts, 2);
}

void tst_JobQueue::overloadedTwiceThenSucceeds()
{
    m_fake->enqueue(FakeScenario::overloaded());
    m_fake->enqueue(FakeScenario::overloaded());
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.attempts, 3);
}

void tst_JobQueue::sceneJobChangesOneScene()
{
    const Result<QList<Scene>> scenes = SceneStore(*m_db).list(m_script, 1);
    QVERIFY(scenes && scenes->size() == 3);
    Scene second = scenes->at(1);
    second.goal = u"The boat must sink"_s;
    QVERIFY(SceneStore(*m_db).updateMetadata(second));
    m_fake->enqueue(FakeScenario::answer(u"EXT. SEA - NIGHT\n\nThe boat rolls over. Silence.\n"_s));
    GenerationRequest request;
    request.kind = JobKind::Scene;
    request.sceneId = second.id;
    request.prompt = u"Darker."_s;
    const Result<Job> queued = m_queue->enqueue(request);
    QVERIFY(queued);
    QCOMPARE(queued->scriptId, m_script);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    const Result<ScriptVersion> v2 = VersionStore(*m_db).get(m_script);
    QCOMPARE(v2->origin, VersionOrigin::SceneRegenerated);
    const SceneSplit before = SceneSplitter::split(kVersion1);
    const SceneSplit after = SceneSplitter::split(v2->content);
    QCOMPARE(after.scenes.size(), 3);
    QCOMPARE(after.scenes[0].content, before.scenes[0].content);
    QCOMPARE(after.scenes[2].content, before.scenes[2].content);
    QVERIFY(after.scenes[1].content.contains(u"rolls over"_s));
    // The prompt carried the scene's goal and only its characters (none speak in it).
    const QJsonObject body = m_fake->requests().first().json();
    QVERIFY(body[u"messages"_s].toArray().last()[u"content"_s].toString().contains(u"The boat must sink"_s));
    // Metadata carried to the new version by heading.
    QCOMPARE(SceneStore(*m_db).list(m_script, 2)->at(1).goal, u"The boat must sink"_s);
}

void tst_JobQueue::cancelStopsTheRequest()
{
    m_fake->enqueue(FakeScenario::answer(kGenerated).trickle(100).splitEvery(48));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QString streamed;
    QObject context;
    connect(m_queue.get(), &JobQueue::textStreamed, &context, [&](const QString &, const QString &delta) {
        streamed += delta;
    });
    m_queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(streamed.size() >= 8, 10000);
    const Result<Job> cancelled = m_queue->cancel(queued->id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, JobStatus::Cancelled);
    QVERIFY(!cancelled->partial.isEmpty()); // the text so far is kept
    QCOMPARE(m_queue->runningCount(), 0);
    // The request itself is aborted: the provider sees its connection closed at once, long
    // before the answer would have ended (it stops generating and billing).
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->openConnections(), 0, 2000);
    QTest::qWait(300);
    QCOMPARE(VersionStore(*m_db).get(m_script)->number, 1);
    QCOMPARE(JobStore(*m_db).get(queued->id)->status, JobStatus::Cancelled);
}

void tst_JobQueue::lengthLimitThenContinue()
{
    m_fake->enqueue(FakeScenario::answer(u"INT. LAMP ROOM - NIGHT\n\nThe storm"_s, 100, 16000, u"max_tokens"_s));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job first = runToEnd(queued->id);
    QCOMPARE(first.status, JobStatus::Completed);
    QCOMPARE(first.stopReason, u"max_tokens"_s);
    QVERIFY(first.error.contains(u"length limit"_s));
    QCOMPARE(VersionStore(*m_db).get(m_script)->number, 1); // incomplete: no version

    m_fake->enqueue(FakeScenario::answer(u" hits.\n"_s));
    const Result<Job> next = m_queue->continueJob(first.id);
    QVERIFY(next);
    const Job second = runToEnd(next->id);
    QCOMPARE(second.status, JobStatus::Completed);
    const Result<ScriptVersion> v2 = VersionStore(*m_db).get(m_script);
    QCOMPARE(v2->number, 2);
    QCOMPARE(v2->content, u"INT. LAMP ROOM - NIGHT\n\nThe storm hits.\n"_s);
    // Continued by a user turn after the cut-off answer, never an assistant prefill.
    const QJsonArray messages = m_fake->requests().last().json()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[1][u"role"_s].toString(), u"assistant"_s);
    QCOMPARE(messages[2][u"role"_s].toString(), u"user"_s);
    QVERIFY(messages[2][u"content"_s].toString().contains(u"Continue"_s));
}

void tst_JobQueue::quickJobKeepsTextOnTheJob()
{
    m_fake->enqueue(FakeScenario::answer(u"INT. DINER - NIGHT\n\nCoffee.\n"_s));
    GenerationRequest request;
    request.kind = JobKind::Quick;
    request.prompt = u"A cold open."_s;
    request.genre = u"horror"_s;
    request.tone = u"tense"_s;
    const Result<Job> queued = m_queue->enqueue(request);
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.result, u"INT. DINER - NIGHT\n\nCoffee.\n"_s);
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 1);
    QString system;
    for (const QJsonValue &block : m_fake->requests().first().json()[u"system"_s].toArray()) {
        system += block[u"text"_s].toString();
    }
    QVERIFY(system.contains(u"horror"_s));
}

void tst_JobQueue::missingKeyIsExplained()
{
    MemoryCredentials empty;
    JobQueue queue(*m_db, m_notifier.get(), &empty, m_network.get());
    ProviderConfig config;
    config.baseUrl = u"https://api.anthropic.invalid"_s; // remote: a key is required
    config.model = u"claude-test"_s;
    queue.setProvider(config);
    GenerationRequest request;
    request.scriptId = m_script;
    request.prompt = u"x"_s;
    const Result<Job> queued = queue.enqueue(request);
    QVERIFY(queued);
    Job finished;
    QObject context;
    connect(&queue, &JobQueue::jobFinished, &context, [&](const Job &job) { finished = job; });
    queue.start();
    QTRY_VERIFY(!finished.id.isEmpty());
    QCOMPARE(finished.status, JobStatus::Failed);
    QVERIFY(finished.error.contains(u"ANTHROPIC_API_KEY"_s));
    QVERIFY(finished.error.contains(u"local model"_s));
}

void tst_JobQueue::deadRunnersJobsBecomeInterrupted()
{
    Job orphan;
    orphan.kind = JobKind::Script;
    orphan.status = JobStatus::Running;
    orphan.scriptId = m_script;
    orphan.partial = u"INT. LAMP ROOM - NIGHT\n\nHalf a sce"_s;
    orphan.runner = u"%1|999999|1"_s.arg(QHostInfo::localHostName()); // a pid that does not exist
    orphan.heartbeatAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const Result<Job> stored = JobStore(*m_db).create(orphan);
    QVERIFY(stored);
    Job alive = orphan;
    alive.runner = m_queue->runner(); // a job this very process is running is never touched
    alive.heartbeatAt = QDateTime::currentDateTimeUtc();
    const Result<Job> ours = JobStore(*m_db).create(alive);
    QVERIFY(ours);
    m_queue->start();
    const Result<Job> after = JobStore(*m_db).get(stored->id);
    QCOMPARE(after->status, JobStatus::Interrupted);
    QCOMPARE(after->partial, orphan.partial);
    QCOMPARE(JobStore(*m_db).get(ours->id)->status, JobStatus::Running);
    QCOMPARE(VersionStore(*m_db).get(m_script)->number, 1); // no partial text became a version
}

void tst_JobQueue::retryRequeues()
{
    m_fake->enqueue(FakeScenario::authenticationError());
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QCOMPARE(runToEnd(queued->id).status, JobStatus::Failed);
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    const Result<Job> again = m_queue->retry(queued->id);
    QVERIFY(again);
    QCOMPARE(again->status, JobStatus::Pending);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QVERIFY(!m_queue->retry(queued->id)); // a completed job is not retried
}

void tst_JobQueue::hugeEventArrivesWhole()
{
    // One text delta of 10 MB in a single SSE event (the parser's limit is 16 MB).
    m_fake->enqueue(FakeScenario::hugeEvent(10 * 1024 * 1024));
    GenerationRequest request;
    request.kind = JobKind::Quick;
    request.prompt = u"Write it all."_s;
    const Result<Job> queued = m_queue->enqueue(request);
    QVERIFY(queued);
    const Job job = runToEnd(queued->id, 120000);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(job.attempts, 1);
    QVERIFY(job.result.startsWith(u"INT. ARCHIVE - DAY\n\nAll work and no play"_s));
    QVERIFY2(job.result.size() >= 10 * 1024 * 1024, qPrintable(QString::number(job.result.size())));
    QCOMPARE(JobStore(*m_db).get(job.id)->result.size(), job.result.size());
}

void tst_JobQueue::endlessStreamHitsTheTotalLimit()
{
    // Pings every 50 ms keep the idle limit from firing: only the total limit ends it.
    JobQueueSettings settings = m_queue->settings();
    settings.idleLimitMs = 1000;
    settings.totalLimitMs = 2000;
    m_queue->setSettings(settings);
    m_fake->enqueue(FakeScenario::endless(50));
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QElapsedTimer clock;
    clock.start();
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Failed);
    QVERIFY2(job.error.contains(u"ran past its time limit of 2 s"_s), qPrintable(job.error));
    QCOMPARE(job.attempts, 1);
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 1);
    QCOMPARE(m_fake->requests().size(), 1);
}

void tst_JobQueue::unknownHostIsRetriedThenExplained()
{
    // A name that never resolves (RFC 6761): the lookup fails, which may be the network being
    // down for a moment, so it is retried, then explained.
    RetryPolicy twice;
    twice.initialDelayMs = 50;
    twice.maxDelayMs = 50;
    twice.maxAttempts = 2;
    m_queue->setRetryPolicy(twice);
    ProviderConfig config = m_queue->provider();
    config.baseUrl = u"https://api.spielberg-test.invalid"_s;
    m_queue->setProvider(config);
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id, 60000);
    QCOMPARE(job.status, JobStatus::Failed);
    QCOMPARE(job.attempts, 2);
    QVERIFY2(job.error.startsWith(u"Could not reach the provider at api.spielberg-test.invalid: "_s), qPrintable(job.error));
    QVERIFY2(job.error.endsWith(u"Gave up after 2 attempts."_s), qPrintable(job.error));
    QVERIFY(!job.error.contains(u'\n'));
}

void tst_JobQueue::tlsFailuresAreNotRetried_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QString>("reason");
    // https:// to a server that speaks plain HTTP: the handshake cannot even start.
    QTest::newRow("plain HTTP behind https://") << false << u"handshake"_s;
    // A server whose certificate nobody trusts (a misconfigured gateway, an intercepting proxy).
    QTest::newRow("self-signed certificate") << true << u"self-signed"_s;
}

void tst_JobQueue::tlsFailuresAreNotRetried()
{
    QFETCH(bool, selfSigned);
    QFETCH(QString, reason);
    if (!QSslSocket::supportsSsl()) {
        QSKIP("Qt has no TLS backend here");
    }
    QSslServer tls;
    QTcpServer plain; // answers anything, a TLS hello included, as a web server does
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    quint16 port = 0;
    if (!selfSigned) {
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        port = plain.serverPort();
    } else {
        QFile certificate(QStringLiteral(SPIELBERG_TEST_DATA) + u"/tls/selfsigned.crt"_s);
        QFile key(QStringLiteral(SPIELBERG_TEST_DATA) + u"/tls/selfsigned.key"_s);
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        QVERIFY(!configuration.localCertificate().isNull() && !configuration.privateKey().isNull());
        tls.setSslConfiguration(configuration);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        port = tls.serverPort();
    }
    ProviderConfig config = m_queue->provider();
    config.baseUrl = u"https://127.0.0.1:%1"_s.arg(port);
    m_queue->setProvider(config);
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Failed);
    QVERIFY2(job.attempts == 1, qPrintable(job.error)); // an untrusted certificate stays untrusted: no retry
    QVERIFY2(job.error.startsWith(u"Could not make a secure connection to the provider at 127.0.0.1"_s),
             qPrintable(job.error));
    QVERIFY2(job.error.contains(reason, Qt::CaseInsensitive), qPrintable(job.error));
    QVERIFY(!job.error.contains(u'\n'));
}

void tst_JobQueue::shutDownInterruptsRunningJobs_data()
{
    QTest::addColumn<FakeScenario>("scenario");
    QTest::addColumn<QString>("partial");
    QTest::newRow("while streaming") << FakeScenario::hangAfter(u"INT. LAMP ROOM - NIGHT\n\nThe storm"_s)
                                     << u"INT. LAMP ROOM - NIGHT\n\nThe storm"_s;
    // The provider asked for 30 s: the job sits between attempts when the program quits.
    QTest::newRow("while waiting to try again") << FakeScenario::rateLimited(30) << QString();
}

void tst_JobQueue::shutDownInterruptsRunningJobs()
{
    QFETCH(FakeScenario, scenario);
    QFETCH(QString, partial);
    m_fake->enqueue(scenario);
    const Result<Job> queued = enqueueScript();
    QVERIFY(queued);
    QString streamed;
    connect(m_queue.get(), &JobQueue::textStreamed, this,
            [&streamed](const QString &, const QString &delta) { streamed += delta; });
    m_queue->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requests().size(), 1, 10000);
    if (partial.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(JobStore(*m_db).get(queued->id)->error.contains(u"Trying again in 30 s"_s), 10000);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(streamed, partial, 10000);
    }

    m_queue.reset(); // the program quits
    const Result<Job> after = JobStore(*m_db).get(queued->id);
    QVERIFY(after);
    QCOMPARE(after->status, JobStatus::Interrupted);
    QCOMPARE(after->partial, partial);
    QCOMPARE(after->attempts, 1);
    QVERIFY2(after->error.contains(u"closed before it finished"_s), qPrintable(after->error));
    QVERIFY(after->completedAt.isValid());
    QTest::qWait(300);
    QCOMPARE(m_fake->requests().size(), 1); // no attempt after the quit
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 1);

    // The next start leaves it alone; the writer's retry runs it to the end.
    m_queue = makeQueue();
    m_fake->enqueue(FakeScenario::answer(kGenerated));
    QVERIFY(m_queue->recoverInterrupted().isEmpty());
    QVERIFY(m_queue->retry(queued->id));
    const Job job = runToEnd(queued->id);
    QCOMPARE(job.status, JobStatus::Completed);
    QCOMPARE(VersionStore(*m_db).list(m_script)->size(), 2);
}

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
