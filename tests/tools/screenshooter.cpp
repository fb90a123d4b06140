// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the real main window on a sample library and saves PNGs of every tab and of the main
// dialogs: `spielberg-screenshots OUT_DIR`. Run by scripts/screenshots under Xvfb with a private
// home. The jobs are real: they run through the queue against the local test double, and one is
// still streaming when the Jobs tab is taken.
#include "../teststores.h"
#include <fakeprovider.h>

#include <core/character.h>
#include <core/script.h>
#include <generation/credentialstore.h>
#include <generation/generationrequest.h>
#include <generation/jobqueue.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/comparedialog.h>
#include <ui/dialogs/settingsdialog.h>
#include <ui/editor/diffview.h>
#include <ui/mainwindow.h>
#include <ui/pages/characterspage.h>
#include <ui/pages/jobspage.h>
#include <ui/pages/scenespage.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>
#include <studio/studio.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using Spielberg::Test::TestStores;

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {

QString sampleText()
{
    QFile file(QStringLiteral(":/samples/lighthouse.fountain"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool waitFor(const std::function<bool()> &condition, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

int g_failures = 0;

void save(QWidget *widget, const QDir &out, const QString &name)
{
    settle();
    const QString path = out.filePath(name + u".png"_s);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        ++g_failures;
    } else {
        std::printf("%s\n", qPrintable(path));
    }
}

qint64 addCharacter(Studio &s, const QString &name, const QString &personality,
                    const QString &goals, const QString &voice, const QString &backstory)
{
    Character c;
    c.name = name;
    c.personality = personality;
    c.goals = goals;
    c.voice = voice;
    c.backstory = backstory;
    const Result<Character> made = TestStores(s).characters().create(c);
    return made ? made->id : 0;
}

qint64 addScript(Studio &s, const QString &title, const QString &logline, const QString &genre,
                 const QString &tone, const QString &format, const QList<qint64> &cast,
                 const QString &text)
{
    Script script;
    script.title = title;
    script.logline = logline;
    script.genre = genre;
    script.tone = tone;
    script.format = format;
    const Result<Script> made = TestStores(s).scripts().create(script, cast);
    if (!made) {
        return 0;
    }
    if (!text.isEmpty()) {
        (void)TestStores(s).versions().create(made->id, text, VersionOrigin::Imported, u"First draft"_s);
    }
    return made->id;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spielberg"_s);
    QApplication::setOrganizationName(u"Spielberg"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: spielberg-screenshots OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }

    Test::FakeProvider fake;
    if (!fake.listen()) {
        std::fprintf(stderr, "the local provider double could not listen\n");
        return 1;
    }
    MemoryCredentials credentials;
    credentials.write(u"anthropic"_s, u"sk-sample"_s, &app, [](Result<void>) {});
    Result<std::unique_ptr<Studio>> opened = Studio::open(Database::defaultPath(), &credentials);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Studio &s = **opened;
    ProviderConfig provider;
    provider.kind = ProviderConfig::Kind::Anthropic;
    provider.baseUrl = fake.anthropicBaseUrl();
    provider.model = u"claude-sonnet-4-5"_s;
    s.jobs().setProvider(provider);
    JobQueueSettings queueSettings;
    queueSettings.concurrency = 2;
    queueSettings.pollMs = 200;
    s.jobs().setSettings(queueSettings);

    // The sample library.
    const QString text = sampleText();
    const qint64 margaret = addCharacter(
        s, u"MARGARET"_s,
        u"Stubborn, practical, tender only in private. Keeps her grief folded like a map."_s,
        u"Keep the light burning; never lose anyone to the sea again."_s,
        u"Short sentences. Scots turns of phrase. Never says goodbye."_s,
        u"Lost her son Danny to a winter storm twelve years ago."_s);
    const qint64 edwin = addCharacter(
        s, u"EDWIN"_s, u"Gentle, wry, the one who remembers birthdays. Afraid of the water."_s,
        u"Keep Margaret safe, even from herself."_s, u"Soft, teasing, circles a point."_s,
        u"A schoolteacher who followed Margaret to the island."_s);
    const qint64 tomas = addCharacter(
        s, u"TOMAS"_s, u"Reckless, proud, kinder than he lets on."_s,
        u"Pay off the boat before the bank takes it."_s, u"Loud, fast, Portuguese oaths."_s,
        u"Danny's best friend; has not spoken to Margaret since."_s);
    addCharacter(s, u"INSPECTOR HALE"_s, u"Patient, unreadable. Collects small lies."_s,
                 u"Find out who sank the ferry."_s, u"Asks questions as statements."_s,
                 u"Twenty years in the Glasgow CID before the transfer north."_s);
    const qint64 ines = addCharacter(
        s, u"INÊS"_s, u"Bright, restless, a night-shift radio operator who talks to ships."_s,
        u"Leave the island; cannot leave her father."_s, u"Quick, funny, English as a second language."_s,
        u"Grew up on the ferry her mother captained."_s);

    const qint64 lighthouse = addScript(
        s, u"The Lighthouse Keeper"_s,
        u"On the night she swore she'd never go to sea again, a keeper rows into a storm to save the man who blames her for her son's death."_s,
        u"drama"_s, u"melancholic"_s, u"screenplay"_s, {margaret, edwin, tomas}, text);
    addScript(s, u"Night Ferry"_s, u"A ferry sinks in calm water; every survivor is lying."_s,
              u"thriller"_s, u"tense"_s, u"screenplay"_s, {ines},
              u"INT. FERRY - CAR DECK - NIGHT\n\nWater pours through the bow door.\n"_s);
    addScript(s, u"Salt and Stars"_s, u"Two radio operators fall in love over a shipping forecast."_s,
              u"romance"_s, u"hopeful"_s, u"treatment"_s, {ines},
              u"ACT ONE\n\nInês hears a voice on channel 16 reading poetry between weather reports.\n"_s);
    addScript(s, u"The Cartographer's Daughter"_s, u"A map that redraws itself leads a girl across a drowned country."_s,
              u"adventure"_s, u"epic"_s, u"screenplay"_s, {},
              u"EXT. FLOODED VALLEY - DAWN\n\nChurch spires stand out of a silver lake.\n"_s);
    addScript(s, u"Lost Frequencies"_s, u"A lighthouse radio picks up a broadcast from 1962, and it is about her."_s,
              u"sci-fi"_s, u"dark"_s, u"outline"_s, {margaret}, QString());
    addScript(s, u"Paper Crowns"_s, u"The smallest kingdom in Europe holds an election; three voters, four candidates."_s,
              u"comedy"_s, u"satirical"_s, u"screenplay"_s, {},
              u"EXT. VILLAGE SQUARE - DAY\n\nA brass band of two.\n"_s);

    // The writer's scene notes on the newest version of the main script.
    if (const Result<QList<Scene>> scenes = TestStores(s).scenes().list(lighthouse)) {
        const QStringList goals{u"Margaret sees the flare"_s, u"Establish Tomas in danger"_s,
                                u"Edwin holds her to her promise"_s, u"The choice: Edwin keeps the light"_s,
                                u"Rescue begins"_s};
        const QStringList tensions{u"Her promise vs. the flare"_s, u"The engine dies"_s,
                                   u"Grief, unspoken"_s, u"Who goes, who stays"_s, u"The boat heels"_s};
        const QStringList tones{u"eerie"_s, u"frantic"_s, u"raw"_s, u"tender"_s, u"hopeful"_s};
        const QStringList settings{u"Lamp room, storm"_s, u"Open sea"_s, u"Kitchen, radio"_s,
                                   u"Jetty, rain"_s, u"The Second Chance"_s};
        for (int i = 0; i < scenes->size(); ++i) {
            Scene scene = scenes->at(i);
            scene.goal = goals.value(i);
            scene.tension = tensions.value(i);
            scene.tone = tones.value(i);
            scene.setting = settings.value(i);
            (void)TestStores(s).scenes().updateMetadata(scene);
        }
    }
    // A second, generated version of it: Tomas's line sharpened, a new scene at the end.
    QString generated = text;
    generated.replace(u"Come on, old girl. Come on!"_s, u"Not like this. Not out here, not tonight!"_s);
    generated.replace(u"FADE OUT."_s,
                      u"INT. LIGHTHOUSE - LAMP ROOM - DAWN\n\nEdwin, asleep in the chair. The lamp still turns.\n\nFootsteps on the stairs. Two sets.\n\nFADE OUT."_s);

    // Jobs, run for real against the local double: one completed script job, one refused key,
    // and a long quick draft still streaming when the Jobs tab is taken.
    fake.enqueue(Test::FakeScenario::answer(generated, 2140, 1835).trickle(5));
    GenerationRequest scriptJob;
    scriptJob.kind = JobKind::Script;
    scriptJob.scriptId = lighthouse;
    scriptJob.prompt = u"Sharpen Tomas's panic, and end on the two of them coming home at dawn."_s;
    const Result<Job> first = s.jobs().enqueue(scriptJob);
    s.jobs().start();
    waitFor([&] {
        const Result<Job> j = TestStores(s).jobs().get(first ? first->id : QString());
        return j && j->status == JobStatus::Completed;
    });
    fake.enqueue(Test::FakeScenario::authenticationError());
    GenerationRequest failing;
    failing.kind = JobKind::Script;
    failing.scriptId = lighthouse;
    failing.prompt = u"Write act two from Tomas's point of view."_s;
    const Result<Job> second = s.jobs().enqueue(failing);
    waitFor([&] {
        const Result<Job> j = TestStores(s).jobs().get(second ? second->id : QString());
        return j && j->status == JobStatus::Failed;
    });

    MainWindow window(s);
    window.setCloseJobs(MainWindow::CloseJobs::Cancel);
    window.resize(1280, 800);
    window.show();
    waitFor([&] { return window.isVisible(); });

    // Scripts: the main script open, the editor on its draft.
    window.showTab(MainWindow::Tab::Scripts);
    window.scriptsPage()->openScript(lighthouse);
    window.scriptsPage()->view()->selectVersion(2);
    settle(800);
    save(&window, out, u"scripts"_s);

    window.showTab(MainWindow::Tab::Characters);
    window.charactersPage()->select(margaret);
    save(&window, out, u"characters"_s);

    // Jobs: a quick draft streaming as the shot is taken.
    const QString longAnswer = QString(text + u"\n"_s).repeated(3);
    fake.enqueue(Test::FakeScenario::answer(longAnswer, 880, 4200).trickle(60));
    GenerationRequest quick;
    quick.kind = JobKind::Quick;
    quick.prompt = u"A two-page cold open in a lighthouse during a storm."_s;
    quick.genre = u"drama"_s;
    quick.tone = u"suspenseful"_s;
    quick.characterIds = {margaret, edwin};
    const Result<Job> third = s.jobs().enqueue(quick);
    window.showTab(MainWindow::Tab::Jobs);
    waitFor([&] {
        const Result<Job> j = TestStores(s).jobs().get(third ? third->id : QString());
        return j && j->status == JobStatus::Running;
    });
    window.jobsPage()->select(third ? third->id : QString());
    settle(1800);
    save(&window, out, u"jobs"_s);

    window.showTab(MainWindow::Tab::Scenes);
    window.scenesPage()->showVersion(lighthouse, 0);
    window.scenesPage()->selectScene(2);
    settle(600);
    save(&window, out, u"scenes"_s);

    // Dialogs worth seeing: a comparison of two versions and the settings.
    window.showTab(MainWindow::Tab::Scripts);
    if (CompareDialog *compare = window.scriptsPage()->view()->compare(1, 2)) {
        compare->resize(1200, 760);
        waitFor([&] { return compare->diffView()->isReady(); });
        save(compare, out, u"compare"_s);
        compare->close();
    }
    SettingsDialog settings(s, &window);
    settings.show();
    save(&settings, out, u"settings"_s);
    settings.close();

    window.close();
    return g_failures == 0 ? 0 : 1;
}
