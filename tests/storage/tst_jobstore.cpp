// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_JobStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void everyColumnRoundTrips();
    void listFiltersByStatus();
    void scriptDeletionKeepsJob();
    void interruptOnlyTouchesTheRunnersRunningJob();
    void transitionIsACompareAndSet();
    void heartbeatAndPartialNoticeACancel();
    void finishIsOneTransaction();
    void finishAfterACancelWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_JobStore::init()
{
    Test::isolate();
    static int count = 0;
    auto db = Test::openLibrary(m_dir, u"j%1.sqlite"_s.arg(++count));
    QVERIFY_RESULT(db);
    m_db = std::move(*db);
}

void tst_JobStore::everyColumnRoundTrips()
{
    const auto script = ScriptStore(*m_db).create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(script);
    LibraryNotifier notifier;
    QSignalSpy changed(&notifier, &LibraryNotifier::jobChanged);
    JobStore jobs(*m_db, &notifier);
    Job job;
    job.kind = JobKind::Script;
    job.scriptId = script->id;
    job.request = u"{\"prompt\":\"a storm\"}"_s;
    job.provider = u"anthropic"_s;
    job.model = u"claude-x"_s;
    job.baseUrl = u"https://api.anthropic.com"_s;
    const auto created = jobs.create(job);
    QVERIFY_RESULT(created);
    QCOMPARE(created->id.size(), 36);
    QCOMPARE(created->status, JobStatus::Pending);
    QCOMPARE(created->owner, Database::currentOwner());
    QVERIFY(created->createdAt.isValid());
    QVERIFY(!created->startedAt.isValid());

    Job running = *created;
    const QDateTime t = QDateTime::fromString(u"2026-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs);
    running.status = JobStatus::Completed;
    running.partial = u"INT. STORM"_s;
    running.result = u"INT. STORM - NIGHT\n"_s;
    running.error = u"none"_s;
    running.attempts = 2;
    running.inputTokens = 1234;
    running.outputTokens = 567;
    running.requestIds = {u"req_1"_s, u"req_2"_s};
    running.stopReason = u"end_turn"_s;
    running.runner = u"host:42:start"_s;
    running.baseVersion = 0;
    running.heartbeatAt = t;
    running.startedAt = t;
    running.completedAt = t.addSecs(5);
    const auto updated = jobs.update(running);
    QVERIFY_RESULT(updated);
    QCOMPARE(*updated, running);
    QCOMPARE(*jobs.get(created->id), running);
    QCOMPARE(changed.size(), 2);
}

void tst_JobStore::listFiltersByStatus()
{
    JobStore jobs(*m_db);
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Running, JobStatus::Pending, JobStatus::Failed}) {
        Job job;
        job.kind = JobKind::Quick;
        job.status = status;
        QVERIFY_RESULT(jobs.create(job));
    }
    QCOMPARE(jobs.list()->size(), 4);
    QCOMPARE(jobs.list(JobStatus::Pending)->size(), 2);
    QCOMPARE(jobs.list(JobStatus::Completed)->size(), 0);
}

void tst_JobStore::scriptDeletionKeepsJob()
{
    ScriptStore scripts(*m_db);
    const auto script = scripts.create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    JobStore jobs(*m_db);
    Job job;
    job.scriptId = script->id;
    job.inputTokens = 99;
    const auto created = jobs.create(job);
    QVERIFY_RESULT(created);
    QVERIFY_RESULT(scripts.remove(script->id));
    const auto kept = jobs.get(created->id);
    QVERIFY_RESULT(kept);
    QCOMPARE(kept->scriptId, 0); // ON DELETE SET NULL: the spent tokens stay visible
    QCOMPARE(kept->inputTokens, 99);
}

void tst_JobStore::interruptOnlyTouchesTheRunnersRunningJob()
{
    LibraryNotifier notifier;
    JobStore jobs(*m_db, &notifier);
    Job job;
    job.kind = JobKind::Quick;
    job.request = u"{}"_s;
    const auto created = jobs.create(job);
    QVERIFY_RESULT(created);
    const auto claimed = jobs.claim(u"host|1|1"_s, created->id);
    QVERIFY_RESULT(claimed);
    QVERIFY(claimed->has_value());
    QVERIFY_RESULT(jobs.savePartial(created->id, u"host|1|1"_s, u"INT. ROOF"_s, 10, 3));

    QSignalSpy changed(&notifier, &LibraryNotifier::jobChanged);
    // Another runner's claim, or a job no longer running, is left alone.
    const auto other = jobs.interrupt(created->id, u"host|2|2"_s, u"closed"_s);
    QVERIFY_RESULT(other);
    QVERIFY(!*other);
    QCOMPARE(jobs.get(created->id)->status, JobStatus::Running);
    QCOMPARE(changed.size(), 0);

    const auto marked = jobs.interrupt(created->id, u"host|1|1"_s, u"closed"_s);
    QVERIFY_RESULT(marked);
    QVERIFY(*marked);
    const auto after = jobs.get(created->id);
    QVERIFY_RESULT(after);
    QCOMPARE(after->status, JobStatus::Interrupted);
    QCOMPARE(after->error, u"closed"_s);
    QCOMPARE(after->partial, u"INT. ROOF"_s);
    QVERIFY(after->completedAt.isValid());
    QCOMPARE(changed.size(), 1);

    const auto again = jobs.interrupt(created->id, u"host|1|1"_s, u"closed"_s);
    QVERIFY_RESULT(again);
    QVERIFY(!*again);
}

namespace {
Job runningJob(JobStore &jobs, const QString &runner, qint64 scriptId = 0)
{
    Job job;
    job.kind = scriptId ? JobKind::Script : JobKind::Quick;
    job.scriptId = scriptId;
    const auto created = jobs.create(job);
    if (!created) {
        return {};
    }
    const auto claimed = jobs.claim(runner, created->id);
    return claimed && *claimed ? **claimed : Job{};
}
} // namespace

void tst_JobStore::transitionIsACompareAndSet()
{
    JobStore jobs(*m_db);
    const Job job = runningJob(jobs, u"host|1|1"_s);
    QVERIFY(!job.id.isEmpty());
    Job cancelled = job;
    cancelled.status = JobStatus::Cancelled;
    // Another process cancels it: the row is running, held by runner 1.
    const auto done = jobs.transition(cancelled, {JobStatus::Pending, JobStatus::Running}, job.runner);
    QVERIFY_RESULT(done);
    QVERIFY(done->has_value());
    QCOMPARE((*done)->status, JobStatus::Cancelled);
    // The runner, unaware, tries to complete it: refused, the cancel stands.
    Job completed = job;
    completed.status = JobStatus::Completed;
    completed.result = u"text"_s;
    const auto late = jobs.transition(completed, {JobStatus::Running}, job.runner);
    QVERIFY_RESULT(late);
    QVERIFY(!late->has_value());
    QCOMPARE(jobs.get(job.id)->status, JobStatus::Cancelled);
    QVERIFY(jobs.get(job.id)->result.isEmpty());
    // Another runner cannot write a job it does not hold.
    const Job other = runningJob(jobs, u"host|1|1"_s);
    Job stolen = other;
    stolen.status = JobStatus::Failed;
    QVERIFY(!jobs.transition(stolen, {JobStatus::Running}, u"host|2|2"_s)->has_value());
    QCOMPARE(jobs.get(other.id)->status, JobStatus::Running);
    // A job that does not exist is an error, not a quiet no.
    Job ghost = other;
    ghost.id = u"nope"_s;
    QCOMPARE(jobs.transition(ghost, {JobStatus::Running}).error().code, ErrorCode::NotFound);
}

void tst_JobStore::heartbeatAndPartialNoticeACancel()
{
    JobStore jobs(*m_db);
    const Job job = runningJob(jobs, u"host|1|1"_s);
    QVERIFY(*jobs.heartbeat(job.id, job.runner));
    QVERIFY(*jobs.savePartial(job.id, job.runner, u"INT."_s, 1, 1));
    QVERIFY(!*jobs.heartbeat(job.id, u"host|2|2"_s));
    Job cancelled = *jobs.get(job.id);
    cancelled.status = JobStatus::Cancelled;
    QVERIFY(jobs.transition(cancelled, {JobStatus::Running})->has_value());
    QVERIFY(!*jobs.heartbeat(job.id, job.runner));
    QVERIFY(!*jobs.savePartial(job.id, job.runner, u"INT. ROOF"_s, 2, 2));
    QCOMPARE(jobs.get(job.id)->partial, u"INT."_s);
}

void tst_JobStore::finishIsOneTransaction()
{
    const auto script = ScriptStore(*m_db).create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(script);
    LibraryNotifier notifier;
    JobStore jobs(*m_db, &notifier);
    const Job job = runningJob(jobs, u"host|1|1"_s, script->id);
    Job ending = job;
    ending.status = JobStatus::Completed;
    ending.result = u"INT. A - DAY\n\nText.\n"_s;
    QSignalSpy versions(&notifier, &LibraryNotifier::versionAdded);
    // The resolver fails after its reads: nothing is written, the job stays running.
    const auto failed = jobs.finish(ending, job.runner, [](Job &) -> Result<JobStore::Outcome> {
        return makeError(ErrorCode::InvalidInput, u"bad text"_s);
    });
    QVERIFY(!failed);
    QCOMPARE(jobs.get(job.id)->status, JobStatus::Running);
    QCOMPARE(VersionStore(*m_db).list(script->id)->size(), 0);
    // A version made in the same transaction as the completion.
    const auto finished = jobs.finish(ending, job.runner, [&](Job &) -> Result<JobStore::Outcome> {
        JobStore::NewVersion made;
        made.version.scriptId = script->id;
        made.version.content = ending.result;
        made.version.origin = VersionOrigin::Generated;
        return JobStore::Outcome{made, {}, false, {}};
    });
    QVERIFY_RESULT(finished);
    QVERIFY(!finished->superseded);
    QVERIFY(finished->version.has_value());
    QCOMPARE(finished->version->number, 1);
    QCOMPARE(finished->job.status, JobStatus::Completed);
    QCOMPARE(VersionStore(*m_db).get(script->id)->jobId, job.id);
    QCOMPARE(versions.size(), 1);
}

void tst_JobStore::finishAfterACancelWritesNothing()
{
    const auto script = ScriptStore(*m_db).create(Script{0, {}, u"S"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    QVERIFY_RESULT(script);
    JobStore jobs(*m_db);
    const Job job = runningJob(jobs, u"host|1|1"_s, script->id);
    Job cancelled = job;
    cancelled.status = JobStatus::Cancelled;
    QVERIFY(jobs.transition(cancelled, {JobStatus::Running})->has_value());
    bool asked = false;
    Job ending = job;
    ending.status = JobStatus::Completed;
    const auto finished = jobs.finish(ending, job.runner, [&](Job &) -> Result<JobStore::Outcome> {
        asked = true;
        return JobStore::Outcome{};
    });
    QVERIFY_RESULT(finished);
    QVERIFY(finished->superseded);
    QVERIFY(!asked);
    QCOMPARE(finished->job.status, JobStatus::Cancelled);
    QCOMPARE(VersionStore(*m_db).list(script->id)->size(), 0);
}

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
