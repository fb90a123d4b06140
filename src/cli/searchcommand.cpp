// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/scriptlibrary.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

SearchCommand::SearchCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int SearchCommand::run(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"limit"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() < 2) {
        return fail(CliApp::UsageError, u"usage: search QUERY [--limit N]"_s);
    }
    int limit = 20;
    if (args.has(u"limit"_s)) {
        bool ok = false;
        limit = args.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0) {
            return fail(CliApp::UsageError,
                        u"--limit must be a positive whole number, not '%1'"_s.arg(
                            args.value(u"limit"_s)));
        }
    }
    // Several words without quotes are one query.
    const QString query = args.words().mid(1).join(u' ');
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<SearchHit>> hits = ScriptLibrary(**db).search(query, limit);
    if (!hits) {
        return fail(hits.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::array(*hits, &LibraryJson::searchHit));
        return CliApp::Success;
    }
    for (const SearchHit &hit : *hits) {
        m_out << hit.kind << ' ' << hit.id;
        if (hit.kind == u"version"_s) {
            m_out << " (script " << hit.scriptId << ')';
        }
        m_out << '\t' << hit.title << '\t' << QString(hit.snippet).replace(u'\n', u' ') << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
