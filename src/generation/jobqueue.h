// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generationcall.h"
#include "generationrequest.h"
#include "jobqueuesettings.h"
#include "providerconfig.h"
#include "retrypolicy.h"

#include <core/job.h>
#include <core/result.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <QNetworkAccessManager>

namespace Spielberg {

class CredentialStore;
class Database;
class LibraryNotifier;

/**
 * The local, persistent generation queue (docs/architecture.md, "The life of a job"): it
 * schedules and runs jobs; the parts it uses are classes of their own.
 *
 * enqueue() writes the `pending` row JobBuilder checked and returns it at once. The scheduler
 * runs up to `concurrency` jobs: it claims a row (`running`, runner = this process, named by
 * JobRunner), composes the prompt from the library as it is then (PromptAssembler), reads the
 * key, and streams the answer through a GenerationCall; text goes out live by textStreamed()
 * and is saved to `partial` every `partialSaveMs`. Failures are classified by RetryPolicy and
 * retried after its delay, which a precise timer never ends early; a job has a total time limit
 * and an idle-stream limit (hitting it counts as a broken stream, which is retried).
 *
 * Every status change is a compare-and-set on the row (JobStore::transition): a runner never
 * overwrites `cancelled`, and a cancel made by another process is noticed at the next partial
 * save or heartbeat (at most `heartbeatMs`), the request aborted and no version made. Success is
 * one transaction (JobStore::finish): result, usage, `completed` and the version ResultApplier
 * decides on. A stop at the length limit completes the job as incomplete, with no version, ready
 * for continueJob(). A failed job keeps its partial text and never makes a version.
 *
 * start() first marks `running` rows whose runner is gone `interrupted` (partial text kept),
 * then polls for pending rows, so jobs queued by the command line while the app runs are run.
 * Several processes may share one library: claiming is atomic.
 *
 * Lives on the thread it was created on (the GUI thread in the app); all signals carry values.
 */
class JobQueue : public QObject
{
    Q_OBJECT
public:
    JobQueue(Database &database, LibraryNotifier *notifier, CredentialStore *credentials,
             QNetworkAccessManager *network, QObject *parent = nullptr);
    ~JobQueue() override;

    void setSettings(const JobQueueSettings &settings);
    const JobQueueSettings &settings() const { return m_settings; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    /** The provider new jobs are sent to (without the key). */
    void setProvider(const ProviderConfig &config);
    const ProviderConfig &provider() const { return m_provider; }

    /** Writes a pending job; returns it (with its id) without waiting for it to run. */
    Result<Job> enqueue(const GenerationRequest &request);
    /** A new pending job continuing `jobId`'s text (which stopped at the length limit). */
    Result<Job> continueJob(const QString &jobId);

    /**
     * Recovers interrupted jobs and starts taking pending ones. `onlyJob`, when set, restricts
     * this queue to that one job (the command line's --wait).
     */
    void start(const QString &onlyJob = {});
    /**
     * Marks `running` jobs whose runner is gone `interrupted` (their partial text kept); start()
     * does it first. Returns the ids it marked.
     */
    QStringList recoverInterrupted();
    /** Stops taking new jobs; running ones go on. */
    void stopTaking();
    /**
     * Stops taking jobs and stops this process's running ones, streaming or waiting to try
     * again: each becomes `interrupted` at once, its text so far kept, ready to retry. The
     * destructor does it, so a program that quits never leaves a job marked running.
     */
    void shutDown();

    /** Cancels a pending or running job (a running one's request is aborted). */
    Result<Job> cancel(const QString &id);
    /** Puts a failed, cancelled or interrupted job back in the queue (it may be billed again). */
    Result<Job> retry(const QString &id);

    int runningCount() const { return int(m_running.size()); }
    QStringList runningIds() const { return m_running.keys(); }
    /** This process's runner name: host, pid and start time. */
    QString runner() const { return m_runner; }

    /** Whether `runner` (as stored in a job row) still runs, judging by pid and heartbeat. */
    bool isRunnerAlive(const QString &runner, const QDateTime &heartbeatAt) const;

Q_SIGNALS:
    /** Any change of a job this queue touched (status, attempts, tokens…). */
    void jobChanged(const Spielberg::Job &job);
    /** A new attempt of a running job began; its text starts again from nothing. */
    void attemptStarted(const QString &jobId, int attempt);
    /** More text of a running job. */
    void textStreamed(const QString &jobId, const QString &delta);
    /** A job ended: completed, failed or cancelled. */
    void jobFinished(const Spielberg::Job &job);

private:
    struct Run;

    void poll();
    void heartbeat();
    /** Takes `jobId` out of the running set and stops its timers and request; null if not running. */
    std::shared_ptr<Run> takeRun(const QString &jobId);
    /** Tells the ended job's watchers, frees the run later and looks for the next job. */
    void announceEnd(std::shared_ptr<Run> run, const Job &job);
    /** Stops running `jobId` without writing it: its row moved on elsewhere (a cancel). */
    void abandon(const QString &jobId);
    /** Writes the run's job while this runner holds it; false (and abandoned) when it moved. */
    bool store(Run &run);
    void launch(Job job);
    void beginAttempt(Run &run);
    void onCallFinished(const QString &jobId, const CallOutcome &outcome);
    void savePartial(Run &run);
    void complete(Run &run, const CallOutcome &outcome);
    void failJob(Run &run, const QString &message);
    void endRun(const QString &jobId, Job job);
    ProviderConfig configFor(const Job &job) const;

    Database &m_database;
    QPointer<LibraryNotifier> m_notifier;
    CredentialStore *m_credentials;
    QPointer<QNetworkAccessManager> m_network;
    JobQueueSettings m_settings;
    RetryPolicy m_retry;
    ProviderConfig m_provider;
    QString m_runner;
    QString m_onlyJob;
    bool m_taking = false;
    QTimer m_pollTimer;
    QTimer m_heartbeatTimer;
    QHash<QString, std::shared_ptr<Run>> m_running;
};

} // namespace Spielberg
