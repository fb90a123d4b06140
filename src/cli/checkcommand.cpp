// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <storage/database.h>
#include <studio/versionhistory.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

CheckCommand::CheckCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int CheckCommand::run(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"version"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError, u"usage: check SCRIPT [--version N] [--json]"_s);
    }
    const std::optional<qint64> script = idArgument(args, 1, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    int number = 0;
    if (args.has(u"version"_s)) {
        bool ok = false;
        number = args.value(u"version"_s).toInt(&ok);
        if (!ok || number <= 0) {
            return fail(CliApp::UsageError,
                        u"--version must be a version number (1, 2, …), not '%1'"_s.arg(args.value(u"version"_s)));
        }
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<ContinuityFinding>> findings = VersionHistory(**db).check(*script, number);
    if (!findings) {
        return fail(findings.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::array(*findings, &LibraryJson::finding));
        return CliApp::Success;
    }
    if (findings->isEmpty()) {
        m_out << "no findings\n";
    }
    for (const ContinuityFinding &f : *findings) {
        m_out << (f.scene > 0 ? u"scene %1"_s.arg(f.scene) : u"script"_s) << '\t' << f.kind << '\t' << f.detail << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
