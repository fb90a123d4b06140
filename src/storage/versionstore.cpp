// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"
#include "versionwriter_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QString kColumns =
    u"id, script_id, number, content, origin, note, job_id, parent_number, created_at"_s;

ScriptVersion fromRow(const QSqlQuery &q)
{
    ScriptVersion v;
    v.id = q.value(0).toLongLong();
    v.scriptId = q.value(1).toLongLong();
    v.number = q.value(2).toInt();
    v.content = q.value(3).toString();
    v.origin = fromId<VersionOrigin>(q.value(4).toString()).value_or(VersionOrigin::Manual);
    v.note = q.value(5).toString();
    v.jobId = q.value(6).toString();
    v.parentNumber = q.value(7).toInt();
    v.createdAt = Sql::toDateTime(q.value(8));
    return v;
}

} // namespace

VersionStore::VersionStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<ScriptVersion> VersionStore::create(qint64 scriptId, const QString &content,
                                           VersionOrigin origin, const QString &note,
                                           const QString &jobId, int parentNumber)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    ScriptVersion draft;
    draft.scriptId = scriptId;
    draft.content = content;
    draft.origin = origin;
    draft.note = note;
    draft.jobId = jobId;
    draft.parentNumber = parentNumber;
    Transaction transaction(*conn);
    if (Result<void> ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<ScriptVersion> stored = VersionWriter::insert(*conn, draft);
    if (!stored) {
        return stored;
    }
    if (Result<void> ok = transaction.commit(); !ok) {
        return ok.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->versionAdded(scriptId, stored->number);
    }
    return stored;
}

Result<QList<ScriptVersion>> VersionStore::list(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    if (Result<void> ok = Sql::requireScript(*conn, scriptId); !ok) {
        return ok.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT %1 FROM script_version WHERE script_id = ? "
                                   "ORDER BY number"_s.arg(kColumns),
                                   {scriptId}, u"listing versions"_s);
        !ok) {
        return ok.error();
    }
    QList<ScriptVersion> out;
    while (q.next()) {
        out.append(fromRow(q));
    }
    return out;
}

Result<ScriptVersion> VersionStore::get(qint64 scriptId, int number) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    const Result<void> ok = number > 0
        ? Sql::run(q,
                   u"SELECT %1 FROM script_version WHERE script_id = ? AND number = ?"_s.arg(kColumns),
                   {scriptId, number}, u"reading a version"_s)
        : Sql::run(q,
                   u"SELECT %1 FROM script_version WHERE script_id = ? "
                   "ORDER BY number DESC LIMIT 1"_s.arg(kColumns),
                   {scriptId}, u"reading a version"_s);
    if (!ok) {
        return ok.error();
    }
    if (q.next()) {
        return fromRow(q);
    }
    q.finish();
    if (Result<void> script = Sql::requireScript(*conn, scriptId); !script) {
        return script.error();
    }
    if (number > 0) {
        return makeError(ErrorCode::NotFound, ErrorKey::NoVersion, {QString::number(scriptId), QString::number(number)},
                         u"script %1 has no version %2"_s.arg(scriptId).arg(number));
    }
    return makeError(ErrorCode::NotFound, ErrorKey::NoVersions, {QString::number(scriptId)}, u"script %1 has no versions yet"_s.arg(scriptId));
}

Result<ScriptVersion> VersionStore::byId(qint64 versionId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM script_version WHERE id = ?"_s.arg(kColumns),
                                   {versionId}, u"reading a version"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, u"no version with id %1"_s.arg(versionId));
    }
    return fromRow(q);
}

Result<std::optional<ScriptVersion>> VersionStore::forJob(const QString &jobId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT %1 FROM script_version WHERE job_id = ? ORDER BY number DESC LIMIT 1"_s.arg(kColumns),
                                   {jobId}, u"reading a job's version"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return std::optional<ScriptVersion>();
    }
    return std::optional<ScriptVersion>(fromRow(q));
}

Result<ScriptVersion> VersionStore::restore(qint64 scriptId, int number)
{
    if (number <= 0) {
        return makeError(ErrorCode::InvalidInput, u"a version number starts at 1"_s);
    }
    const Result<ScriptVersion> source = get(scriptId, number);
    if (!source) {
        return source;
    }
    // Versions are immutable, so the text read here is still version N's inside the insert.
    return create(scriptId, source->content, VersionOrigin::Restored,
                  u"restored from version %1"_s.arg(number), {}, number);
}

Result<ScriptVersion> VersionStore::lock(qint64 scriptId, int number)
{
    if (number <= 0) {
        return makeError(ErrorCode::InvalidInput, u"a version number starts at 1"_s);
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Transaction transaction(*conn);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const Result<ScriptVersion> version = get(scriptId, number);
    if (!version) {
        return version;
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q,
                                   u"INSERT INTO revision_base (script_id, number, locked_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT (script_id) DO UPDATE SET number = excluded.number, "
                                   "locked_at = excluded.locked_at"_s,
                                   {scriptId, number, Sql::now()}, u"locking a version"_s);
        !ok) {
        return ok.error();
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->scriptChanged(scriptId);
    }
    return version;
}

Result<int> VersionStore::lockedBase(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    QSqlQuery q(Sql::connection(*conn));
    if (Result<void> ok = Sql::run(q, u"SELECT number FROM revision_base WHERE script_id = ?"_s, {scriptId},
                                   u"reading the locked version"_s);
        !ok) {
        return ok.error();
    }
    if (q.next()) {
        return q.value(0).toInt();
    }
    q.finish();
    if (Result<void> script = Sql::requireScript(*conn, scriptId); !script) {
        return script.error();
    }
    return 0;
}

Result<QList<DiffLine>> VersionStore::diff(qint64 scriptId, int from, int to) const
{
    if (from <= 0 || to <= 0) {
        return makeError(ErrorCode::InvalidInput, u"a version number starts at 1"_s);
    }
    const Result<ScriptVersion> a = get(scriptId, from);
    if (!a) {
        return a.error();
    }
    const Result<ScriptVersion> b = get(scriptId, to);
    if (!b) {
        return b.error();
    }
    return LineDiff::diff(a->content, b->content);
}

} // namespace Spielberg
