// SPDX-License-Identifier: GPL-3.0-or-later
// A 40-scene story-engine run (cast, outline, 40 scenes) against the local double streaming at
// a realistic 60 tokens/s, 4 scenes at once: wall time against the ideal (each step's output
// tokens over the rate, the scenes divided by the parallelism), and the longest event-loop
// stall seen by a 1 ms timer while it runs (the GUI thread's budget is one frame, 16 ms).
// SPIELBERG_BENCH_SCENES, SPIELBERG_BENCH_PARALLEL and SPIELBERG_BENCH_RATE change the run.
#include "fakeprovider.h"
#include "fakescenario.h"

#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <generation/storyengine.h>
#include <storage/database.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scriptstore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spielberg;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int kTokensPerSecond = qEnvironmentVariableIntValue("SPIELBERG_BENCH_RATE") > 0
        ? qEnvironmentVariableIntValue("SPIELBERG_BENCH_RATE") : 60;
    const int scenes = qEnvironmentVariableIntValue("SPIELBERG_BENCH_SCENES") > 0
        ? qEnvironmentVariableIntValue("SPIELBERG_BENCH_SCENES") : 40;
    const int parallel = qEnvironmentVariableIntValue("SPIELBERG_BENCH_PARALLEL") > 0
        ? qEnvironmentVariableIntValue("SPIELBERG_BENCH_PARALLEL") : 4;
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "bench_storyengine: %s\n", qPrintable(db.error().message));
        return 1;
    }
    LibraryNotifier notifier;
    Script script;
    script.title = u"Bench Harbour"_s;
    script.logline = u"A keeper's daughter exposes the smugglers her father works for."_s;
    script.genre = u"thriller"_s;
    script.tone = u"tense"_s;
    const Result<Script> created = ScriptStore(**db).create(script);

    // The double writes its answers on a thread of its own, as a remote model would: what the
    // stall measures is this process's work, not the double's.
    QThread providerThread;
    providerThread.start();
    auto *provider = new Test::FakeProvider;
    provider->moveToThread(&providerThread);
    Test::FakeScenario story = Test::FakeScenario::story();
    story.tokensPerSecond = kTokensPerSecond;
    QString baseUrl;
    QMetaObject::invokeMethod(provider, [&] {
        provider->listen();
        provider->setDefaultScenario(story);
        baseUrl = provider->anthropicBaseUrl();
    }, Qt::BlockingQueuedConnection);
    auto stopProvider = qScopeGuard([&] {
        QMetaObject::invokeMethod(provider, [provider] { delete provider; }, Qt::BlockingQueuedConnection);
        providerThread.quit();
        providerThread.wait();
    });
    MemoryCredentials keys;
    keys.write(u"anthropic"_s, u"bench-key"_s, &app, [](Result<void>) {});
    QNetworkAccessManager network;
    JobQueue queue(**db, &notifier, &keys, &network);
    JobQueueSettings settings;
    settings.concurrency = parallel;
    settings.pollMs = 200;
    queue.setSettings(settings);
    ProviderConfig config;
    config.baseUrl = baseUrl;
    config.model = u"bench"_s;
    queue.setProvider(config);
    StoryEngine engine(**db, &notifier, &queue);

    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestStall = std::max(longestStall, sinceTick.elapsed());
        sinceTick.restart();
    });
    const Result<Job> run = engine.develop({created->id, {}, u"all"_s, scenes, parallel});
    if (!run) {
        std::fprintf(stderr, "bench_storyengine: %s\n", qPrintable(run.error().message));
        return 1;
    }
    Job ended;
    QObject::connect(&engine, &StoryEngine::runChanged, &app, [&](const Job &job) {
        if (job.id == run->id && job.status != JobStatus::Running) {
            ended = job;
            QCoreApplication::quit();
        }
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start(1);
    queue.start();
    QCoreApplication::exec();
    const double wall = double(clock.elapsed()) / 1000.0;

    double ideal = 0;
    const Result<QList<Job>> steps = JobStore(**db).children(run->id);
    for (const Job &step : steps ? *steps : QList<Job>{}) {
        const double seconds = double(step.outputTokens) / kTokensPerSecond;
        ideal += step.kind == JobKind::SceneDraft ? seconds / parallel : seconds;
    }
    std::printf("story_run_wall_s %.1f s -\n", wall);
    std::printf("story_run_ideal_s %.1f s -\n", ideal);
    std::printf("story_run_wall_over_ideal %.2f x <=1.25\n", ideal > 0 ? wall / ideal : 0.0);
    std::printf("story_run_longest_stall_ms %lld ms <=16\n", static_cast<long long>(longestStall));
    std::printf("story_run_output_tokens %lld tokens -\n", static_cast<long long>(ended.outputTokens));
    return ended.status == JobStatus::Completed ? 0 : 1;
}
