// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdesk.h"

#include <generation/jobqueue.h>
#include <generation/resultapplier.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/scenestore.h>
#include <storage/versionstore.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

JobDesk::JobDesk(Database &database, LibraryNotifier *notifier, CredentialStore *credentials,
                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_queue(std::make_unique<JobQueue>(database, notifier, credentials, network))
    , m_engine(std::make_unique<StoryEngine>(database, notifier, m_queue.get()))
{
    connect(m_queue.get(), &JobQueue::jobChanged, this, &JobDesk::jobChanged);
    connect(m_queue.get(), &JobQueue::attemptStarted, this, &JobDesk::attemptStarted);
    connect(m_queue.get(), &JobQueue::textStreamed, this, &JobDesk::textStreamed);
    connect(m_queue.get(), &JobQueue::jobFinished, this, &JobDesk::jobFinished);
    // A run changes when its steps do; the views see it as any job.
    connect(m_engine.get(), &StoryEngine::runChanged, this, &JobDesk::jobChanged);
}

// The queue marks its running jobs interrupted before the library goes.
JobDesk::~JobDesk() = default;

void JobDesk::setProvider(const ProviderConfig &config)
{
    m_queue->setProvider(config);
}

const ProviderConfig &JobDesk::provider() const
{
    return m_queue->provider();
}

void JobDesk::setSettings(const JobQueueSettings &settings)
{
    m_queue->setSettings(settings);
}

const JobQueueSettings &JobDesk::settings() const
{
    return m_queue->settings();
}

void JobDesk::setRetryPolicy(const RetryPolicy &policy)
{
    m_queue->setRetryPolicy(policy);
}

Result<Job> JobDesk::enqueue(const GenerationRequest &request)
{
    return m_queue->enqueue(request);
}

Result<Job> JobDesk::generate(qint64 scriptId, const QString &prompt, const QString &keepNote)
{
    if (prompt.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::EmptyPrompt, {}, u"the prompt is empty: say what to write"_s);
    }
    // The job starts from what the writer sees, held by a version first.
    const Result<int> base = DraftStore(m_database, m_notifier).keepIfChanged(scriptId, keepNote);
    if (!base) {
        return base.error();
    }
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = scriptId;
    request.prompt = prompt;
    request.baseVersion = *base;
    return m_queue->enqueue(request);
}

Result<Job> JobDesk::cancel(const QString &id)
{
    const Result<Job> job = JobStore(m_database).get(id);
    if (job && job->kind == JobKind::Develop) {
        return m_engine->cancel(id);
    }
    Result<Job> cancelled = m_queue->cancel(id);
    if (cancelled && job && !job->parentId.isEmpty()) {
        // A step cancelled on its own cancels its run (which cannot complete without it).
        (void)m_engine->advance(job->parentId);
    }
    return cancelled;
}

int JobDesk::cancelJobsOf(qint64 scriptId)
{
    const Result<QList<Job>> active = activeJobsOf(scriptId);
    int cancelled = 0;
    for (const Job &job : active ? *active : QList<Job>{}) {
        if (m_queue->cancel(job.id)) {
            ++cancelled;
        }
    }
    return cancelled;
}

Result<Job> JobDesk::retry(const QString &id)
{
    const Result<Job> job = JobStore(m_database).get(id);
    if (job && job->kind == JobKind::Develop) {
        return m_engine->resume(id);
    }
    if (job && !job->parentId.isEmpty()) {
        // A step goes again with its run: the run resumes, requeueing what did not complete.
        const Result<Job> run = m_engine->resume(job->parentId);
        if (!run) {
            return run.error();
        }
        return JobStore(m_database).get(id);
    }
    return m_queue->retry(id);
}

Result<Job> JobDesk::develop(const StoryEngine::DevelopRequest &request)
{
    return m_engine->develop(request);
}

Result<StoryEngine::Estimate> JobDesk::estimate(const StoryEngine::DevelopRequest &request) const
{
    return m_engine->estimate(request);
}

Result<Job> JobDesk::resume(const QString &runId)
{
    return m_engine->resume(runId);
}

Result<std::optional<Job>> JobDesk::unfinishedRun(qint64 scriptId) const
{
    return m_engine->unfinishedRun(scriptId);
}

Result<Job> JobDesk::advance(const QString &runId)
{
    return m_engine->advance(runId);
}

Result<std::optional<JobKind>> JobDesk::awaiting(const QString &runId) const
{
    return m_engine->awaiting(runId);
}

Result<Job> JobDesk::goOn(const QString &runId, int fromVersion)
{
    return m_engine->goOn(runId, fromVersion);
}

Result<QList<Job>> JobDesk::steps(const QString &runId) const
{
    return JobStore(m_database).children(runId);
}

Result<std::optional<ScriptVersion>> JobDesk::versionOfRun(const Job &run) const
{
    return m_engine->versionOf(run);
}

Result<std::optional<Job>> JobDesk::takesOf(qint64 sceneId) const
{
    const Result<Scene> scene = SceneStore(m_database).get(sceneId);
    if (!scene) {
        return scene.error();
    }
    const Result<ScriptVersion> version = VersionStore(m_database).byId(scene->versionId);
    if (!version) {
        return version.error();
    }
    const Result<QList<Job>> jobs = JobStore(m_database).forScript(version->scriptId, JobKind::Scene);
    if (!jobs) {
        return jobs.error();
    }
    for (const Job &job : *jobs) {
        if (job.sceneId == sceneId && !job.takes.isEmpty()) {
            return std::optional<Job>(job);
        }
    }
    return std::optional<Job>();
}

Result<JobDesk::Chosen> JobDesk::chooseTake(qint64 sceneId, int take)
{
    const Result<std::optional<Job>> found = takesOf(sceneId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorCode::NotFound, u"scene %1 has no takes: regenerate it with --takes first"_s.arg(sceneId));
    }
    const Job &job = **found;
    if (job.status != JobStatus::Completed) {
        return makeError(ErrorCode::InvalidInput,
                         u"the takes of scene %1 are not all written yet (job %2 is %3)"_s.arg(sceneId).arg(job.id, toId(job.status)));
    }
    if (take < 1 || take > job.takes.size()) {
        return makeError(ErrorCode::InvalidInput,
                         u"scene %1 has takes 1 to %2; there is no take %3"_s.arg(sceneId).arg(job.takes.size()).arg(take));
    }
    const QString text = job.takes.at(take - 1);
    const ResultApplier applier(m_database);
    const Result<JobStore::Finished> finished = JobStore(m_database, m_notifier).applyAgain(job, [&applier, &text](Job &j) {
        j.conflict.clear();
        Job asOne = j;
        asOne.takes.clear(); // applied as one scene result
        Result<JobStore::Outcome> made = applier.resolve(asOne, text);
        j.conflict = asOne.conflict;
        return made;
    });
    if (!finished) {
        return finished.error();
    }
    return Chosen{finished->job, finished->version};
}

Result<Job> JobDesk::continueJob(const QString &id)
{
    return m_queue->continueJob(id);
}

Result<Job> JobDesk::job(const QString &id) const
{
    return JobStore(m_database).get(id);
}

Result<QList<Job>> JobDesk::jobs(std::optional<JobStatus> status) const
{
    return JobStore(m_database).list(status);
}

Result<QList<Job>> JobDesk::activeJobsOf(qint64 scriptId) const
{
    QList<Job> out;
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Running}) {
        const Result<QList<Job>> some = JobStore(m_database).list(status);
        if (!some) {
            return some.error();
        }
        for (const Job &job : *some) {
            if (job.scriptId == scriptId) {
                out.append(job);
            }
        }
    }
    return out;
}

void JobDesk::start(const QString &onlyJob)
{
    m_queue->start(onlyJob);
    // A run whose step ended in a process that stopped before adding the next one goes on.
    if (const Result<QList<Job>> running = JobStore(m_database).list(JobStatus::Running)) {
        for (const Job &job : *running) {
            if (job.kind == JobKind::Develop && (onlyJob.isEmpty() || onlyJob == job.id)) {
                (void)m_engine->advance(job.id);
            }
        }
    }
}

QStringList JobDesk::recoverInterrupted()
{
    return m_queue->recoverInterrupted();
}

void JobDesk::stopTaking()
{
    m_queue->stopTaking();
}

void JobDesk::shutDown()
{
    m_queue->shutDown();
}

int JobDesk::runningCount() const
{
    return m_queue->runningCount();
}

QStringList JobDesk::runningIds() const
{
    return m_queue->runningIds();
}

} // namespace Spielberg
