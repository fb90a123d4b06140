// SPDX-License-Identifier: GPL-3.0-or-later
#include "charactercommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/scriptlibrary.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QStringList kFields{u"name"_s, u"personality"_s, u"goals"_s, u"voice"_s, u"backstory"_s};

QString *field(Character &c, const QString &name)
{
    if (name == u"name"_s) {
        return &c.name;
    }
    if (name == u"personality"_s) {
        return &c.personality;
    }
    if (name == u"goals"_s) {
        return &c.goals;
    }
    if (name == u"voice"_s) {
        return &c.voice;
    }
    return &c.backstory;
}
} // namespace

CharacterCommand::CharacterCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int CharacterCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"add"_s) {
        return add(args);
    }
    if (sub == u"list"_s) {
        return list(args);
    }
    if (sub == u"show"_s) {
        return show(args);
    }
    if (sub == u"update"_s) {
        return update(args);
    }
    if (sub == u"delete"_s) {
        return remove(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError,
                    u"character needs a subcommand: add, list, show, update or delete (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown character subcommand '%1' (see --help)"_s.arg(sub));
}

void CharacterCommand::print(const Arguments &args, const Character &c)
{
    if (wantsJson(args)) {
        printJson(LibraryJson::character(c));
        return;
    }
    m_out << "character " << c.id << '\n' << "name:        " << c.name << '\n'
          << "personality: " << c.personality << '\n' << "goals:       " << c.goals << '\n'
          << "voice:       " << c.voice << '\n' << "backstory:   " << c.backstory << '\n';
}

int CharacterCommand::add(const Arguments &args)
{
    if (const Result<void> ok = args.accept(kFields); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2 || !args.has(u"name"_s)) {
        return fail(CliApp::UsageError,
                    u"usage: character add --name N [--personality ..] [--goals ..] [--voice ..] "
                    "[--backstory ..]"_s);
    }
    Character c;
    for (const QString &name : kFields) {
        *field(c, name) = args.value(name);
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<Character> created = ScriptLibrary(**db).createCharacter(c);
    if (!created) {
        return fail(created.error());
    }
    print(args, *created);
    return CliApp::Success;
}

int CharacterCommand::list(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError, u"usage: character list"_s);
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<Character>> all = ScriptLibrary(**db).characters();
    if (!all) {
        return fail(all.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::array(*all, &LibraryJson::character));
        return CliApp::Success;
    }
    for (const Character &c : *all) {
        m_out << c.id << '\t' << c.name << '\n';
    }
    return CliApp::Success;
}

int CharacterCommand::show(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: character show ID"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<Character> c = ScriptLibrary(**db).character(*id);
    if (!c) {
        return fail(c.error());
    }
    print(args, *c);
    return CliApp::Success;
}

int CharacterCommand::update(const Arguments &args)
{
    if (const Result<void> ok = args.accept(kFields); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    bool any = false;
    for (const QString &name : kFields) {
        any = any || args.has(name);
    }
    if (args.words().size() != 3 || !any) {
        return fail(CliApp::UsageError,
                    u"usage: character update ID [--name ..] [--personality ..] [--goals ..] "
                    "[--voice ..] [--backstory ..] (at least one)"_s);
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
    Result<Character> c = library.character(*id);
    if (!c) {
        return fail(c.error());
    }
    for (const QString &name : kFields) {
        if (args.has(name)) {
            *field(*c, name) = args.value(name);
        }
    }
    const Result<Character> updated = library.editCharacter(*c);
    if (!updated) {
        return fail(updated.error());
    }
    print(args, *updated);
    return CliApp::Success;
}

int CharacterCommand::remove(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: character delete ID"_s);
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
    const Result<Character> c = library.character(*id);
    if (!c) {
        return fail(c.error());
    }
    if (const Result<void> ok = library.deleteCharacter(*id); !ok) {
        return fail(ok.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::character(*c));
    } else {
        m_out << "deleted character " << c->id << " (" << c->name << ")\n";
    }
    return CliApp::Success;
}

} // namespace Spielberg
