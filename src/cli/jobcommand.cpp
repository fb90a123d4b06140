// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "generationsession.h"
#include "libraryjson.h"

#include <storage/database.h>
#include <core/catalog.h>
#include <studio/versionhistory.h>

#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

JobCommand::JobCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int JobCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    static const QStringList kSubs{u"list"_s, u"show"_s, u"cancel"_s, u"retry"_s, u"continue"_s, u"run"_s};
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"job needs a subcommand: list, show, cancel, retry, continue or run (see --help)"_s);
    }
    if (!kSubs.contains(sub)) {
        return fail(CliApp::UsageError, u"unknown job subcommand '%1' (see --help)"_s.arg(sub));
    }
    const QStringList allowed = sub == u"list"_s ? QStringList{u"status"_s}
        : sub == u"run"_s                        ? QStringList{u"until-empty"_s}
                                                 : QStringList{};
    if (const Result<void> ok = args.accept(allowed); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    const bool takesId = sub != u"list"_s && sub != u"run"_s;
    if (args.words().size() != (takesId ? 3 : 2)) {
        return fail(CliApp::UsageError, takesId ? u"usage: job %1 ID"_s.arg(sub) : u"usage: job %1"_s.arg(sub));
    }
    Result<std::unique_ptr<Database>> db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    // Opening the queue marks jobs of programs that died `interrupted`, so every listing tells
    // the truth about them.
    Result<std::unique_ptr<GenerationSession>> session = GenerationSession::create(args, **db);
    if (!session) {
        return fail(session.error());
    }
    JobDesk &jobs = (*session)->jobs();
    jobs.recoverInterrupted();
    auto versionOf = [&](const Job &job) {
        const Result<std::optional<ScriptVersion>> made =
            job.kind == JobKind::Develop ? jobs.versionOfRun(job) : VersionHistory(**db).versionOfJob(job.id);
        return made && *made ? (*made)->number : 0;
    };

    if (sub == u"list"_s) {
        std::optional<JobStatus> status;
        if (args.has(u"status"_s)) {
            const QString id = args.value(u"status"_s);
            if (const Result<void> ok = Catalog::check(u"job status", id, Catalog::jobStatuses()); !ok) {
                return fail(ok.error());
            }
            status = fromId<JobStatus>(id);
        }
        const Result<QList<Job>> list = jobs.jobs(status);
        if (!list) {
            return fail(list.error());
        }
        if (wantsJson(args)) {
            QJsonArray out;
            for (const Job &job : *list) {
                out.append(LibraryJson::job(job, versionOf(job)));
            }
            printJson(out);
            return CliApp::Success;
        }
        for (const Job &job : *list) {
            m_out << job.id << '\t' << toId(job.kind) << '\t' << toId(job.status) << '\t'
                  << job.createdAt.toString(Qt::ISODate) << '\t' << job.inputTokens << '+' << job.outputTokens
                  << " tokens\n";
        }
        return CliApp::Success;
    }
    if (sub == u"run"_s) {
        (*session)->runQueue(args.has(u"until-empty"_s));
        return CliApp::Success;
    }

    const QString id = args.word(2);
    Result<Job> job = jobs.job(id);
    if (!job) {
        return fail(job.error());
    }
    if (sub == u"cancel"_s || sub == u"retry"_s || sub == u"continue"_s) {
        job = sub == u"cancel"_s ? jobs.cancel(id) : sub == u"retry"_s ? jobs.retry(id) : jobs.continueJob(id);
        if (!job) {
            return fail(job.error());
        }
    }
    const Result<QList<Job>> steps = job->kind == JobKind::Develop ? jobs.steps(job->id) : Result<QList<Job>>(QList<Job>{});
    if (wantsJson(args)) {
        QJsonObject out = LibraryJson::job(*job, versionOf(*job));
        if (job->kind == JobKind::Develop) {
            out.insert(u"children"_s, LibraryJson::array(steps ? *steps : QList<Job>{}, &LibraryJson::step));
        }
        printJson(out);
        return CliApp::Success;
    }
    m_out << "job " << job->id << '\n'
          << "kind:     " << toId(job->kind) << '\n'
          << "status:   " << toId(job->status) << '\n'
          << "model:    " << job->provider << ' ' << job->model << '\n'
          << "attempts: " << job->attempts << '\n'
          << "tokens:   " << job->inputTokens << " input, " << job->outputTokens << " output\n";
    if (!job->error.isEmpty()) {
        m_out << "error:    " << job->error << '\n';
    }
    if (const int v = versionOf(*job); v > 0) {
        m_out << "version:  " << v << '\n';
    }
    if (!job->conflict.isEmpty()) {
        m_out << "conflict: " << job->conflict << '\n';
    }
    for (const QString &finding : job->findings) {
        m_out << "finding:  " << finding << '\n';
    }
    if (!job->takes.isEmpty()) {
        m_out << "takes:    " << job->takes.size() << " (scene takes " << job->sceneId << ")\n";
    }
    if (job->kind == JobKind::Develop) {
        m_out << "steps:\n";
        for (const Job &step : steps ? *steps : QList<Job>{}) {
            m_out << "  " << toId(step.kind);
            if (step.sceneNumber > 0) {
                m_out << ' ' << step.sceneNumber;
            }
            m_out << '\t' << toId(step.status) << '\t' << step.id << '\n';
        }
        return CliApp::Success;
    }
    const QString text = job->result.isEmpty() ? job->partial : job->result;
    if (!text.isEmpty()) {
        m_out << '\n' << text << (text.endsWith(u'\n') ? "" : "\n");
    }
    return CliApp::Success;
}

} // namespace Spielberg
