// SPDX-License-Identifier: GPL-3.0-or-later
#include "developcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "generationsession.h"
#include "libraryjson.h"

#include <storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
constexpr auto kUsage = "usage: develop SCRIPT [--prompt P] [--step characters|outline|scenes|all] [--scenes N] "
                        "[--parallel N] [--resume] [--estimate] [--wait]";
} // namespace

DevelopCommand::DevelopCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int DevelopCommand::run(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"prompt"_s, u"step"_s, u"scenes"_s, u"parallel"_s, u"resume"_s,
                                             u"estimate"_s, u"wait"_s});
        !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError, QString::fromLatin1(kUsage));
    }
    const std::optional<qint64> script = idArgument(args, 1, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    StoryEngine::DevelopRequest request;
    request.scriptId = *script;
    request.prompt = args.value(u"prompt"_s);
    request.step = args.value(u"step"_s, u"all"_s);
    for (const auto &[option, target] : {std::pair{u"scenes"_s, &request.scenes}, std::pair{u"parallel"_s, &request.parallel}}) {
        if (!args.has(option)) {
            continue;
        }
        bool ok = false;
        *target = args.value(option).toInt(&ok);
        if (!ok || *target <= 0) {
            return fail(CliApp::UsageError, u"--%1 must be a positive number, not '%2'"_s.arg(option, args.value(option)));
        }
    }
    if (args.has(u"resume"_s) && args.has(u"estimate"_s)) {
        return fail(CliApp::UsageError, u"--resume and --estimate do not go together"_s);
    }

    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    Result<std::unique_ptr<GenerationSession>> session = GenerationSession::create(args, **db);
    if (!session) {
        return fail(session.error());
    }
    JobDesk &jobs = (*session)->jobs();

    if (args.has(u"estimate"_s)) {
        const Result<StoryEngine::Estimate> estimate = jobs.estimate(request);
        if (!estimate) {
            return fail(estimate.error());
        }
        if (wantsJson(args)) {
            printJson(QJsonObject{{u"input_tokens"_s, estimate->inputTokens}, {u"output_tokens"_s, estimate->outputTokens}});
        } else {
            m_out << "about " << estimate->inputTokens << " input and " << estimate->outputTokens
                  << " output tokens (nothing was sent)\n";
        }
        return CliApp::Success;
    }

    Result<Job> run = makeError(ErrorCode::Internal, u"no run"_s);
    if (args.has(u"resume"_s)) {
        // Steps whose runner is gone (killed) are marked interrupted first, then requeued.
        jobs.recoverInterrupted();
        const Result<std::optional<Job>> unfinished = jobs.unfinishedRun(*script);
        if (!unfinished) {
            return fail(unfinished.error());
        }
        if (!*unfinished) {
            return fail(makeError(ErrorCode::NotFound, u"script %1 has no unfinished run to resume"_s.arg(*script)));
        }
        run = jobs.resume((*unfinished)->id);
    } else {
        run = jobs.develop(request);
    }
    if (!run) {
        return fail(run.error());
    }
    if (!args.has(u"wait"_s)) {
        if (wantsJson(args)) {
            printJson(QJsonObject{{u"job_id"_s, run->id}, {u"status"_s, toId(run->status)}});
        } else {
            m_out << run->id << '\n';
        }
        return CliApp::Success;
    }
    const int parallel = GenerationRequest::fromJson(QJsonDocument::fromJson(run->request.toUtf8()).object()).parallel;
    const Job finished = (*session)->runUntilRunEnds(run->id, parallel);
    int versionNumber = 0;
    if (const Result<std::optional<ScriptVersion>> made = jobs.versionOfRun(finished); made && *made) {
        versionNumber = (*made)->number;
    }
    const Result<QList<Job>> steps = jobs.steps(finished.id);
    if (wantsJson(args)) {
        QJsonObject out{{u"job_id"_s, finished.id},
                        {u"status"_s, toId(finished.status)},
                        {u"version_number"_s, versionNumber > 0 ? QJsonValue(versionNumber) : QJsonValue()},
                        {u"children"_s, LibraryJson::array(steps ? *steps : QList<Job>{}, &LibraryJson::step)},
                        {u"input_tokens"_s, finished.inputTokens},
                        {u"output_tokens"_s, finished.outputTokens}};
        if (!finished.error.isEmpty()) {
            out.insert(u"error"_s, finished.error);
        }
        printJson(out);
    } else {
        m_out << "run " << finished.id << ' ' << toId(finished.status) << " (" << finished.inputTokens << " input, "
              << finished.outputTokens << " output tokens)";
        if (versionNumber > 0) {
            m_out << ": version " << versionNumber;
        }
        m_out << '\n';
        for (const Job &step : steps ? *steps : QList<Job>{}) {
            m_out << "  " << toId(step.kind);
            if (step.sceneNumber > 0) {
                m_out << ' ' << step.sceneNumber;
            }
            m_out << '\t' << toId(step.status) << '\t' << step.id << '\n';
            for (const QString &finding : step.findings) {
                m_out << "    ! " << finding << '\n';
            }
        }
    }
    if (finished.status != JobStatus::Completed) {
        m_err << "spielberg-cli: run " << finished.id << ' ' << toId(finished.status) << ": "
              << QString(finished.error).replace(u'\n', u' ') << Qt::endl;
        return CliApp::RuntimeError;
    }
    return CliApp::Success;
}

} // namespace Spielberg
