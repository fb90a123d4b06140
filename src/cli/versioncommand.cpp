// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioncommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/versionhistory.h>
#include <core/fountainparser.h>
#include <storage/database.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

VersionCommand::VersionCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int VersionCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"list"_s) {
        return list(args);
    }
    if (sub == u"show"_s) {
        return show(args);
    }
    if (sub == u"add"_s) {
        return add(args);
    }
    if (sub == u"restore"_s) {
        return restore(args);
    }
    if (sub == u"diff"_s) {
        return diff(args);
    }
    if (sub == u"lock"_s) {
        return lock(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"version needs a subcommand: list, show, add, restore, "
                                        "diff or lock (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown version subcommand '%1' (see --help)"_s.arg(sub));
}

std::optional<int> VersionCommand::number(const Arguments &args, int index, const QString &name)
{
    bool ok = false;
    const int n = args.word(index).toInt(&ok);
    if (!ok || n <= 0) {
        fail(CliApp::UsageError,
             u"%1 must be a version number (1, 2, …), not '%2'"_s.arg(name, args.word(index)));
        return std::nullopt;
    }
    return n;
}

int VersionCommand::list(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: version list SCRIPT"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<ScriptVersion>> all = VersionHistory(**db).versions(*script);
    if (!all) {
        return fail(all.error());
    }
    // The version locked as the white draft (`version lock`), 0 when none is.
    const Result<int> locked = VersionHistory(**db).lockedBase(*script);
    if (!locked) {
        return fail(locked.error());
    }
    if (wantsJson(args)) {
        QJsonArray versions;
        for (const ScriptVersion &v : *all) {
            QJsonObject o = LibraryJson::version(v);
            o.insert(u"locked"_s, v.number == *locked);
            versions.append(o);
        }
        printJson(versions);
        return CliApp::Success;
    }
    for (const ScriptVersion &v : *all) {
        m_out << v.number << '\t' << v.createdAt.toString(Qt::ISODate) << '\t' << toId(v.origin);
        if (v.parentNumber > 0) {
            m_out << " (from " << v.parentNumber << ')';
        }
        if (v.number == *locked) {
            m_out << " (locked)";
        }
        m_out << '\t' << v.note << '\n';
    }
    return CliApp::Success;
}

int VersionCommand::show(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3 && args.words().size() != 4) {
        return fail(CliApp::UsageError, u"usage: version show SCRIPT [N]"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    int n = 0; // the newest
    if (args.words().size() == 4) {
        const std::optional<int> given = number(args, 3, u"N"_s);
        if (!given) {
            return CliApp::UsageError;
        }
        n = *given;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<ScriptVersion> v = VersionHistory(**db).version(*script, n);
    if (!v) {
        return fail(v.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::version(*v));
    } else {
        m_out << v->content; // the Fountain text itself, ready to redirect into a file
    }
    return CliApp::Success;
}

int VersionCommand::add(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"file"_s, u"note"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3 || !args.has(u"file"_s)) {
        return fail(CliApp::UsageError, u"usage: version add SCRIPT --file F [--note ..]"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    const QString path = args.value(u"file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(CliApp::RuntimeError,
                    u"--file: cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    const Result<QString> text = FountainParser::decode(file.readAll());
    if (!text) {
        return fail(CliApp::RuntimeError, u"--file %1: %2"_s.arg(path, text.error().message));
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    // The writer's own text brought in from a file: a manual version (`import` makes scripts).
    const Result<ScriptVersion> v =
        VersionHistory(**db).addVersion(*script, *text, args.value(u"note"_s));
    if (!v) {
        return fail(v.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::version(*v));
    } else {
        m_out << "added version " << v->number << " of script " << v->scriptId << '\n';
    }
    return CliApp::Success;
}

int VersionCommand::restore(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 4) {
        return fail(CliApp::UsageError, u"usage: version restore SCRIPT N"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    const std::optional<int> n = number(args, 3, u"N"_s);
    if (!n) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<ScriptVersion> v = VersionHistory(**db).restoreVersion(*script, *n);
    if (!v) {
        return fail(v.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::version(*v));
    } else {
        m_out << "restored version " << *n << " as version " << v->number << " of script "
              << v->scriptId << '\n';
    }
    return CliApp::Success;
}

int VersionCommand::lock(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 4) {
        return fail(CliApp::UsageError, u"usage: version lock SCRIPT N"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    const std::optional<int> n = number(args, 3, u"N"_s);
    if (!n) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<ScriptVersion> v = VersionHistory(**db).lockVersion(*script, *n);
    if (!v) {
        return fail(v.error());
    }
    if (wantsJson(args)) {
        QJsonObject object = LibraryJson::version(*v);
        object.insert(u"locked"_s, true);
        printJson(object);
    } else {
        m_out << "version " << v->number << " of script " << v->scriptId
              << " is the locked base: export --revision-base " << v->number << " marks what changed since\n";
    }
    return CliApp::Success;
}

int VersionCommand::diff(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 5) {
        return fail(CliApp::UsageError, u"usage: version diff SCRIPT A B"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    const std::optional<int> a = number(args, 3, u"A"_s);
    if (!a) {
        return CliApp::UsageError;
    }
    const std::optional<int> b = number(args, 4, u"B"_s);
    if (!b) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<DiffLine>> lines = VersionHistory(**db).diff(*script, *a, *b);
    if (!lines) {
        return fail(lines.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::diff(*lines));
    } else {
        m_out << LineDiff::unified(*lines, u"script %1 version %2"_s.arg(*script).arg(*a),
                                   u"script %1 version %2"_s.arg(*script).arg(*b));
    }
    return CliApp::Success;
}

} // namespace Spielberg
