// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "database.h"
#include "sql_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spielberg {

LibrarySearch::LibrarySearch(Database &database)
    : m_database(database)
{
}

QString LibrarySearch::matchExpression(const QString &query)
{
    // FTS5 strings: a double quote inside is written twice
    // (https://www.sqlite.org/fts5.html#fts5_strings). A term made only of punctuation would
    // give an empty phrase, which matches nothing; drop it.
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
    for (const QString &word : query.split(space, Qt::SkipEmptyParts)) {
        bool hasText = false;
        for (QChar c : word) {
            if (c.isLetterOrNumber()) {
                hasText = true;
                break;
            }
        }
        if (hasText) {
            terms.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"');
        }
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> LibrarySearch::search(const QString &query, int limit) const
{
    const QString match = matchExpression(query);
    if (match.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"the search query has no words"_s);
    }
    if (limit <= 0) {
        return makeError(ErrorCode::InvalidInput, u"the search limit must be at least 1"_s);
    }
    const Result<QString> conn = m_database.connectionName();
    if (!conn) {
        return conn.error();
    }
    // One query over the three indexes; bm25() is negative, lower is better.
    const QString sql = uR"(
SELECT 'script', s.id, s.id, s.title,
       snippet(script_fts, -1, '[', ']', '…', 12), bm25(script_fts)
  FROM script_fts JOIN script s ON s.id = script_fts.rowid
 WHERE script_fts MATCH ?
UNION ALL
SELECT 'version', version_fts.version_id, s.id, s.title,
       snippet(version_fts, 0, '[', ']', '…', 12), bm25(version_fts)
  FROM version_fts JOIN script s ON s.id = version_fts.rowid
 WHERE version_fts MATCH ?
UNION ALL
SELECT 'character', c.id, 0, c.name,
       snippet(character_fts, -1, '[', ']', '…', 12), bm25(character_fts)
  FROM character_fts JOIN character c ON c.id = character_fts.rowid
 WHERE character_fts MATCH ?
ORDER BY 6, 1, 2
LIMIT ?)"_s;
    QSqlQuery q(Sql::connection(*conn));
    q.setForwardOnly(true);
    if (Result<void> ok = Sql::run(q, sql, {match, match, match, limit}, u"searching"_s); !ok) {
        return ok.error();
    }
    QList<SearchHit> out;
    while (q.next()) {
        out.append(SearchHit{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toDouble()});
    }
    return out;
}

} // namespace Spielberg
