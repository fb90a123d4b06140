// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"
#include "versionstore.h"
#include "versionwriter_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QString kColumns =
    u"id, owner, kind, status, script_id, scene_id, base_version, request, provider, model, "
    "base_url, partial, result, error, attempts, input_tokens, output_tokens, request_ids, "
    "stop_reason, runner, heartbeat_at, created_at, started_at, completed_at, conflict, parent_id, "
    "scene_number, findings, takes"_s;

QString idsToJson(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        out.append(value.toString());
    }
    return out;
}

Job fromRow(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toString();
    j.owner = q.value(1).toString();
    // A value this program does not know (written by a newer one) never runs as something else.
    j.kind = fromId<JobKind>(q.value(2).toString()).value_or(JobKind::Quick);
    j.status = fromId<JobStatus>(q.value(3).toString()).value_or(JobStatus::Failed);
    j.scriptId = q.value(4).toLongLong();
    j.sceneId = q.value(5).toLongLong();
    j.baseVersion = q.value(6).toInt();
    j.request = q.value(7).toString();
    j.provider = q.value(8).toString();
    j.model = q.value(9).toString();
    j.baseUrl = q.value(10).toString();
    j.partial = q.value(11).toString();
    j.result = q.value(12).toString();
    j.error = q.value(13).toString();
    j.attempts = q.value(14).toInt();
    j.inputTokens = q.value(15).toLongLong();
    j.outputTokens = q.value(16).toLongLong();
    j.requestIds = idsFromJson(q.value(17).toString());
    j.stopReason = q.value(18).toString();
    j.runner = q.value(19).toString();
    j.heartbeatAt = Sql::toDateTime(q.value(20));
    j.createdAt = Sql::toDateTime(q.value(21));
    j.startedAt = Sql::toDateTime(q.value(22));
    j.completedAt = Sql::toDateTime(q.value(23));
    j.conflict = q.value(24).toString();
    j.parentId = q.value(25).toString();
    j.sceneNumber = q.value(26).toInt();
    j.findings = idsFromJson(q.value(27).toString());
    j.takes = idsFromJson(q.value(28).toString());
    return j;
}

Error notFound(const QString &id)
{
    return makeError(ErrorCode::NotFound, ErrorKey::NoJob, {id}, u"no job with id %1"_s.arg(id));
}
} // namespace

JobStore::JobStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<Job> JobStore::create(const Job &job)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    const QString id = job.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : job.id;
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(
                q,
                u"INSERT INTO job (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns),
                {id, Database::currentOwner(), toId(job.kind), toId(job.status), Sql::idOrNull(job.scriptId),
                 Sql::idOrNull(job.sceneId), Sql::idOrNull(job.baseVersion),
                 job.request.isEmpty() ? u"{}"_s : job.request, job.provider, job.model,
                 job.baseUrl, job.partial, job.result, job.error, job.attempts, job.inputTokens,
                 job.outputTokens, idsToJson(job.requestIds), job.stopReason, job.runner,
                 Sql::fromDateTime(job.heartbeatAt),
                 job.createdAt.isValid() ? Sql::fromDateTime(job.createdAt) : QVariant(Sql::now()),
                 Sql::fromDateTime(job.startedAt), Sql::fromDateTime(job.completedAt), job.conflict,
                 Sql::textOrNull(job.parentId), job.sceneNumber, idsToJson(job.findings), idsToJson(job.takes)},
                u"adding a job"_s);
            !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->jobChanged(id);
    }
    return get(id);
}

Result<Job> JobStore::get(const QString &id) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM job WHERE id = ?"_s.arg(kColumns), {id},
                                   u"reading a job"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return notFound(id);
    }
    return fromRow(q);
}

Result<QList<Job>> JobStore::list(std::optional<JobStatus> status) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    const Result<void> ok = !status
        ? Sql::run(q, u"SELECT %1 FROM job ORDER BY created_at DESC, id"_s.arg(kColumns), {},
                   u"listing jobs"_s)
        : Sql::run(q,
                   u"SELECT %1 FROM job WHERE status = ? ORDER BY created_at DESC, id"_s.arg(kColumns),
                   {toId(*status)}, u"listing jobs"_s);
    if (!ok) {
        return ok.error();
    }
    QList<Job> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<QList<Job>> JobStore::children(const QString &parentId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM job WHERE parent_id = ? ORDER BY created_at, id"_s.arg(kColumns),
                                   {parentId}, u"listing a run's steps"_s);
        !ok) {
        return ok.error();
    }
    QList<Job> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<QList<Job>> JobStore::forScript(qint64 scriptId, JobKind kind) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM job WHERE script_id = ? AND kind = ? "
                                   "ORDER BY created_at DESC, id"_s.arg(kColumns),
                                   {scriptId, toId(kind)}, u"listing a script's jobs"_s);
        !ok) {
        return ok.error();
    }
    QList<Job> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<Job> JobStore::update(const Job &job)
{
    const Result<std::optional<Job>> written =
        transition(job, {JobStatus::Pending, JobStatus::Running, JobStatus::Completed, JobStatus::Failed,
                         JobStatus::Cancelled, JobStatus::Interrupted});
    if (!written) {
        return written.error();
    }
    if (!*written) {
        return notFound(job.id);
    }
    return **written;
}

namespace {

/** Writes `job`'s row if its status is one of `from` (and `runner` holds it, when given). */
Result<bool> writeIf(const QString &conn, const Job &job, const QList<JobStatus> &from, const QString &runner)
{
    QSqlQuery q(Sql::connection(conn));
    QString sql = u"UPDATE job SET kind = ?, status = ?, script_id = ?, scene_id = ?, base_version = ?, "
                  "request = ?, provider = ?, model = ?, base_url = ?, partial = ?, result = ?, "
                  "error = ?, attempts = ?, input_tokens = ?, output_tokens = ?, request_ids = ?, "
                  "stop_reason = ?, runner = ?, heartbeat_at = ?, started_at = ?, completed_at = ?, "
                  "conflict = ?, parent_id = ?, scene_number = ?, findings = ?, takes = ? "
                  "WHERE id = ? AND status IN (%1)"_s;
    QStringList marks;
    for (qsizetype i = 0; i < from.size(); ++i) {
        marks.append(u"?"_s);
    }
    sql = sql.arg(marks.join(u", "_s));
    QVariantList values{toId(job.kind), toId(job.status), Sql::idOrNull(job.scriptId), Sql::idOrNull(job.sceneId),
                        Sql::idOrNull(job.baseVersion), job.request.isEmpty() ? u"{}"_s : job.request,
                        job.provider, job.model, job.baseUrl, job.partial, job.result, job.error,
                        job.attempts, job.inputTokens, job.outputTokens, idsToJson(job.requestIds),
                        job.stopReason, job.runner, Sql::fromDateTime(job.heartbeatAt),
                        Sql::fromDateTime(job.startedAt), Sql::fromDateTime(job.completedAt),
                        job.conflict, Sql::textOrNull(job.parentId), job.sceneNumber,
                        idsToJson(job.findings), idsToJson(job.takes), job.id};
    for (const JobStatus status : from) {
        values.append(toId(status));
    }
    if (!runner.isEmpty()) {
        sql += u" AND runner = ?"_s;
        values.append(runner);
    }
    if (Result<void> ok = Sql::run(q, sql, values, u"updating a job"_s); !ok) {
        return ok.error();
    }
    return q.numRowsAffected() > 0;
}

} // namespace

Result<std::optional<Job>> JobStore::transition(const Job &job, const QList<JobStatus> &from, const QString &runner)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    const Result<bool> written = writeIf(*conn, job, from, runner);
    if (!written) {
        return written.error();
    }
    if (!*written) {
        // Moved on, or gone: say which.
        if (Result<Job> now = get(job.id); !now) {
            return now.error();
        }
        return std::optional<Job>();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->jobChanged(job.id);
    }
    Result<Job> stored = get(job.id);
    if (!stored) {
        return stored.error();
    }
    return std::optional<Job>(std::move(stored).value());
}

Result<void> JobStore::applyOutcome(const QString &conn, Job &ending, const Resolver &resolve, Finished &finished)
{
    Result<Outcome> made = resolve(ending);
    if (!made) {
        return made.error();
    }
    if (made->version) {
        ScriptVersion version = made->version->version;
        version.jobId = ending.id;
        Result<ScriptVersion> stored = VersionWriter::insert(conn, version, made->version->sameScenes, made->version->given);
        if (!stored) {
            return stored.error();
        }
        finished.version = *stored;
    }
    for (const qint64 characterId : std::as_const(made->attach)) {
        QSqlQuery q(Sql::connection(conn));
        if (Result<void> ok = Sql::run(q,
                                       u"INSERT OR IGNORE INTO script_character (script_id, character_id, proposed) "
                                       "VALUES (?, ?, ?)"_s,
                                       {ending.scriptId, characterId,
                                        !made->propose ? 0 : made->made.contains(characterId) ? 2 : 1},
                                       u"attaching the proposed cast"_s);
            !ok) {
            return ok;
        }
    }
    finished.attached = made->attach;
    return {};
}

Result<JobStore::Finished> JobStore::announce(const Job &job, Finished finished) const
{
    if (m_notifier) {
        for (const qint64 characterId : std::as_const(finished.attached)) {
            Q_EMIT m_notifier->characterChanged(characterId);
        }
        if (!finished.attached.isEmpty()) {
            Q_EMIT m_notifier->scriptChanged(job.scriptId);
        }
        if (finished.version) {
            Q_EMIT m_notifier->versionAdded(finished.version->scriptId, finished.version->number);
        }
        Q_EMIT m_notifier->jobChanged(job.id);
    }
    Result<Job> stored = get(job.id);
    if (!stored) {
        return stored.error();
    }
    finished.job = *stored;
    return finished;
}

Result<JobStore::Finished> JobStore::finish(const Job &job, const QString &runner, const Resolver &resolve)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Finished finished;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        Result<Job> current = get(job.id);
        if (!current) {
            return current.error();
        }
        if (current->status != JobStatus::Running || current->runner != runner) {
            finished.job = *current;
            finished.superseded = true;
            return finished;
        }
        Job ending = job;
        // A crash between making the version and marking the job cannot happen (one
        // transaction), but a version that names this job is never made twice.
        const Result<std::optional<ScriptVersion>> existing = VersionStore(m_database).forJob(job.id);
        if (!existing) {
            return existing.error();
        }
        finished.version = *existing;
        if (!*existing && resolve) {
            if (Result<void> ok = applyOutcome(*conn, ending, resolve, finished); !ok) {
                return ok.error();
            }
        }
        const Result<bool> written = writeIf(*conn, ending, {JobStatus::Running}, runner);
        if (!written) {
            return written.error();
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    return announce(job, std::move(finished));
}

Result<JobStore::Finished> JobStore::applyAgain(const Job &job, const Resolver &resolve)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Finished finished;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        Result<Job> current = get(job.id);
        if (!current) {
            return current.error();
        }
        if (current->status != JobStatus::Completed) {
            finished.job = *current;
            finished.superseded = true;
            return finished;
        }
        Job ending = *current;
        if (Result<void> ok = applyOutcome(*conn, ending, resolve, finished); !ok) {
            return ok.error();
        }
        if (const Result<bool> written = writeIf(*conn, ending, {JobStatus::Completed}, {}); !written) {
            return written.error();
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    return announce(job, std::move(finished));
}

Result<void> JobStore::remove(const QString &id)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q, u"DELETE FROM job WHERE id = ?"_s, {id},
                                       u"deleting a job"_s);
            !ok) {
            return ok;
        }
        if (q.numRowsAffected() == 0) {
            return notFound(id);
        }
    }
    if (m_notifier) {
        Q_EMIT m_notifier->jobRemoved(id);
    }
    return {};
}

namespace {
// A step runs only while its run does: a step a cancelled run missed (added by another process
// in the same moment) waits, and goes with its run.
const QString kRunGoesOn = u"(parent_id IS NULL OR EXISTS (SELECT 1 FROM job run WHERE run.id = job.parent_id "
                           "AND run.status = 'running'))"_s;
} // namespace

Result<std::optional<Job>> JobStore::claim(const QString &runner, const QString &id)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    const QString now = Sql::now();
    QString claimed;
    {
        // One UPDATE … RETURNING: SQLite runs it under its write lock, so two runners never
        // claim the same row.
        QSqlQuery q(Sql::connection(*conn));
        const Result<void> ok = id.isEmpty()
            ? Sql::run(q,
                       u"UPDATE job SET status = 'running', runner = ?, started_at = ?, heartbeat_at = ? "
                       "WHERE id = (SELECT id FROM job WHERE status = 'pending' AND %1 ORDER BY created_at, id "
                       "LIMIT 1) AND status = 'pending' RETURNING id"_s.arg(kRunGoesOn),
                       {runner, now, now}, u"taking a job from the queue"_s)
            : Sql::run(q,
                       u"UPDATE job SET status = 'running', runner = ?, started_at = ?, heartbeat_at = ? "
                       "WHERE id = (SELECT id FROM job WHERE status = 'pending' AND (id = ? OR parent_id = ?) "
                       "AND %1 ORDER BY created_at, id LIMIT 1) AND status = 'pending' RETURNING id"_s.arg(kRunGoesOn),
                       {runner, now, now, id, id}, u"taking a job from the queue"_s);
        if (!ok) {
            return ok.error();
        }
        if (q.next()) {
            claimed = q.value(0).toString();
        }
    }
    if (claimed.isEmpty()) {
        return std::optional<Job>();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->jobChanged(claimed);
    }
    Result<Job> job = get(claimed);
    if (!job) {
        return job.error();
    }
    return std::optional<Job>(std::move(job).value());
}

Result<bool> JobStore::heartbeat(const QString &id, const QString &runner)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"UPDATE job SET heartbeat_at = ? WHERE id = ? AND runner = ? AND "
                                   "status = 'running'"_s,
                                   {Sql::now(), id, runner}, u"refreshing a job's heartbeat"_s);
        !ok) {
        return ok.error();
    }
    return q.numRowsAffected() > 0;
}

Result<bool> JobStore::savePartial(const QString &id, const QString &runner, const QString &partial,
                                   qint64 inputTokens, qint64 outputTokens)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"UPDATE job SET partial = ?, input_tokens = ?, output_tokens = ?, "
                                   "heartbeat_at = ? WHERE id = ? AND runner = ? AND status = 'running'"_s,
                                   {partial, inputTokens, outputTokens, Sql::now(), id, runner},
                                   u"saving a job's text"_s);
        !ok) {
        return ok.error();
    }
    return q.numRowsAffected() > 0;
}

Result<QStringList> JobStore::recoverInterrupted(
    const std::function<bool(const QString &runner, const QDateTime &heartbeatAt)> &isAlive)
{
    const Result<QList<Job>> running = list(JobStatus::Running);
    if (!running) {
        return running.error();
    }
    QStringList marked;
    for (const Job &job : *running) {
        if (job.kind == JobKind::Develop) {
            continue; // a run is not run by a process: its steps are (and take it along)
        }
        if (isAlive(job.runner, job.heartbeatAt)) {
            continue;
        }
        const Result<bool> done = markInterrupted(
            job.id, job.runner,
            u"The program running this job stopped before it finished. Its text so far is kept; "
            "retry to run it again."_s);
        if (!done) {
            return done.error();
        }
        if (*done) {
            marked.append(job.id);
        }
    }
    if (m_notifier) {
        for (const QString &id : marked) {
            Q_EMIT m_notifier->jobChanged(id);
        }
    }
    return marked;
}

Result<bool> JobStore::interrupt(const QString &id, const QString &runner, const QString &message)
{
    const Result<bool> done = markInterrupted(id, runner, message);
    if (done && *done && m_notifier) {
        Q_EMIT m_notifier->jobChanged(id);
    }
    return done;
}

Result<bool> JobStore::markInterrupted(const QString &id, const QString &runner, const QString &message)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    // Only if nothing moved meanwhile: the same runner still holds it, still running.
    if (Result<void> ok = Sql::run(q,
                                   u"UPDATE job SET status = 'interrupted', completed_at = ?, "
                                   "error = ? WHERE id = ? AND status = 'running' AND runner = ?"_s,
                                   {Sql::now(), message, id, runner}, u"marking an interrupted job"_s);
        !ok) {
        return ok.error();
    }
    if (q.numRowsAffected() == 0) {
        return false;
    }
    // A run whose step stopped this way is interrupted with it, so it can be resumed.
    QSqlQuery parent(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(parent,
                                   u"UPDATE job SET status = 'interrupted', completed_at = ?, error = ? "
                                   "WHERE id = (SELECT parent_id FROM job WHERE id = ?) AND status = 'running'"_s,
                                   {Sql::now(),
                                    u"A step of this run stopped before it finished; resume the run to go on."_s, id},
                                   u"marking an interrupted run"_s);
        !ok) {
        return ok.error();
    }
    return true;
}

} // namespace Spielberg
