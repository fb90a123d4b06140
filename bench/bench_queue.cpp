// SPDX-License-Identifier: GPL-3.0-or-later
// 1,000 generation jobs through the JobQueue against the local double on loopback, four at a
// time: jobs per second, the queue's overhead per job, and the longest event-loop stall seen by
// a 1 ms timer while it runs (the GUI thread's budget is one frame, 16 ms).
#include "fakeprovider.h"
#include "fakescenario.h"

#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <storage/database.h>
#include <storage/librarynotifier.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spielberg;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = qEnvironmentVariableIntValue("SPIELBERG_BENCH_JOBS") > 0
        ? qEnvironmentVariableIntValue("SPIELBERG_BENCH_JOBS")
        : 1000;
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "bench_queue: %s\n", qPrintable(db.error().message));
        return 1;
    }
    LibraryNotifier notifier;
    Script script;
    script.title = u"Bench"_s;
    const Result<Script> created = ScriptStore(**db).create(script);
    (void)VersionStore(**db).create(created->id, u"INT. ROOM - DAY\n\nStart.\n"_s);

    Test::FakeProvider fake;
    fake.listen();
    fake.setDefaultScenario(Test::FakeScenario::answer(
        u"INT. ROOM - DAY\n\nA new draft of the scene, a few lines long.\n\nEXT. STREET - NIGHT\n\nRain.\n"_s, 900, 40));
    MemoryCredentials keys;
    keys.write(u"anthropic"_s, u"bench-key"_s, &app, [](Result<void>) {});
    QNetworkAccessManager network;
    JobQueue queue(**db, &notifier, &keys, &network);
    JobQueueSettings settings;
    settings.concurrency = 4;
    settings.pollMs = 50;
    queue.setSettings(settings);
    ProviderConfig config;
    config.baseUrl = fake.anthropicBaseUrl();
    config.model = u"bench"_s;
    queue.setProvider(config);

    // Quick jobs keep the library small; every tenth is a script job, which makes a version.
    for (int i = 0; i < total; ++i) {
        GenerationRequest request;
        request.kind = i % 10 == 0 ? JobKind::Script : JobKind::Quick;
        request.scriptId = created->id;
        request.prompt = u"Job %1"_s.arg(i);
        if (!queue.enqueue(request)) {
            std::fprintf(stderr, "bench_queue: could not queue\n");
            return 1;
        }
    }

    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestStall = std::max(longestStall, sinceTick.elapsed());
        sinceTick.restart();
    });
    int finished = 0;
    int failed = 0;
    QElapsedTimer clock;
    QObject::connect(&queue, &JobQueue::jobFinished, &app, [&](const Job &job) {
        ++finished;
        failed += job.status == JobStatus::Completed ? 0 : 1;
        if (finished == total) {
            QCoreApplication::quit();
        }
    });
    clock.start();
    sinceTick.start();
    ticker.start(1);
    queue.start();
    QCoreApplication::exec();
    const double seconds = double(clock.elapsed()) / 1000.0;

    std::printf("queue_jobs_per_s %.1f jobs/s -\n", total / seconds);
    std::printf("queue_ms_per_job %.2f ms -\n", 1000.0 * seconds / total * settings.concurrency);
    std::printf("queue_longest_stall_ms %lld ms <=16\n", static_cast<long long>(longestStall));
    std::printf("queue_failed_jobs %d jobs 0\n", failed);
    return failed == 0 ? 0 : 1;
}
