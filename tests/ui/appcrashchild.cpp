// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_appcrash: the app's own parts at work until SIGKILL stops them. It opens the
// library, starts a generation job streaming slowly from an in-process provider double, opens
// the script in a ScriptView and types into it; after each autosave committed it prints
// "draft <length> <sha256 of the stored draft>", flushed, and "running <job id>" once the job
// streams. Usage: spielberg-appcrashchild LIBRARY
#include "../teststores.h"
#include <fakeprovider.h>

#include <generation/credentialstore.h>
#include <generation/jobqueue.h>
#include <storage/draftstore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/editor/draftautosaver.h>
#include <ui/fountaineditor.h>
#include <ui/pages/scriptview.h>
#include <studio/studio.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QTimer>

#include <cstdio>

using Spielberg::Test::TestStores;

using namespace Qt::StringLiterals;
using namespace Spielberg;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: spielberg-appcrashchild LIBRARY\n");
        return 2;
    }
    Test::FakeProvider fake;
    if (!fake.listen()) {
        return 1;
    }
    QString answer;
    for (int i = 0; i < 400; ++i) {
        answer += u"INT. ROOM %1 - NIGHT\n\nThe clock ticks.\n\n"_s.arg(i);
    }
    fake.setDefaultScenario(Test::FakeScenario::answer(answer, 100, 4000).trickle(15));
    MemoryCredentials keys;
    keys.write(u"anthropic"_s, u"sk-crash"_s, &app, [](Result<void>) {});
    Result<std::unique_ptr<Studio>> opened = Studio::open(QString::fromLocal8Bit(argv[1]), &keys);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Studio &s = **opened;
    ProviderConfig provider;
    provider.baseUrl = fake.anthropicBaseUrl();
    provider.model = u"claude-crash"_s;
    s.jobs().setProvider(provider);
    JobQueueSettings settings;
    settings.partialSaveMs = 100;
    settings.heartbeatMs = 200;
    settings.pollMs = 50;
    s.jobs().setSettings(settings);

    Script script;
    script.title = u"Crash"_s;
    const Result<Script> made = TestStores(s).scripts().create(script);
    if (!made || !TestStores(s).versions().create(made->id, u"INT. START - DAY\n\n"_s)) {
        return 1;
    }
    std::printf("script %lld\n", static_cast<long long>(made->id));
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = made->id;
    request.prompt = u"Go on."_s;
    const Result<Job> job = s.jobs().enqueue(request);
    if (!job) {
        return 1;
    }
    QObject::connect(&s.jobs(), &JobDesk::textStreamed, &app, [&, id = job->id] {
        static bool said = false;
        if (!said) {
            said = true;
            std::printf("running %s\n", qPrintable(id));
            std::fflush(stdout);
        }
    });
    s.jobs().start();

    ScriptView view(s);
    view.open(made->id);
    view.autosaver()->setDelay(20);
    QObject::connect(view.autosaver(), &DraftAutosaver::saved, &app, [&](qint64 id) {
        const Result<Draft> stored = TestStores(s).drafts().get(id);
        if (stored) {
            std::printf("draft %lld %s\n", static_cast<long long>(stored->content.size()),
                        QCryptographicHash::hash(stored->content.toUtf8(), QCryptographicHash::Sha256)
                            .toHex()
                            .constData());
            std::fflush(stdout);
        }
    });
    // A writer typing: a few characters every 30 ms, forever.
    QTimer typing;
    int n = 0;
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        view.editor()->moveCursor(QTextCursor::End);
        view.editor()->insertPlainText(++n % 12 == 0 ? u"\n"_s : u"word "_s);
    });
    typing.start(30);
    return QApplication::exec();
}
