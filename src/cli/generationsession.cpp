// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationsession.h"

#include "arguments.h"

#include <generation/generationsettings.h>
#include <storage/database.h>

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Spielberg {

GenerationSession::GenerationSession(Database &database)
    : m_database(database)
    , m_credentials(&m_keychain)
{
}

Result<std::unique_ptr<GenerationSession>> GenerationSession::create(const Arguments &args, Database &database)
{
    std::unique_ptr<GenerationSession> session(new GenerationSession(database));
    const QSettings settings;
    ProviderConfig config = GenerationSettings::provider(settings);
    if (args.has(u"provider"_s)) {
        const std::optional<ProviderConfig::Kind> kind = ProviderConfig::kindFromName(args.value(u"provider"_s));
        if (!kind) {
            return makeError(ErrorCode::InvalidInput,
                             u"unknown provider '%1' (choose anthropic or openai)"_s.arg(args.value(u"provider"_s)));
        }
        if (*kind != config.kind) {
            config.kind = *kind;
            config.baseUrl = ProviderConfig::defaultBaseUrl(*kind);
            config.model.clear(); // a model of the other provider would not exist there
        }
    }
    if (args.has(u"base-url"_s)) {
        config.baseUrl = args.value(u"base-url"_s);
    }
    if (args.has(u"model"_s)) {
        config.model = args.value(u"model"_s);
    }
    if (Result<void> ok = ProviderConfig::checkBaseUrl(config.baseUrl); !ok) {
        return ok.error();
    }
    session->m_jobs = std::make_unique<JobDesk>(database, &session->m_notifier, &session->m_credentials,
                                                &session->m_network);
    JobQueueSettings queueSettings = GenerationSettings::queue(settings);
    session->m_jobs->setSettings(queueSettings);
    session->m_jobs->setProvider(config);
    return session;
}

Job GenerationSession::runUntilFinished(const QString &id)
{
    QEventLoop loop;
    Job finished;
    QObject::connect(m_jobs.get(), &JobDesk::jobFinished, &loop, [&](const Job &job) {
        if (job.id == id) {
            finished = job;
            loop.quit();
        }
    });
    m_jobs->start(id);
    // The job may already be over (cancelled meanwhile, or not pending at all).
    const Result<Job> now = m_jobs->job(id);
    if (now && now->status != JobStatus::Pending && now->status != JobStatus::Running) {
        return *now;
    }
    if (!m_jobs->runningIds().contains(id)) {
        return now ? *now : Job{};
    }
    loop.exec();
    return finished;
}

Job GenerationSession::runUntilRunEnds(const QString &runId, int parallel)
{
    JobQueueSettings settings = m_jobs->settings();
    settings.concurrency = std::max(settings.concurrency, parallel);
    m_jobs->setSettings(settings);
    QEventLoop loop;
    Job run;
    auto ended = [this, &run, &runId] {
        // Steps another process ran end without a signal here: look at the rows.
        const Result<Job> now = m_jobs->advance(runId);
        if (!now) {
            return true;
        }
        run = *now;
        return run.status != JobStatus::Running && run.status != JobStatus::Pending;
    };
    QObject::connect(m_jobs.get(), &JobDesk::jobFinished, &loop, [&] {
        QTimer::singleShot(0, &loop, [&] {
            if (ended()) {
                loop.quit();
            }
        });
    });
    m_jobs->start(runId);
    if (ended()) {
        return run;
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (ended()) {
            loop.quit();
        }
    });
    poll.start(500);
    loop.exec();
    const Result<Job> last = m_jobs->job(runId);
    return last ? *last : run;
}

void GenerationSession::runQueue(bool untilEmpty)
{
    QEventLoop loop;
    auto checkEmpty = [this, &loop, untilEmpty] {
        if (!untilEmpty || m_jobs->runningCount() > 0) {
            return;
        }
        const Result<QList<Job>> pending = m_jobs->jobs(JobStatus::Pending);
        if (pending && pending->isEmpty()) {
            loop.quit();
        }
    };
    QObject::connect(m_jobs.get(), &JobDesk::jobFinished, &loop, [checkEmpty] {
        QTimer::singleShot(50, checkEmpty);
    });
    m_jobs->start();
    QTimer idle;
    QObject::connect(&idle, &QTimer::timeout, &loop, checkEmpty);
    idle.start(250);
    checkEmpty();
    loop.exec();
}

} // namespace Spielberg
