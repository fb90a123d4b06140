// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobqueue.h"

#include "answerreview.h"
#include "credentialstore.h"
#include "jobbuilder.h"
#include "jobrunner.h"
#include "logging.h"
#include "promptassembler.h"
#include "resultapplier.h"

#include <core/promptbuilder.h>
#include <core/storyprompts.h>
#include <storage/database.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>

#include <utility>


using namespace Qt::StringLiterals;

namespace Spielberg {

struct JobQueue::Run {
    Job job;
    ProviderConfig config;
    Prompt prompt;
    QList<ChatTurn> history;
    QString prefix; ///< text of the job this one continues
    QString text;   ///< this attempt's text so far
    std::unique_ptr<GenerationCall> call;
    QElapsedTimer clock;
    qint64 waitedMs = 0;
    QTimer idle;
    QTimer total;
    QTimer retry;
    QDeadlineTimer retryDue; ///< when the wait between attempts ends
    QTimer partial;
    bool partialDirty = false;
    bool keyRequested = false;
    bool repaired = false;       ///< the one repair request of this answer was sent
    QString originalUser;        ///< the prompt's user message before any repair
    QList<ChatTurn> originalHistory;
    int takes = 1;               ///< alternatives asked for (scene jobs)
    qint64 spentIn = 0;          ///< usage of earlier answers of this job (repairs, takes)
    qint64 spentOut = 0;

    /** Stops the timers and the request, without a word to `queue`. */
    void stop(QObject *queue)
    {
        idle.stop();
        total.stop();
        retry.stop();
        partial.stop();
        if (call) {
            call->disconnect(queue);
            call->cancel();
        }
    }
};

namespace {

bool isLoopback(const QString &baseUrl)
{
    const QString host = QUrl(baseUrl).host();
    const QHostAddress address(host);
    return host == u"localhost"_s || (!address.isNull() && address.isLoopback());
}

QString withRequestId(const QString &message, const QStringList &requestIds)
{
    if (requestIds.isEmpty() || requestIds.last().isEmpty()) {
        return message;
    }
    return message + u" (provider request id: %1)"_s.arg(requestIds.last());
}

} // namespace

JobQueue::JobQueue(Database &database, LibraryNotifier *notifier, CredentialStore *credentials,
                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_credentials(credentials)
    , m_network(network)
{
    m_runner = JobRunner::forThisProcess();
    connect(&m_pollTimer, &QTimer::timeout, this, &JobQueue::poll);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &JobQueue::heartbeat);
    if (m_notifier) {
        // A job queued in this process starts at once, without waiting for the poll.
        connect(m_notifier, &LibraryNotifier::jobChanged, this, [this] {
            if (m_taking) {
                QTimer::singleShot(0, this, &JobQueue::poll);
            }
        });
    }
}

JobQueue::~JobQueue()
{
    shutDown();
}

void JobQueue::setSettings(const JobQueueSettings &settings)
{
    m_settings = settings;
    if (m_pollTimer.isActive()) {
        m_pollTimer.start(int(m_settings.pollMs));
        m_heartbeatTimer.start(int(m_settings.heartbeatMs));
    }
}

void JobQueue::setProvider(const ProviderConfig &config)
{
    m_provider = config;
    m_provider.apiKey.clear();
}

Result<Job> JobQueue::enqueue(const GenerationRequest &request)
{
    const Result<Job> job = JobBuilder(m_database).pending(request, m_provider);
    if (!job) {
        return job;
    }
    return JobStore(m_database, m_notifier).create(*job);
}

Result<Job> JobQueue::continueJob(const QString &jobId)
{
    const Result<Job> previous = JobStore(m_database).get(jobId);
    if (!previous) {
        return previous.error();
    }
    if (previous->status != JobStatus::Completed || previous->stopReason != u"max_tokens"_s) {
        return makeError(ErrorCode::InvalidInput,
                         u"job %1 did not stop at the length limit; there is nothing to continue"_s.arg(jobId));
    }
    Job job = *previous;
    job.id.clear();
    job.status = JobStatus::Pending;
    job.partial.clear();
    job.result.clear();
    job.error.clear();
    job.attempts = 0;
    job.inputTokens = job.outputTokens = 0;
    job.requestIds.clear();
    job.stopReason.clear();
    job.runner.clear();
    job.heartbeatAt = job.createdAt = job.startedAt = job.completedAt = {};
    QJsonObject request = QJsonDocument::fromJson(previous->request.toUtf8()).object();
    request.insert(u"continue_job"_s, jobId);
    job.request = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
    return JobStore(m_database, m_notifier).create(job);
}

bool JobQueue::isRunnerAlive(const QString &runner, const QDateTime &heartbeatAt) const
{
    return runner == m_runner || JobRunner::isAlive(runner, heartbeatAt, m_settings.heartbeatMs);
}

QStringList JobQueue::recoverInterrupted()
{
    const Result<QStringList> recovered = JobStore(m_database, m_notifier).recoverInterrupted(
        [this](const QString &runner, const QDateTime &heartbeat) { return isRunnerAlive(runner, heartbeat); });
    if (!recovered) {
        qCWarning(lcGeneration) << "could not recover interrupted jobs:" << recovered.error().message;
        return {};
    }
    return *recovered;
}

void JobQueue::start(const QString &onlyJob)
{
    m_onlyJob = onlyJob;
    recoverInterrupted();
    m_taking = true;
    m_pollTimer.start(int(m_settings.pollMs));
    m_heartbeatTimer.start(int(m_settings.heartbeatMs));
    poll();
}

void JobQueue::stopTaking()
{
    m_taking = false;
    m_pollTimer.stop();
}

void JobQueue::shutDown()
{
    stopTaking();
    m_heartbeatTimer.stop();
    const QHash<QString, std::shared_ptr<Run>> runs = std::exchange(m_running, {});
    for (const std::shared_ptr<Run> &run : runs) {
        run->stop(this);
        savePartial(*run);
        const Result<bool> marked = JobStore(m_database, m_notifier).interrupt(
            run->job.id, m_runner,
            u"The program running this job was closed before it finished. Its text so far is kept; "
            "retry to run it again."_s);
        if (!marked) {
            qCWarning(lcGeneration) << "could not mark job" << run->job.id << "interrupted:" << marked.error().message;
            continue;
        }
        if (const Result<Job> job = JobStore(m_database).get(run->job.id)) {
            Q_EMIT jobChanged(*job);
        }
    }
}

void JobQueue::heartbeat()
{
    JobStore jobs(m_database);
    QStringList moved;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        const Result<bool> held = jobs.heartbeat(it.key(), m_runner);
        if (!held) {
            qCWarning(lcGeneration) << "heartbeat failed:" << held.error().message;
        } else if (!*held) {
            moved.append(it.key());
        }
    }
    for (const QString &id : moved) {
        abandon(id);
    }
}

std::shared_ptr<JobQueue::Run> JobQueue::takeRun(const QString &jobId)
{
    const auto found = m_running.find(jobId);
    if (found == m_running.end()) {
        return nullptr;
    }
    std::shared_ptr<Run> run = *found;
    m_running.erase(found);
    run->stop(this);
    return run;
}

void JobQueue::announceEnd(std::shared_ptr<Run> run, const Job &job)
{
    Q_EMIT jobChanged(job);
    Q_EMIT jobFinished(job);
    // The run (and its timers) may still be on the stack of a timer's signal: free it later.
    QMetaObject::invokeMethod(this, [run] {}, Qt::QueuedConnection);
    QTimer::singleShot(0, this, &JobQueue::poll);
}

void JobQueue::abandon(const QString &jobId)
{
    std::shared_ptr<Run> run = takeRun(jobId);
    if (!run) {
        return;
    }
    const Result<Job> stored = JobStore(m_database).get(jobId);
    const Job job = stored ? *stored : run->job;
    qCInfo(lcGeneration) << "job" << jobId << "became" << toId(job.status) << "elsewhere; stopped running it";
    announceEnd(run, job);
}

bool JobQueue::store(Run &run)
{
    const Result<std::optional<Job>> saved =
        JobStore(m_database, m_notifier).transition(run.job, {JobStatus::Running}, m_runner);
    if (!saved) {
        qCWarning(lcGeneration) << "could not store job" << run.job.id << ":" << saved.error().message;
        return true;
    }
    if (!*saved) {
        abandon(run.job.id);
        return false;
    }
    run.job = **saved;
    return true;
}

void JobQueue::poll()
{
    if (!m_taking) {
        return;
    }
    JobStore jobs(m_database, m_notifier);
    while (m_running.size() < m_settings.concurrency) {
        if (!m_onlyJob.isEmpty() && m_running.contains(m_onlyJob)) {
            return;
        }
        const Result<std::optional<Job>> claimed = jobs.claim(m_runner, m_onlyJob);
        if (!claimed) {
            qCWarning(lcGeneration) << "could not take a job:" << claimed.error().message;
            return;
        }
        if (!*claimed) {
            return;
        }
        launch(**claimed);
    }
}

ProviderConfig JobQueue::configFor(const Job &job) const
{
    ProviderConfig config = m_provider;
    config.kind = ProviderConfig::kindFromName(job.provider).value_or(m_provider.kind);
    config.baseUrl = job.baseUrl;
    config.model = job.model;
    return config;
}

void JobQueue::launch(Job job)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->config = configFor(job);
    run->clock.start();
    m_running.insert(job.id, run);
    Q_EMIT jobChanged(job);

    const QString id = job.id;
    run->idle.setSingleShot(true);
    run->total.setSingleShot(true);
    run->retry.setSingleShot(true);
    connect(&run->idle, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it != m_running.cend() && (*it)->call) {
            (*it)->call->abortAsBroken(u"No text arrived for %1 s: the stream stalled."_s.arg(m_settings.idleLimitMs / 1000));
        }
    });
    connect(&run->total, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it == m_running.cend()) {
            return;
        }
        Run &r = **it;
        if (r.call) {
            r.call->disconnect(this);
            r.call->cancel();
        }
        const qint64 limit = m_settings.totalLimitMs;
        failJob(r, u"The job ran past its time limit of %1 and was stopped."_s.arg(
                       limit % 60000 == 0 ? u"%1 minutes"_s.arg(limit / 60000) : u"%1 s"_s.arg((limit + 500) / 1000)));
    });
    // A wait the server asked for never ends early (a coarse timer may fire 5 % early).
    run->retry.setTimerType(Qt::PreciseTimer);
    connect(&run->retry, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it == m_running.cend()) {
            return;
        }
        if (const qint64 left = (*it)->retryDue.remainingTime(); left > 0) {
            (*it)->retry.start(int(left));
            return;
        }
        beginAttempt(**it);
    });
    connect(&run->partial, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it != m_running.cend()) {
            savePartial(**it);
        }
    });

    Result<Prompt> prompt = PromptAssembler(m_database).assemble(job, run->history, run->prefix);
    if (!prompt) {
        failJob(*run, prompt.error().message);
        return;
    }
    run->prompt = *prompt;
    run->originalUser = prompt->user;
    run->originalHistory = run->history;
    run->takes = GenerationRequest::fromJson(QJsonDocument::fromJson(job.request.toUtf8()).object()).takes;
    run->spentIn = job.takes.isEmpty() ? 0 : job.inputTokens;
    run->spentOut = job.takes.isEmpty() ? 0 : job.outputTokens;
    if (Result<void> ok = ProviderConfig::checkBaseUrl(run->config.baseUrl); !ok) {
        failJob(*run, ok.error().message);
        return;
    }
    run->total.start(int(std::min<qint64>(m_settings.totalLimitMs, std::numeric_limits<int>::max())));
    run->partial.start(int(m_settings.partialSaveMs));

    if (!m_credentials) {
        beginAttempt(*run);
        return;
    }
    const QString provider = run->config.kindName();
    m_credentials->read(provider, this, [this, id, provider](Result<QString> key) {
        const auto it = m_running.constFind(id);
        if (it == m_running.cend()) {
            return; // cancelled while the keychain answered
        }
        Run &r = **it;
        if (!key) {
            failJob(r, key.error().message);
            return;
        }
        r.config.apiKey = *key;
        if (r.config.apiKey.isEmpty() && !isLoopback(r.config.baseUrl)) {
            QString message = provider == u"anthropic"_s
                ? u"No Anthropic API key is set: add one in Settings or set ANTHROPIC_API_KEY, or "
                  "point the app at a local model."_s
                : u"No API key is set for the OpenAI-compatible provider: add one in Settings or set "
                  "OPENAI_API_KEY, or point the app at a local model."_s;
            if (auto *env = dynamic_cast<EnvironmentCredentials *>(m_credentials);
                env && !env->lastWarning().isEmpty()) {
                message += u" ("_s + env->lastWarning() + u")"_s;
            }
            failJob(r, message);
            return;
        }
        beginAttempt(r);
    });
}

void JobQueue::beginAttempt(Run &run)
{
    ++run.job.attempts;
    run.text.clear();
    if (!store(run)) {
        return; // cancelled elsewhere meanwhile
    }
    Q_EMIT jobChanged(run.job);
    Q_EMIT attemptStarted(run.job.id, run.job.attempts);

    const QString id = run.job.id;
    run.call = std::make_unique<GenerationCall>(m_network, run.config, run.prompt, run.history);
    GenerationCall *call = run.call.get();
    connect(call, &GenerationCall::textReceived, this, [this, id](const QString &delta) {
        const auto it = m_running.constFind(id);
        if (it == m_running.cend()) {
            return;
        }
        (*it)->text += delta;
        (*it)->partialDirty = true;
        Q_EMIT textStreamed(id, delta);
    });
    connect(call, &GenerationCall::usageReceived, this, [this, id](qint64 in, qint64 out) {
        const auto it = m_running.constFind(id);
        if (it != m_running.cend()) {
            (*it)->job.inputTokens = (*it)->spentIn + in;
            (*it)->job.outputTokens = (*it)->spentOut + out;
            (*it)->partialDirty = true;
        }
    });
    connect(call, &GenerationCall::activity, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it != m_running.cend()) {
            (*it)->idle.start(int(std::min<qint64>(m_settings.idleLimitMs, std::numeric_limits<int>::max())));
        }
    });
    connect(call, &GenerationCall::finished, this, [this, id](const CallOutcome &outcome) {
        // Leave the call's own signal before it is destroyed.
        QMetaObject::invokeMethod(this, [this, id, outcome] { onCallFinished(id, outcome); }, Qt::QueuedConnection);
    });
    run.idle.start(int(std::min<qint64>(m_settings.idleLimitMs, std::numeric_limits<int>::max())));
    call->start();
}

void JobQueue::savePartial(Run &run)
{
    if (!run.partialDirty) {
        return;
    }
    run.partialDirty = false;
    run.job.partial = run.prefix + run.text;
    const Result<bool> held = JobStore(m_database).savePartial(run.job.id, m_runner, run.job.partial,
                                                               run.job.inputTokens, run.job.outputTokens);
    if (!held) {
        qCWarning(lcGeneration) << "could not save streamed text:" << held.error().message;
    } else if (!*held) {
        // Cancelled from another process: stop at once, not at the next heartbeat.
        const QString id = run.job.id;
        QMetaObject::invokeMethod(this, [this, id] { abandon(id); }, Qt::QueuedConnection);
    }
}

void JobQueue::onCallFinished(const QString &jobId, const CallOutcome &outcome)
{
    const auto it = m_running.constFind(jobId);
    if (it == m_running.cend()) {
        return;
    }
    Run &run = **it;
    run.idle.stop();
    run.call.reset();
    if (!outcome.requestId.isEmpty()) {
        run.job.requestIds.append(outcome.requestId);
    }
    if (outcome.inputTokens > 0) {
        run.job.inputTokens = run.spentIn + outcome.inputTokens;
    }
    if (outcome.outputTokens > 0) {
        run.job.outputTokens = run.spentOut + outcome.outputTokens;
    }
    if (outcome.result == CallOutcome::Result::Cancelled) {
        return; // cancel() finished the job itself
    }
    if (outcome.result == CallOutcome::Result::Succeeded) {
        complete(run, outcome);
        return;
    }
    run.partialDirty = true;
    savePartial(run);
    const RetryPolicy::Decision decision =
        m_retry.decide(run.job.attempts, outcome.failure, run.waitedMs, QDateTime::currentDateTimeUtc());
    const qint64 remaining = m_settings.totalLimitMs - run.clock.elapsed();
    if (decision.retry && decision.delayMs < remaining) {
        run.waitedMs += decision.delayMs;
        run.job.error = u"Attempt %1 failed: %2 Trying again in %3 s."_s.arg(run.job.attempts)
                            .arg(withRequestId(outcome.message, run.job.requestIds))
                            .arg(qMax<qint64>(1, (decision.delayMs + 500) / 1000));
        if (!store(run)) {
            return; // cancelled elsewhere meanwhile
        }
        Q_EMIT jobChanged(run.job);
        run.retryDue = QDeadlineTimer(decision.delayMs, Qt::PreciseTimer);
        run.retry.start(int(decision.delayMs));
        return;
    }
    QString message = outcome.message;
    if (!decision.retry && !RetryPolicy::isPermanent(outcome.failure) && run.job.attempts > 1) {
        message += u" Gave up after %1 attempts."_s.arg(run.job.attempts);
    }
    failJob(run, withRequestId(message, run.job.requestIds));
}

void JobQueue::complete(Run &run, const CallOutcome &outcome)
{
    savePartial(run);
    const QString text = run.prefix + outcome.text;
    run.job.result = text;
    run.job.partial = text;
    run.job.stopReason = outcome.stopReason;
    static const QStringList kFinished{u"end_turn"_s, u"stop_sequence"_s};
    if (outcome.stopReason == u"max_tokens"_s && (isStoryStep(run.job.kind) || run.takes > 1)) {
        // A cut-off cast, outline or scene cannot be used as it is, and a run or a set of
        // takes waits for whole answers: the step fails, its text kept, and is run again.
        failJob(run, u"The answer reached the length limit of %1 tokens before it was finished; raise the "
                     "limit in Settings (or ask for fewer scenes) and resume."_s.arg(run.config.maxTokens));
        return;
    }
    if (outcome.stopReason == u"max_tokens"_s) {
        run.job.status = JobStatus::Completed;
        run.job.error = u"The answer reached the length limit and is incomplete; continue it to "
                        "finish. No version was made yet."_s;
    } else if (outcome.stopReason == u"refusal"_s) {
        failJob(run, u"The model declined to write this."_s);
        return;
    } else if (!kFinished.contains(outcome.stopReason)) {
        failJob(run, u"The model stopped for a reason this app does not know (%1); the text is kept on "
                     "the job."_s.arg(outcome.stopReason));
        return;
    } else {
        // The answer is checked first (a schema, the scene quality gate): one repair request
        // names what is wrong; what it leaves wrong is kept on the job, never silently.
        const AnswerReview::Review review = AnswerReview(m_database).review(run.job, text);
        if (!review.problems.isEmpty() && !run.repaired) {
            run.repaired = true;
            run.spentIn = run.job.inputTokens;
            run.spentOut = run.job.outputTokens;
            run.history.append(ChatTurn{false, run.prompt.user});
            run.history.append(ChatTurn{true, text});
            run.prompt.user = StoryPrompts::repair(review.problems, review.json);
            run.job.error = review.problems.size() == 1
                ? u"The answer had a problem (%1); asked the model once to fix it."_s.arg(review.problems.first())
                : u"The answer had %1 problems (the first: %2); asked the model once to fix them."_s
                      .arg(review.problems.size())
                      .arg(review.problems.first());
            beginAttempt(run);
            return;
        }
        if (!review.usable) {
            failJob(run, u"The answer could not be used, even after one repair request: %1"_s.arg(
                             review.problems.value(0, u"it was empty"_s)));
            return;
        }
        run.job.findings = review.problems;
        if (run.takes > 1) {
            run.job.takes.append(review.text);
            if (run.job.takes.size() < run.takes) {
                // The next take starts afresh from the same prompt.
                run.spentIn = run.job.inputTokens;
                run.spentOut = run.job.outputTokens;
                run.repaired = false;
                run.history = run.originalHistory;
                // The same brief, and the takes already written to differ from: alternatives,
                // not the same answer again.
                run.prompt.user = run.originalUser
                    + u"\n\nThis is take %1 of %2. Write it differently from the takes before it: another way "
                      "into the scene, other beats, other lines. Keep the heading."_s
                          .arg(run.job.takes.size() + 1)
                          .arg(run.takes);
                run.job.error.clear();
                beginAttempt(run);
                return;
            }
        }
        const QString applied = review.text;
        // Storing the result, marking the job completed and making its version: one transaction,
        // and none of it if the job was cancelled elsewhere meanwhile.
        Job ending = run.job;
        ending.result = applied;
        ending.status = JobStatus::Completed;
        ending.error.clear();
        ending.completedAt = QDateTime::currentDateTimeUtc();
        const ResultApplier applier(m_database);
        const Result<JobStore::Finished> finished = JobStore(m_database, m_notifier).finish(
            ending, m_runner, [&applier, &applied](Job &job) { return applier.resolve(job, applied); });
        if (!finished) {
            failJob(run, u"The text arrived but could not be saved as a version: %1"_s.arg(finished.error().message));
            return;
        }
        if (finished->superseded) {
            abandon(run.job.id);
            return;
        }
        announceEnd(takeRun(run.job.id), finished->job);
        return;
    }
    run.job.completedAt = QDateTime::currentDateTimeUtc();
    endRun(run.job.id, run.job);
}

void JobQueue::failJob(Run &run, const QString &message)
{
    run.job.status = JobStatus::Failed;
    run.job.error = message;
    if (!run.text.isEmpty() || !run.prefix.isEmpty()) {
        run.job.partial = run.prefix + run.text; // kept, never a version
    }
    run.job.completedAt = QDateTime::currentDateTimeUtc();
    endRun(run.job.id, run.job);
}

void JobQueue::endRun(const QString &jobId, Job job)
{
    std::shared_ptr<Run> run = takeRun(jobId);
    if (!run) {
        return;
    }
    // Only while this runner still holds it: a cancel made elsewhere is never overwritten.
    const Result<std::optional<Job>> saved = JobStore(m_database, m_notifier).transition(job, {JobStatus::Running}, m_runner);
    if (!saved) {
        qCWarning(lcGeneration) << "could not store the end of job" << jobId << ":" << saved.error().message;
    } else if (*saved) {
        job = **saved;
    } else if (const Result<Job> now = JobStore(m_database).get(jobId)) {
        job = *now;
    }
    announceEnd(run, job);
}

Result<Job> JobQueue::cancel(const QString &id)
{
    if (const auto it = m_running.constFind(id); it != m_running.cend()) {
        Run &run = **it;
        if (run.call) {
            run.call->disconnect(this);
            run.call->cancel();
        }
        run.job.status = JobStatus::Cancelled;
        run.job.error = u"Cancelled by the writer."_s;
        run.job.partial = run.prefix + run.text;
        run.job.completedAt = QDateTime::currentDateTimeUtc();
        Job job = run.job;
        endRun(id, job);
        return JobStore(m_database).get(id);
    }
    JobStore jobs(m_database, m_notifier);
    for (int attempt = 0; attempt < 3; ++attempt) {
        Result<Job> job = jobs.get(id);
        if (!job) {
            return job;
        }
        const JobStatus was = job->status;
        if (was != JobStatus::Pending && was != JobStatus::Running) {
            return makeError(ErrorCode::InvalidInput, ErrorKey::JobNotCancellable, {id, toId(was)},
                             u"job %1 is %2; only pending or running jobs can be cancelled"_s.arg(id, toId(was)));
        }
        // Running in another process: mark it; that runner sees the change within a heartbeat,
        // aborts its request and makes no version.
        job->status = JobStatus::Cancelled;
        job->error = u"Cancelled by the writer."_s;
        job->completedAt = QDateTime::currentDateTimeUtc();
        const Result<std::optional<Job>> cancelled = jobs.transition(*job, {was}, was == JobStatus::Running ? job->runner : QString());
        if (!cancelled) {
            return cancelled.error();
        }
        if (*cancelled) {
            return **cancelled;
        }
        // It moved between the read and the write (it started, or finished): look again.
    }
    return makeError(ErrorCode::Internal, u"job %1 kept changing; try the cancel again"_s.arg(id));
}

Result<Job> JobQueue::retry(const QString &id)
{
    JobStore jobs(m_database, m_notifier);
    Result<Job> job = jobs.get(id);
    if (!job) {
        return job;
    }
    static const QList<JobStatus> kRetryable{JobStatus::Failed, JobStatus::Cancelled, JobStatus::Interrupted};
    if (!kRetryable.contains(job->status)) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::JobNotRetryable, {id, toId(job->status)},
                         u"job %1 is %2; only failed, cancelled or interrupted jobs can be retried"_s.arg(id, toId(job->status)));
    }
    const JobStatus was = job->status;
    job->status = JobStatus::Pending;
    job->error.clear();
    job->conflict.clear();
    job->result.clear();
    job->stopReason.clear();
    job->runner.clear();
    job->attempts = 0;
    job->startedAt = job->completedAt = job->heartbeatAt = {};
    const Result<std::optional<Job>> queued = jobs.transition(*job, {was});
    if (!queued) {
        return queued.error();
    }
    if (!*queued) {
        return makeError(ErrorCode::InvalidInput, u"job %1 changed while it was being retried; look at it again"_s.arg(id));
    }
    return **queued;
}

} // namespace Spielberg
