// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountaincommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "screenplayjson.h"

#include <core/fountainparser.h>
#include <core/screenplaystatistics.h>
#include <export/screenplayfile.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

FountainCommand::FountainCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int FountainCommand::fail(int code, const QString &message)
{
    m_err << "spielberg-cli: " << message << Qt::endl;
    return code;
}

int FountainCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"parse"_s) {
        return parse(args);
    }
    if (sub == u"stats"_s) {
        return stats(args);
    }
    if (sub == u"export"_s) {
        return exportFile(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"fountain needs a subcommand: parse, stats or export (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown fountain subcommand '%1' (see --help)"_s.arg(sub));
}

// Reads and parses the FILE argument of `fountain SUB FILE`; nullopt after reporting an error.
std::optional<ScreenplayFile::Loaded> FountainCommand::load(const Arguments &args, const QString &usage)
{
    if (const Result<void> ok = args.accept({u"paper"_s, u"output"_s}); !ok) {
        m_code = fail(CliApp::UsageError, ok.error().message);
        return std::nullopt;
    }
    if (args.words().size() != 3) {
        m_code = fail(CliApp::UsageError, u"usage: "_s + usage);
        return std::nullopt;
    }
    Result<ScreenplayFile::Loaded> loaded = ScreenplayFile::read(args.word(2));
    if (!loaded) {
        m_code = fail(CliApp::RuntimeError, loaded.error().message);
        return std::nullopt;
    }
    return std::move(loaded).value();
}

std::optional<PageLayout> FountainCommand::layoutFor(const Arguments &args, const ScreenplayFile::Loaded &loaded)
{
    const QString paper = args.value(u"paper"_s, u"letter"_s);
    if (paper == u"a4"_s) {
        return PageLayout::a4();
    }
    if (paper != u"letter"_s) {
        m_code = fail(CliApp::RuntimeError, u"unknown paper '%1' (choose letter or a4)"_s.arg(paper));
        return std::nullopt;
    }
    // An FDX file is laid out with its own paragraph styles, as Final Draft lays it out (on US
    // Letter, which its styles are made for; A4 has its own layout).
    return ScreenplayFile::withStyles(PageLayout::letter(), loaded.paragraphStyles);
}

int FountainCommand::stats(const Arguments &args)
{
    const std::optional<ScreenplayFile::Loaded> loaded = load(args, u"fountain stats FILE [--paper letter|a4] [--json]"_s);
    if (!loaded) {
        return m_code;
    }
    const Screenplay *play = &loaded->screenplay;
    const std::optional<PageLayout> layout = layoutFor(args, *loaded);
    if (!layout) {
        return m_code;
    }
    const ScreenplayStatistics s = ScreenplayStatistics::compute(*play, *layout);
    if (args.has(u"json"_s)) {
        QJsonArray characters;
        for (const ScreenplayStatistics::Character &c : s.characters) {
            characters.append(QJsonObject{{u"name"_s, c.name},
                                          {u"dialogue_blocks"_s, c.dialogueBlocks},
                                          {u"words"_s, c.words}});
        }
        const QJsonObject o{{u"pages"_s, s.pages},
                            {u"minutes"_s, s.minutes},
                            {u"scenes"_s, s.scenes},
                            {u"words"_s, s.words},
                            {u"interior"_s, s.interior},
                            {u"exterior"_s, s.exterior},
                            {u"day"_s, s.day},
                            {u"night"_s, s.night},
                            {u"other_time"_s, s.otherTime},
                            {u"characters"_s, characters}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return CliApp::Success;
    }
    m_out << "pages      " << s.pages << " (about " << s.minutes << " minutes)\n"
          << "scenes     " << s.scenes << " (" << s.interior << " INT, " << s.exterior << " EXT; "
          << s.day << " day, " << s.night << " night, " << s.otherTime << " other)\n"
          << "words      " << s.words << '\n' << "characters " << s.characters.size() << '\n';
    for (const ScreenplayStatistics::Character &c : s.characters) {
        m_out << "  " << qSetFieldWidth(24) << Qt::left << c.name << qSetFieldWidth(0) << c.dialogueBlocks
              << " blocks, " << c.words << " words\n";
    }
    return CliApp::Success;
}

int FountainCommand::exportFile(const Arguments &args)
{
    const QString usage = u"fountain export FILE --output OUT.pdf|OUT.fdx|OUT.fountain [--paper letter|a4]"_s;
    const std::optional<ScreenplayFile::Loaded> loaded = load(args, usage);
    if (!loaded) {
        return m_code;
    }
    const Screenplay *play = &loaded->screenplay;
    const QString output = args.value(u"output"_s);
    if (output.isEmpty()) {
        return fail(CliApp::UsageError, u"missing --output (usage: %1)"_s.arg(usage));
    }
    const std::optional<PageLayout> layout = layoutFor(args, *loaded);
    if (!layout) {
        return m_code;
    }
    PdfExporter::Options options;
    options.layout = *layout;
    if (const Result<void> written = ScreenplayFile::write(*play, output, options); !written) {
        return fail(CliApp::RuntimeError, written.error().message);
    }
    return CliApp::Success;
}

int FountainCommand::parse(const Arguments &args)
{
    const std::optional<ScreenplayFile::Loaded> loaded = load(args, u"fountain parse FILE [--json]"_s);
    if (!loaded) {
        return m_code;
    }
    const Screenplay *play = &loaded->screenplay;
    if (args.has(u"json"_s)) {
        m_out << QJsonDocument(screenplayToJson(*play)).toJson(QJsonDocument::Compact) << '\n';
        return CliApp::Success;
    }
    for (const TitlePageEntry &entry : play->titlePage) {
        m_out << entry.key << ": " << QString(entry.value).replace(u'\n', u"\n    "_s) << '\n';
    }
    for (const ScreenplayElement &e : play->elements) {
        m_out << qSetFieldWidth(15) << Qt::left << elementTypeName(e.type) << qSetFieldWidth(0)
              << QString(e.text).replace(u'\n', u"\n               "_s) << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
