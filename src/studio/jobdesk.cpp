// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdesk.h"

#include <generation/jobqueue.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

JobDesk::JobDesk(Database &database, LibraryNotifier *notifier, CredentialStore *credentials,
                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_queue(std::make_unique<JobQueue>(database, notifier, credentials, network))
{
    connect(m_queue.get(), &JobQueue::jobChanged, this, &JobDesk::jobChanged);
    connect(m_queue.get(), &JobQueue::attemptStarted, this, &JobDesk::attemptStarted);
    connect(m_queue.get(), &JobQueue::textStreamed, this, &JobDesk::textStreamed);
    connect(m_queue.get(), &JobQueue::jobFinished, this, &JobDesk::jobFinished);
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
    return m_queue->cancel(id);
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
    return m_queue->retry(id);
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
