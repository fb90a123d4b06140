// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/scriptlibrary.h>
#include <export/scriptimporter.h>
#include <storage/database.h>

#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

ImportCommand::ImportCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int ImportCommand::run(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"title"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError, u"usage: import FILE.fountain|FILE.fdx [--title T]"_s);
    }
    Result<std::unique_ptr<Database>> db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    ScriptLibrary library(**db);
    const Result<ScriptLibrary::Imported> imported = library.importFile(args.word(1), args.value(u"title"_s));
    if (!imported) {
        return fail(imported.error());
    }
    const Result<Script> script = library.script(imported->scriptId);
    if (!script) {
        return fail(script.error());
    }
    if (wantsJson(args)) {
        QJsonObject o = LibraryJson::script(*script, {});
        o.insert(u"version_number"_s, imported->versionNumber);
        printJson(o);
        return CliApp::Success;
    }
    m_out << "imported as script " << script->id << " (\"" << script->title << "\"), version "
          << imported->versionNumber << '\n';
    return CliApp::Success;
}

} // namespace Spielberg
