// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * The generation jobs as rows: every column can be written and read back; the job queue
 * (generation layer) drives the lifecycle. Threading, ownership and notification (jobChanged)
 * as CharacterStore. Failures: InvalidInput (a kind or status outside Catalog), NotFound,
 * Database.
 */
class JobStore
{
public:
    explicit JobStore(Database &database, LibraryNotifier *notifier = nullptr);

    /**
     * Stores a new job: a UUID when `job.id` is empty, the owner, and created_at when unset.
     * Returns it as stored.
     */
    Result<Job> create(const Job &job);
    Result<Job> get(const QString &id) const;
    /** Jobs, newest first; only those with `status` when it is not empty. */
    Result<QList<Job>> list(const QString &status = {}) const;
    /** Writes every column of `job.id` but owner and created_at; returns it as stored. */
    Result<Job> update(const Job &job);
    Result<void> remove(const QString &id);

    // The queue's operations, each one statement, so that several processes (the app and a
    // `spielberg-cli job run`) can share the queue without running a job twice.

    /**
     * Marks the oldest pending job (or the pending job `id`, when given) running for `runner`,
     * setting started_at and heartbeat_at, and returns it; nullopt when there was none to take
     * (another runner may have taken it first).
     */
    Result<std::optional<Job>> claim(const QString &runner, const QString &id = {});
    /** Refreshes heartbeat_at of a job this runner is running. */
    Result<void> heartbeat(const QString &id, const QString &runner);
    /**
     * Saves streamed text to `partial` and the usage so far, without notifying (the queue emits
     * its own progress signals; this is the crash-safe copy, throttled by the caller).
     */
    Result<void> savePartial(const QString &id, const QString &partial, qint64 inputTokens,
                             qint64 outputTokens);
    /**
     * Marks `running` jobs whose runner is gone `interrupted`, keeping their partial text:
     * `isAlive(runner, heartbeatAt)` decides. Returns the ids it marked.
     */
    Result<QStringList> recoverInterrupted(
        const std::function<bool(const QString &runner, const QDateTime &heartbeatAt)> &isAlive);
    /**
     * Marks the job `id` `interrupted` with `message`, keeping its partial text, if `runner`
     * still holds it running; false when something else moved it meanwhile (a cancel from
     * another process, say).
     */
    Result<bool> interrupt(const QString &id, const QString &runner, const QString &message);

private:
    Result<bool> markInterrupted(const QString &id, const QString &runner, const QString &message);

    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
