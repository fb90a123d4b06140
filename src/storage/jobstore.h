// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>

#include <QList>

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

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
