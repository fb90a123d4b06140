// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "arguments.h"
#include "cliapp.h"

#include <studio/versionhistory.h>
#include <core/fountainparser.h>
#include <export/screenplayfile.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

ExportCommand::ExportCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int ExportCommand::run(const Arguments &args)
{
    const QString usage = u"usage: export SCRIPT [--version N] --output FILE.pdf|FILE.fountain|FILE.fdx "
                          "[--paper letter|a4]"_s;
    if (const Result<void> ok = args.accept({u"version"_s, u"output"_s, u"paper"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2 || args.value(u"output"_s).isEmpty()) {
        return fail(CliApp::UsageError, usage);
    }
    const std::optional<qint64> scriptId = idArgument(args, 1, u"SCRIPT"_s);
    if (!scriptId) {
        return CliApp::UsageError;
    }
    int number = 0;
    if (args.has(u"version"_s)) {
        const std::optional<qint64> n = parseId(args.value(u"version"_s));
        if (!n) {
            return fail(CliApp::UsageError, u"--version needs a version number (1, 2, 3…)"_s);
        }
        number = int(*n);
    }
    const QString paper = args.value(u"paper"_s, u"letter"_s);
    if (paper != u"letter"_s && paper != u"a4"_s) {
        return fail(CliApp::RuntimeError, u"unknown paper '%1' (choose letter or a4)"_s.arg(paper));
    }
    const QString output = args.value(u"output"_s);
    if (!ScreenplayFile::formatOf(output)) {
        return fail(CliApp::RuntimeError,
                    u"cannot tell the format of '%1' (the name must end in .pdf, .fdx or .fountain)"_s.arg(output));
    }
    Result<std::unique_ptr<Database>> db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<ScriptVersion> version = VersionHistory(**db).version(*scriptId, number);
    if (!version) {
        return fail(version.error());
    }
    PdfExporter::Options options;
    options.layout = paper == u"a4"_s ? PageLayout::a4() : PageLayout::letter();
    const Result<void> written = ScreenplayFile::write(FountainParser::parse(version->content), output, options);
    if (!written) {
        return fail(written.error());
    }
    if (!wantsJson(args)) {
        m_out << "wrote version " << version->number << " of script " << *scriptId << " to " << output << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
