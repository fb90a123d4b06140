// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenecommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "libraryjson.h"

#include <studio/versionhistory.h>
#include <core/scenesplitter.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

SceneCommand::SceneCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int SceneCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"list"_s) {
        return list(args);
    }
    if (sub == u"update"_s) {
        return update(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"scene needs a subcommand: list or update (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown scene subcommand '%1' (see --help)"_s.arg(sub));
}

int SceneCommand::list(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"version"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: scene list SCRIPT [--version N]"_s);
    }
    const std::optional<qint64> script = idArgument(args, 2, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    int number = 0; // the newest
    if (args.has(u"version"_s)) {
        bool ok = false;
        number = args.value(u"version"_s).toInt(&ok);
        if (!ok || number <= 0) {
            return fail(CliApp::UsageError,
                        u"--version must be a version number (1, 2, …), not '%1'"_s.arg(
                            args.value(u"version"_s)));
        }
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<QList<Scene>> scenes = VersionHistory(**db).scenes(*script, number);
    if (!scenes) {
        return fail(scenes.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::array(*scenes, &LibraryJson::scene));
        return CliApp::Success;
    }
    for (const Scene &s : *scenes) {
        m_out << s.id << '\t' << s.number << '\t' << SceneSplitter::headingOf(s.content) << '\n';
        for (const auto &[label, value] : {std::pair{u"setting"_s, s.setting},
                                           std::pair{u"goal"_s, s.goal},
                                           std::pair{u"tension"_s, s.tension},
                                           std::pair{u"tone"_s, s.tone}}) {
            if (!value.isEmpty()) {
                m_out << "\t\t" << label << ": " << value << '\n';
            }
        }
    }
    return CliApp::Success;
}

int SceneCommand::update(const Arguments &args)
{
    const QStringList fields{u"setting"_s, u"goal"_s, u"tension"_s, u"tone"_s};
    if (const Result<void> ok = args.accept(fields); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    bool any = false;
    for (const QString &field : fields) {
        any = any || args.has(field);
    }
    if (args.words().size() != 3 || !any) {
        return fail(CliApp::UsageError, u"usage: scene update SCENE_ID [--setting ..] [--goal ..] "
                                        "[--tension ..] [--tone ..] (at least one)"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"SCENE_ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    VersionHistory history(**db);
    Result<Scene> scene = history.scene(*id);
    if (!scene) {
        return fail(scene.error());
    }
    scene->setting = args.value(u"setting"_s, scene->setting);
    scene->goal = args.value(u"goal"_s, scene->goal);
    scene->tension = args.value(u"tension"_s, scene->tension);
    scene->tone = args.value(u"tone"_s, scene->tone);
    const Result<Scene> updated = history.editScene(*scene);
    if (!updated) {
        return fail(updated.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::scene(*updated));
    } else {
        m_out << "scene " << updated->id << '\n' << "setting: " << updated->setting << '\n'
              << "goal:    " << updated->goal << '\n' << "tension: " << updated->tension << '\n'
              << "tone:    " << updated->tone << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
