// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenecommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "generationsession.h"
#include "libraryjson.h"

#include <studio/versionhistory.h>
#include <core/scenesplitter.h>
#include <storage/database.h>

#include <QJsonArray>
#include <QJsonObject>
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
    if (sub == u"lock"_s || sub == u"unlock"_s) {
        return lock(args, sub == u"lock"_s);
    }
    if (sub == u"takes"_s) {
        return takes(args);
    }
    if (sub == u"choose"_s) {
        return choose(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError,
                    u"scene needs a subcommand: list, update, lock, unlock, takes or choose (see --help)"_s);
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
        m_out << s.id << '\t' << s.number << '\t' << SceneSplitter::headingOf(s.content)
              << (s.locked ? "\tlocked" : "") << '\n';
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

int SceneCommand::lock(const Arguments &args, bool locked)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, locked ? u"usage: scene lock SCENE_ID"_s : u"usage: scene unlock SCENE_ID"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"SCENE_ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<Scene> scene = VersionHistory(**db).lockScene(*id, locked);
    if (!scene) {
        return fail(scene.error());
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::scene(*scene));
    } else {
        m_out << "scene " << scene->id << (scene->locked ? " locked" : " unlocked") << '\n';
    }
    return CliApp::Success;
}

int SceneCommand::takes(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: scene takes SCENE_ID"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"SCENE_ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    Result<std::unique_ptr<GenerationSession>> session = GenerationSession::create(args, **db);
    if (!session) {
        return fail(session.error());
    }
    const Result<std::optional<Job>> found = (*session)->jobs().takesOf(*id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(makeError(ErrorCode::NotFound,
                              u"scene %1 has no takes: regenerate it with --takes first"_s.arg(*id)));
    }
    const Job &job = **found;
    if (wantsJson(args)) {
        QJsonArray out;
        for (qsizetype i = 0; i < job.takes.size(); ++i) {
            out.append(QJsonObject{{u"take"_s, int(i + 1)}, {u"job_id"_s, job.id}, {u"content"_s, job.takes[i]}});
        }
        printJson(out);
        return CliApp::Success;
    }
    for (qsizetype i = 0; i < job.takes.size(); ++i) {
        m_out << "take " << i + 1 << " (job " << job.id << ")\n" << job.takes[i]
              << (job.takes[i].endsWith(u'\n') ? "" : "\n") << '\n';
    }
    return CliApp::Success;
}

int SceneCommand::choose(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 4) {
        return fail(CliApp::UsageError, u"usage: scene choose SCENE_ID TAKE"_s);
    }
    const std::optional<qint64> id = idArgument(args, 2, u"SCENE_ID"_s);
    if (!id) {
        return CliApp::UsageError;
    }
    bool numeric = false;
    const int take = args.word(3).toInt(&numeric);
    if (!numeric || take <= 0) {
        return fail(CliApp::UsageError, u"TAKE must be a take number (1, 2, …), not '%1'"_s.arg(args.word(3)));
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    Result<std::unique_ptr<GenerationSession>> session = GenerationSession::create(args, **db);
    if (!session) {
        return fail(session.error());
    }
    const Result<JobDesk::Chosen> chosen = (*session)->jobs().chooseTake(*id, take);
    if (!chosen) {
        return fail(chosen.error());
    }
    const int number = chosen->version ? chosen->version->number : 0;
    if (wantsJson(args)) {
        printJson(LibraryJson::job(chosen->job, number));
    } else if (number > 0) {
        m_out << "take " << take << " of scene " << *id << ": version " << number << '\n';
    }
    if (number == 0) {
        return fail(makeError(ErrorCode::InvalidInput, u"take %1 was not applied: %2"_s.arg(take).arg(chosen->job.conflict)));
    }
    return CliApp::Success;
}

} // namespace Spielberg
