// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "arguments.h"
#include "cliapp.h"

#include <studio/scriptlibrary.h>
#include <studio/versionhistory.h>
#include <core/fountainparser.h>
#include <core/revisioncomparison.h>
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
                          "[--paper letter|a4] [--revision-base N [--color C]]"_s;
    if (const Result<void> ok = args.accept({u"version"_s, u"output"_s, u"paper"_s, u"revision-base"_s, u"color"_s});
        !ok) {
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
    int base = 0;
    if (args.has(u"revision-base"_s)) {
        const std::optional<qint64> n = parseId(args.value(u"revision-base"_s));
        if (!n) {
            return fail(CliApp::UsageError, u"--revision-base needs a version number (1, 2, 3…)"_s);
        }
        base = int(*n);
        if (ScreenplayFile::formatOf(output) != ScreenplayFile::Format::Pdf) {
            return fail(CliApp::RuntimeError, u"revision marks print only in a PDF: name the output FILE.pdf"_s);
        }
    } else if (args.has(u"color"_s)) {
        return fail(CliApp::UsageError, u"--color needs --revision-base N (the locked version to mark against)"_s);
    }
    const QString color = args.value(u"color"_s).toLower();
    if (!color.isEmpty() && !RevisionComparison::colors().contains(color.section(u' ', -1))) {
        return fail(CliApp::RuntimeError, u"unknown revision colour '%1' (choose %2)"_s.arg(
                                              args.value(u"color"_s), RevisionComparison::colors().join(u", "_s)));
    }
    Result<std::unique_ptr<Database>> db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const VersionHistory history(**db);
    const Result<ScriptVersion> version = history.version(*scriptId, number);
    if (!version) {
        return fail(version.error());
    }
    PdfExporter::Options options;
    options.layout = paper == u"a4"_s ? PageLayout::a4() : PageLayout::letter();
    Screenplay play = FountainParser::parse(version->content);
    if (base > 0) {
        if (base > version->number) {
            return fail(CliApp::RuntimeError, u"the revision base, version %1, is newer than version %2 being "
                                              "exported: mark a later version against an earlier one"_s
                                                  .arg(base)
                                                  .arg(version->number));
        }
        const Result<ScriptVersion> locked = history.version(*scriptId, base);
        if (!locked) {
            return fail(CliApp::RuntimeError, u"the revision base, version %1 of script %2, does not exist"_s
                                                  .arg(base)
                                                  .arg(*scriptId));
        }
        const Screenplay basePlay = FountainParser::parse(locked->content);
        const RevisionComparison comparison = RevisionComparison::compare(basePlay, play);
        PdfExporter::Revision revision;
        revision.color = color.isEmpty() ? RevisionComparison::colorOfRound(version->number - base) : color;
        revision.date = version->createdAt.toLocalTime().date();
        revision.changedLines = comparison.changedLines(play, locked->content, version->content);
        options.revision = revision;
        play = comparison.numbered(play);
        options.pages = RevisionComparison::lockedPages(basePlay, play, locked->content, version->content,
                                                         options.layout);
    }
    if (ScreenplayFile::formatOf(output) == ScreenplayFile::Format::Pdf) {
        // A text without a title page gets one from the script's details.
        if (const Result<Script> script = ScriptLibrary(**db).script(*scriptId)) {
            play = ScreenplayFile::withTitlePage(std::move(play), script->title, script->owner);
        }
    }
    const Result<void> written = ScreenplayFile::write(play, output, options);
    if (!written) {
        return fail(written.error());
    }
    if (!wantsJson(args)) {
        m_out << "wrote version " << version->number << " of script " << *scriptId << " to " << output << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
