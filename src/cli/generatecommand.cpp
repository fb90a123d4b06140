// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "generationsession.h"
#include "libraryjson.h"

#include <studio/versionhistory.h>
#include <storage/database.h>

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

GenerateCommand::GenerateCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int GenerateCommand::run(const Arguments &args)
{
    const QString command = args.word(0);
    GenerationRequest request;
    QStringList allowed{u"prompt"_s, u"wait"_s};
    QString usage;
    if (command == u"generate"_s) {
        request.kind = JobKind::Script;
        usage = u"usage: generate SCRIPT --prompt P [--wait]"_s;
    } else if (command == u"regenerate-scene"_s) {
        request.kind = JobKind::Scene;
        allowed << u"takes"_s;
        usage = u"usage: regenerate-scene SCENE_ID [--prompt P] [--takes K] [--wait]"_s;
    } else {
        request.kind = JobKind::Quick;
        allowed << u"format"_s << u"genre"_s << u"tone"_s << u"character"_s;
        usage = u"usage: quick --prompt P [--format F] [--genre G] [--tone T] [--character ID]... [--wait]"_s;
    }
    if (const Result<void> ok = args.accept(allowed); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    const int words = request.kind == JobKind::Quick ? 1 : 2;
    if (args.words().size() != words || (request.kind != JobKind::Scene && !args.has(u"prompt"_s))) {
        return fail(CliApp::UsageError, usage);
    }
    request.prompt = args.value(u"prompt"_s);
    if (request.kind == JobKind::Script) {
        const std::optional<qint64> id = idArgument(args, 1, u"SCRIPT"_s);
        if (!id) {
            return CliApp::UsageError;
        }
        request.scriptId = *id;
    } else if (request.kind == JobKind::Scene) {
        const std::optional<qint64> id = idArgument(args, 1, u"SCENE_ID"_s);
        if (!id) {
            return CliApp::UsageError;
        }
        request.sceneId = *id;
        if (args.has(u"takes"_s)) {
            bool ok = false;
            request.takes = args.value(u"takes"_s).toInt(&ok);
            if (!ok || request.takes < 1 || request.takes > 5) {
                return fail(CliApp::UsageError, u"--takes must be a number from 1 to 5, not '%1'"_s.arg(args.value(u"takes"_s)));
            }
        }
    } else {
        request.format = args.value(u"format"_s, u"screenplay"_s);
        request.genre = args.value(u"genre"_s);
        request.tone = args.value(u"tone"_s);
        for (const QString &text : args.values(u"character"_s)) {
            const std::optional<qint64> id = parseId(text);
            if (!id) {
                return fail(CliApp::UsageError, u"--character needs a character id, not '%1'"_s.arg(text));
            }
            request.characterIds.append(*id);
        }
    }

    Result<std::unique_ptr<Database>> db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    Result<std::unique_ptr<GenerationSession>> session = GenerationSession::create(args, **db);
    if (!session) {
        return fail(session.error());
    }
    const Result<Job> queued = (*session)->jobs().enqueue(request);
    if (!queued) {
        return fail(queued.error());
    }
    if (!args.has(u"wait"_s)) {
        if (wantsJson(args)) {
            printJson(QJsonObject{{u"job_id"_s, queued->id}, {u"status"_s, toId(queued->status)}});
        } else {
            m_out << queued->id << '\n';
        }
        return CliApp::Success;
    }
    const Job finished = (*session)->runUntilFinished(queued->id);
    int versionNumber = 0;
    if (const Result<std::optional<ScriptVersion>> made = VersionHistory(**db).versionOfJob(finished.id); made && *made) {
        versionNumber = (*made)->number;
    }
    if (wantsJson(args)) {
        printJson(LibraryJson::job(finished, versionNumber));
    } else if (finished.status == JobStatus::Completed) {
        m_out << "job " << finished.id << " completed (" << finished.inputTokens << " input, "
              << finished.outputTokens << " output tokens)";
        if (versionNumber > 0) {
            m_out << ": version " << versionNumber;
        } else if (!finished.takes.isEmpty()) {
            m_out << ": " << finished.takes.size() << " takes (scene takes " << finished.sceneId << ")";
        } else if (!finished.conflict.isEmpty()) {
            m_out << ": no version, " << finished.conflict;
        }
        m_out << '\n';
        if (finished.kind == JobKind::Quick) {
            m_out << finished.result;
        }
    }
    if (finished.status != JobStatus::Completed) {
        m_err << "spielberg-cli: job " << finished.id << " " << toId(finished.status) << ": "
              << QString(finished.error).replace(u'\n', u' ') << Qt::endl;
        return CliApp::RuntimeError;
    }
    return CliApp::Success;
}

} // namespace Spielberg
