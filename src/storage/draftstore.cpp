// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "database.h"
#include "librarynotifier.h"
#include "sql_p.h"
#include "transaction_p.h"
#include "versionwriter_p.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
Result<Draft> readDraft(const QString &conn, qint64 scriptId)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT script_id, content, base_version, updated_at FROM draft "
                                   "WHERE script_id = ?"_s,
                                   {scriptId}, u"reading a draft"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, u"script %1 has no draft"_s.arg(scriptId));
    }
    return Draft{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                 Sql::toDateTime(q.value(3))};
}
Result<QString> versionContent(const QString &conn, qint64 scriptId, int number)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT content FROM script_version WHERE script_id = ? "
                                   "AND number = ?"_s,
                                   {scriptId, number}, u"reading a version"_s);
        !ok) {
        return ok.error();
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, ErrorKey::NoVersion, {QString::number(scriptId), QString::number(number)},
                         u"script %1 has no version %2"_s.arg(scriptId).arg(number));
    }
    return q.value(0).toString();
}

Result<int> newestNumber(const QString &conn, qint64 scriptId)
{
    QSqlQuery q(Sql::connection(conn));
    if (Result<void> ok = Sql::run(q,
                                   u"SELECT coalesce(max(number), 0) FROM script_version "
                                   "WHERE script_id = ?"_s,
                                   {scriptId}, u"reading a version"_s);
        !ok) {
        return ok.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}
/** The draft's base version if its script has it, else the newest (0 when none). */
Result<int> existingBase(const QString &conn, const Draft &draft)
{
    if (draft.baseVersion > 0) {
        const Result<QString> base = versionContent(conn, draft.scriptId, draft.baseVersion);
        if (base) {
            return draft.baseVersion;
        }
        if (base.error().code != ErrorCode::NotFound) {
            return base.error();
        }
    }
    return newestNumber(conn, draft.scriptId);
}

Result<void> writeDraft(const QString &conn, qint64 scriptId, const QString &content, int base)
{
    QSqlQuery q(Sql::connection(conn));
    return Sql::run(q,
                    u"INSERT INTO draft (script_id, content, base_version, updated_at) VALUES (?, ?, "
                    "?, ?) ON CONFLICT (script_id) DO UPDATE SET content = excluded.content, "
                    "base_version = excluded.base_version, updated_at = excluded.updated_at"_s,
                    {scriptId, content, Sql::idOrNull(base), Sql::now()}, u"saving a draft"_s);
}


/**
 * Inside a transaction: keeps the draft's typing as a manual version when no version holds it
 * (it differs from its base and from `unlessEqualTo`). Returns the kept number, or 0.
 */
Result<int> keepTyping(const QString &conn, const Draft &draft, const QString &note,
                       const std::optional<QString> &unlessEqualTo = std::nullopt)
{
    QString base;
    if (draft.baseVersion > 0) {
        const Result<QString> content = versionContent(conn, draft.scriptId, draft.baseVersion);
        if (!content && content.error().code != ErrorCode::NotFound) {
            return content.error();
        }
        base = content ? *content : QString();
    }
    if (draft.content == base || (unlessEqualTo && draft.content == *unlessEqualTo)) {
        return 0;
    }
    if (draft.content.isEmpty() && draft.baseVersion == 0) {
        return 0; // a blank page holds nothing to keep
    }
    const Result<int> parent = existingBase(conn, draft);
    if (!parent) {
        return parent.error();
    }
    ScriptVersion keep;
    keep.scriptId = draft.scriptId;
    keep.content = draft.content;
    keep.origin = VersionOrigin::Manual;
    keep.note = note;
    keep.parentNumber = *parent;
    const Result<ScriptVersion> stored = VersionWriter::insert(conn, keep);
    if (!stored) {
        return stored.error();
    }
    return stored->number;
}
} // namespace

DraftStore::DraftStore(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
{
}

Result<Draft> DraftStore::save(const Draft &draft)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    // The foreign key refuses a draft of a missing script; say so plainly.
    if (Result<void> ok = Sql::requireScript(*conn, draft.scriptId); !ok) {
        return ok.error();
    }
    if (Result<void> ok = writeDraft(*conn, draft.scriptId, draft.content, draft.baseVersion); !ok) {
        return ok.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->draftSaved(draft.scriptId);
    }
    return readDraft(*conn, draft.scriptId);
}

Result<Draft> DraftStore::get(qint64 scriptId) const
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    return readDraft(*conn, scriptId);
}

Result<ScriptVersion> DraftStore::saveAsVersion(qint64 scriptId, const QString &note)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Transaction transaction(*conn);
    if (Result<void> ok = transaction.begin(); !ok) {
        return ok.error();
    }
    const Result<Draft> draft = readDraft(*conn, scriptId);
    if (!draft) {
        return draft.error();
    }
    ScriptVersion version;
    version.scriptId = scriptId;
    version.content = draft->content;
    version.origin = VersionOrigin::Manual;
    version.note = note;
    const Result<int> parent = existingBase(*conn, *draft);
    if (!parent) {
        return parent.error();
    }
    version.parentNumber = *parent;
    Result<ScriptVersion> stored = VersionWriter::insert(*conn, version);
    if (!stored) {
        return stored;
    }
    {
        QSqlQuery q(Sql::connection(*conn));
        if (Result<void> ok = Sql::run(q,
                                       u"UPDATE draft SET base_version = ?, updated_at = ? "
                                       "WHERE script_id = ?"_s,
                                       {stored->number, Sql::now(), scriptId},
                                       u"saving a draft as a version"_s);
            !ok) {
            return ok.error();
        }
    }
    if (Result<void> ok = transaction.commit(); !ok) {
        return ok.error();
    }
    if (m_notifier) {
        Q_EMIT m_notifier->versionAdded(scriptId, stored->number);
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return stored;
}

Result<Draft> DraftStore::resetToVersion(qint64 scriptId, int number)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    int kept = 0;
    int again = 0;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        if (number == 0) {
            const Result<int> newest = newestNumber(*conn, scriptId);
            if (!newest) {
                return newest.error();
            }
            number = *newest;
        }
        const Result<QString> target = versionContent(*conn, scriptId, number);
        if (!target) {
            return target.error();
        }
        const Result<Draft> current = readDraft(*conn, scriptId);
        if (!current && current.error().code != ErrorCode::NotFound) {
            return current.error();
        }
        if (current) {
            const Result<int> made =
                keepTyping(*conn, *current, u"draft kept before returning to version %1"_s.arg(number), *target);
            if (!made) {
                return made.error();
            }
            kept = *made;
        }
        int base = number;
        if (kept > number) {
            // The kept typing is now the newest version; the text the writer chose becomes the
            // newest again, so generations and the scenes start from what the editor shows.
            ScriptVersion chosen;
            chosen.scriptId = scriptId;
            chosen.content = *target;
            chosen.origin = VersionOrigin::Restored;
            chosen.note = u"returned to version %1"_s.arg(number);
            chosen.parentNumber = number;
            const Result<ScriptVersion> stored = VersionWriter::insert(*conn, chosen);
            if (!stored) {
                return stored.error();
            }
            again = base = stored->number;
        }
        if (Result<void> ok = writeDraft(*conn, scriptId, *target, base); !ok) {
            return ok.error();
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        if (kept > 0) {
            Q_EMIT m_notifier->versionAdded(scriptId, kept);
        }
        if (again > 0) {
            Q_EMIT m_notifier->versionAdded(scriptId, again);
        }
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return readDraft(*conn, scriptId);
}

Result<Draft> DraftStore::open(qint64 scriptId)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    bool changed = false;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        if (Result<void> ok = Sql::requireScript(*conn, scriptId); !ok) {
            return ok.error();
        }
        const Result<Draft> current = readDraft(*conn, scriptId);
        if (!current && current.error().code != ErrorCode::NotFound) {
            return current.error();
        }
        if (!current) {
            // A script without a draft yet: its newest version's text, or a blank page.
            const Result<int> newest = newestNumber(*conn, scriptId);
            if (!newest) {
                return newest.error();
            }
            QString text;
            if (*newest > 0) {
                const Result<QString> content = versionContent(*conn, scriptId, *newest);
                if (!content) {
                    return content.error();
                }
                text = *content;
            }
            if (Result<void> ok = writeDraft(*conn, scriptId, text, *newest); !ok) {
                return ok.error();
            }
            changed = true;
        } else {
            const Result<int> base = existingBase(*conn, *current);
            if (!base) {
                return base.error();
            }
            if (*base != current->baseVersion) {
                // Resting on a version that is not there: the text stays, on the newest one.
                if (Result<void> ok = writeDraft(*conn, scriptId, current->content, *base); !ok) {
                    return ok.error();
                }
                changed = true;
            }
        }
        if (changed) {
            if (Result<void> ok = transaction.commit(); !ok) {
                return ok.error();
            }
        }
    }
    if (changed && m_notifier) {
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return readDraft(*conn, scriptId);
}

Result<DraftStore::Restored> DraftStore::restore(qint64 scriptId, int number, const QString &keepNote)
{
    if (number <= 0) {
        return makeError(ErrorCode::InvalidInput, u"a version number starts at 1"_s);
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    Restored out;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        if (Result<void> ok = Sql::requireScript(*conn, scriptId); !ok) {
            return ok.error();
        }
        const Result<QString> source = versionContent(*conn, scriptId, number);
        if (!source) {
            return source.error();
        }
        const Result<Draft> current = readDraft(*conn, scriptId);
        if (!current && current.error().code != ErrorCode::NotFound) {
            return current.error();
        }
        if (current) {
            const Result<int> kept = keepTyping(*conn, *current, keepNote);
            if (!kept) {
                return kept.error();
            }
            out.kept = *kept;
        }
        ScriptVersion restored;
        restored.scriptId = scriptId;
        restored.content = *source;
        restored.origin = VersionOrigin::Restored;
        restored.note = u"restored from version %1"_s.arg(number);
        restored.parentNumber = number;
        const Result<ScriptVersion> stored = VersionWriter::insert(*conn, restored);
        if (!stored) {
            return stored.error();
        }
        out.restored = stored->number;
        if (Result<void> ok = writeDraft(*conn, scriptId, *source, stored->number); !ok) {
            return ok.error();
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (m_notifier) {
        if (out.kept > 0) {
            Q_EMIT m_notifier->versionAdded(scriptId, out.kept);
        }
        Q_EMIT m_notifier->versionAdded(scriptId, out.restored);
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    const Result<Draft> draft = readDraft(*conn, scriptId);
    if (!draft) {
        return draft.error();
    }
    out.draft = *draft;
    return out;
}

Result<int> DraftStore::keepIfChanged(qint64 scriptId, const QString &note)
{
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    int base = 0;
    int kept = 0;
    {
        Transaction transaction(*conn);
        if (Result<void> ok = transaction.begin(); !ok) {
            return ok.error();
        }
        if (Result<void> ok = Sql::requireScript(*conn, scriptId); !ok) {
            return ok.error();
        }
        const Result<Draft> current = readDraft(*conn, scriptId);
        if (!current && current.error().code != ErrorCode::NotFound) {
            return current.error();
        }
        if (!current) {
            const Result<int> newest = newestNumber(*conn, scriptId);
            if (!newest) {
                return newest.error();
            }
            return *newest;
        }
        const Result<int> made = keepTyping(*conn, *current, note);
        if (!made) {
            return made.error();
        }
        kept = *made;
        if (kept > 0) {
            if (Result<void> ok = writeDraft(*conn, scriptId, current->content, kept); !ok) {
                return ok.error();
            }
            base = kept;
        } else {
            const Result<int> existing = existingBase(*conn, *current);
            if (!existing) {
                return existing.error();
            }
            base = *existing;
        }
        if (Result<void> ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    if (kept > 0 && m_notifier) {
        Q_EMIT m_notifier->versionAdded(scriptId, kept);
        Q_EMIT m_notifier->draftSaved(scriptId);
    }
    return base;
}

} // namespace Spielberg
