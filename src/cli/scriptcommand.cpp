// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/scriptlibrary.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

ScriptCommand::ScriptCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int ScriptCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"create"_s) {
        return create(args);
    }
    if (sub == u"list"_s) {
        return list(args);
    }
    if (sub == u"show"_s) {
        return show(args);
    }
    if (sub == u"delete"_s) {
        return remove(args);
    }
    if (sub == u"attach"_s || sub == u"detach"_s) {
        return link(args, sub == u"attach"_s);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"script needs a subcommand: create, list, show, delete, "
                                        "attach or detach (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown script subcommand '%1' (see --help)"_s.arg(sub));
}

int ScriptCommand::print(const Arguments &args, Database &db, const Script &s)
{
    const Result<QList<Character>> characters = ScriptLibrary(db).charactersOf(s.id);
    if (!characters) {
        return fail(characters.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::script(s, *characters));
        return CliApp::Success;
    }
    QStringList names;
    for (const Character &c : *characters) {
        names.append(u"%1 (%2)"_s.arg(c.name).arg(c.id));
    }
    m_out << "script " << s.id << '\n' << "title:      " << s.title << '\n'
          << "logline:    " << s.logline << '\n' << "genre:      " << s.genre << '\n'
          << "tone:       " << s.tone << '\n' << "format:     " << s.format << '\n'
          << "characters: " << names.join(u", "_s) << '\n';
    return CliApp::Success;
}

int ScriptCommand::create(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"title"_s, u"logline"_s, u"genre"_s, u"tone"_s,
                                             u"format"_s, u"character"_s});
        !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2 || !args.has(u"title"_s)) {
        return fail(CliApp::UsageError,
                    u"usage: script create --title T [--logline ..] [--genre G] [--tone T] "
                    "[--format F] [--character ID]..."_s);
    }
    QList<qint64> characters;
    for (const QString &text : args.values(u"character"_s)) {
        const std::optional<qint64> id = parseId(text);
        if (!id) {
            return fail(CliApp::UsageError,
                        u"--character must be a character id, not '%1'"_s.arg(text));
        }
        characters.append(*id);
    }
    Script s;
    s.title = args.value(u"title"_s);
    s.logline = args.value(u"logline"_s);
    s.genre = args.value(u"genre"_s);
    s.tone = args.value(u"tone"_s);
    s.format = args.value(u"format"_s, u"screenplay"_s);
    if (const Result<void> ok = ScriptLibrary::validate(s); !ok) {
        return fail(ok.error()); // before the library is even opened
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<Script> created = ScriptLibrary(**db).createScript(s, characters);
    if (!created) {
        return fail(created.error());
    }
    return print(args, **db, *created);
}

int ScriptCommand::list(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError, u"usage: script list"_s);
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<Script>> all = ScriptLibrary(**db).scripts();
    if (!all) {
        return fail(all.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::array(*all, [](const Script &s) { return LibraryJson::script(s); }));
        return CliApp::Success;
    }
    for (const Script &s : *all) {
        m_out << s.id << '\t' << s.title << '\t' << s.genre << '\t' << s.tone << '\n';
    }
    return CliApp::Success;
}

int ScriptCommand::show(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: script show ID"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<Script> s = ScriptLibrary(**db).script(*id);
    if (!s) {
        return fail(s.error());
    }
    return print(args, **db, *s);
}

int ScriptCommand::remove(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: script delete ID"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    ScriptLibrary library(**db);
    const Result<Script> s = library.script(*id);
    if (!s) {
        return fail(s.error());
    }
    if (const Result<void> ok = library.deleteScript(*id); !ok) {
        return fail(ok.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::script(*s));
    } else {
        m_out << "deleted script " << s->id << " (" << s->title << ")\n";
    }
    return CliApp::Success;
}

int ScriptCommand::link(const Arguments &args, bool attach)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 4) {
        return fail(CliApp::UsageError,
                    u"usage: script %1 ID CHARACTER_ID"_s.arg(attach ? u"attach"_s : u"detach"_s));
    }
    const std::optional<qint64> id = idArgument(args, 2, u"ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    const std::optional<qint64> character = idArgument(args, 3, u"CHARACTER_ID"_s);
    if (!character) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    ScriptLibrary library(**db);
    const Result<void> ok = attach ? library.attach(*id, *character) : library.detach(*id, *character);
    if (!ok) {
        return fail(ok.error());
    }
    const Result<Script> s = library.script(*id);
    if (!s) {
        return fail(s.error());
    }
    return print(args, **db, *s);
}

} // namespace Spielberg
