// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <core/scene.h>
#include <core/scriptversion.h>

#include <QDateTime>
#include <QHash>
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
    /** A version a finishing job makes (JobStore::finish). */
    struct NewVersion {
        ScriptVersion version; ///< scriptId, content, origin, note, parentNumber; jobId is set
        /**
         * Scenes of the new version that are, whatever their heading, scenes of the newest
         * version before it (index → index, 0-based): their metadata carries over (a
         * regenerated scene keeps its goal, tension and tone even under a new heading).
         */
        QHash<int, int> sameScenes;
        /** When it has one entry per scene: every scene's metadata (VersionWriter::insert). */
        QList<Scene> given;
    };
    /** What a finishing job changes: a version, characters attached to its script, both or none. */
    struct Outcome {
        std::optional<NewVersion> version;
        /** Characters (already stored) to attach to the job's script: a cast step's. */
        QList<qint64> attach;
        /** Attach them as proposed, for the writer to keep or drop (script_character.proposed). */
        bool propose = false;
        /** Of `attach`, the characters the job made (dropping one deletes it). */
        QList<qint64> made;
    };
    /**
     * Decides, inside finish()'s transaction and so on the library as it is at that moment,
     * what the finishing job makes: a version, or none (setting `job.conflict`, say), and which
     * characters join the script. It reads and adds rows through the stores on the calling
     * thread (the transaction's connection) and must not start a transaction of its own.
     */
    using Resolver = std::function<Result<Outcome>(Job &job)>;
    /** What finish() did. */
    struct Finished {
        Job job;                              ///< the row as stored afterwards
        std::optional<ScriptVersion> version; ///< the version made, if any
        bool superseded = false; ///< the row had moved (a cancel elsewhere): nothing was written
        QList<qint64> attached;  ///< characters attached to the job's script
    };

    explicit JobStore(Database &database, LibraryNotifier *notifier = nullptr);

    /**
     * Stores a new job: a UUID when `job.id` is empty, the owner, and created_at when unset.
     * Returns it as stored.
     */
    Result<Job> create(const Job &job);
    Result<Job> get(const QString &id) const;
    /** Jobs, newest first; only those with `status` when it is given. */
    Result<QList<Job>> list(std::optional<JobStatus> status = std::nullopt) const;
    /** The steps of the run `parentId`, oldest first. */
    Result<QList<Job>> children(const QString &parentId) const;
    /** The jobs of one kind on a script, newest first. */
    Result<QList<Job>> forScript(qint64 scriptId, JobKind kind) const;
    /**
     * Writes every column of `job.id` but owner and created_at, whatever its status is now;
     * returns it as stored. For tests and tools: the queue changes status only by transition().
     */
    Result<Job> update(const Job &job);
    /**
     * Writes every column of `job.id` but owner and created_at if, and only if, its stored
     * status is one of `from` (and, when `runner` is given, that runner holds it): the
     * compare-and-set every status change goes through (docs/architecture.md, "The life of a
     * job"). Returns the row as stored, or nullopt when it had moved on (nothing written).
     */
    Result<std::optional<Job>> transition(const Job &job, const QList<JobStatus> &from,
                                          const QString &runner = {});
    /**
     * Ends `job`, which `runner` holds `running`, in one transaction: `resolve` decides what
     * it makes, the version is added (numbered, its scenes cut, metadata carried) and the row
     * written as `resolve` left it. If the row is no longer running for `runner` (cancelled
     * from another process, say) nothing is written and `superseded` is set. If the job had
     * already made a version, that one is returned and no second one made.
     */
    Result<Finished> finish(const Job &job, const QString &runner, const Resolver &resolve);
    /**
     * For a `completed` job, in one transaction: `resolve` decides on one more version from
     * what the job holds (a take the writer chose, say), which is added, and the row written
     * as `resolve` left it. `superseded` when the job is not completed.
     */
    Result<Finished> applyAgain(const Job &job, const Resolver &resolve);
    Result<void> remove(const QString &id);

    // The queue's operations, each one statement, so that several processes (the app and a
    // `spielberg-cli job run`) can share the queue without running a job twice.

    /**
     * Marks the oldest pending job (or, when `id` is given, the pending job `id` or the oldest
     * pending step of the run `id`) running for `runner`,
     * setting started_at and heartbeat_at, and returns it; nullopt when there was none to take
     * (another runner may have taken it first).
     */
    Result<std::optional<Job>> claim(const QString &runner, const QString &id = {});
    /**
     * Refreshes heartbeat_at of a job this runner is running; false when the row is no longer
     * running for `runner` (a cancel from another process): the runner must stop.
     */
    Result<bool> heartbeat(const QString &id, const QString &runner);
    /**
     * Saves streamed text to `partial` and the usage so far, without notifying (the queue emits
     * its own progress signals; this is the crash-safe copy, throttled by the caller), if
     * `runner` still holds the job running; false (nothing written) when it does not.
     */
    Result<bool> savePartial(const QString &id, const QString &runner, const QString &partial,
                             qint64 inputTokens, qint64 outputTokens);
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
    /** Inside a transaction: runs `resolve` and writes the version and the cast it decided on. */
    Result<void> applyOutcome(const QString &conn, Job &ending, const Resolver &resolve, Finished &finished);
    /** After the commit: tells the notifier what changed and reads the row back. */
    Result<Finished> announce(const Job &job, Finished finished) const;
    Result<bool> markInterrupted(const QString &id, const QString &runner, const QString &message);

    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
