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
#include <generation/storyengine.h>
#include <core/scenesplitter.h>
#include <ui/dialogs/developdialog.h>
#include <ui/editor/cardeditor.h>
#include <QScrollBar>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/comparedialog.h>
#include <ui/dialogs/settingsdialog.h>
#include <ui/dialogs/takesdialog.h>
#include <ui/dialogs/reportsdialog.h>
#include <ui/editor/pageview.h>
#include <ui/editor/smarttyping.h>
#include <ui/fountaineditor.h>
#include <ui/editor/sceneboard.h>
#include <ui/models/joblistmodel.h>
#include <ui/models/scenecardmodel.h>
#include <ui/noticebar.h>
#include <ui/editor/diffview.h>
#include <ui/mainwindow.h>
#include <ui/pages/characterspage.h>
#include <ui/pages/jobspage.h>
#include <ui/pages/scenespage.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>
#include <studio/studio.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
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

// The window with a popup (the completion list) drawn where it stands: grab() sees only one window.
void saveWithPopup(QWidget *window, QWidget *popup, const QDir &out, const QString &name)
{
    settle();
    QPixmap shot = window->grab();
    if (popup && popup->isVisible()) {
        QPainter painter(&shot);
        painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0)), popup->grab());
    }
    const QString path = out.filePath(name + u".png"_s);
    if (!shot.save(path)) {
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

/** A dark desktop: the Fusion style with a dark palette, as a writer's dark theme gives it. */
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x94, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

/** Acts, a few locks and colours, and a stranger's cue: a board a writer has worked on. */
void workOnTheBoard(Studio &s, qint64 scriptId)
{
    const Result<ScriptVersion> developed = TestStores(s).versions().get(scriptId);
    if (!developed) {
        return;
    }
    QString text = developed->content;
    const SceneSplit split = SceneSplitter::split(text);
    QString worked = split.preamble;
    for (qsizetype i = 0; i < split.scenes.size(); ++i) {
        if (i == 0) {
            worked += u"# Act One\n\n"_s;
        } else if (i == 12) {
            worked += u"# Act Two\n\n"_s;
        } else if (i == 30) {
            worked += u"# Act Three\n\n"_s;
        }
        QString scene = split.scenes[i].content;
        if (i == 5) {
            // A harbourmaster nobody put in the bible: the continuity panel says so.
            scene += u"\nHARBOURMASTER\nNo boats out tonight. Not for anyone.\n\n"_s;
        }
        worked += scene;
    }
    (void)TestStores(s).versions().create(scriptId, worked, VersionOrigin::Manual, u"Acts marked"_s);
    if (const Result<QList<Scene>> scenes = TestStores(s).scenes().list(scriptId)) {
        const QStringList colors{u"red"_s, QString(), u"blue"_s, QString(), QString(), u"green"_s};
        for (int i = 0; i < scenes->size(); ++i) {
            Scene scene = scenes->at(i);
            scene.color = colors.value(i % 9);
            (void)TestStores(s).scenes().updateMetadata(scene);
            if (i == 1 || i == 7) {
                (void)TestStores(s).scenes().setLocked(scene.id, true);
            }
        }
    }
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

    // The writer's desk: a cue completed while typing, revision marks against a locked version,
    // the pages beside the text, and the reports.
    {
        window.showTab(MainWindow::Tab::Scripts);
        window.scriptsPage()->openScript(lighthouse);
        FountainEditor *editor = window.editor();
        const QString kept = editor->toPlainText();
        editor->setFocus();
        QTextCursor cursor(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        editor->centerCursor();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTest::keyClicks(editor, u"m"_s);
        saveWithPopup(&window, editor->smartTyping()->completer()->popup(), out, u"smart-typing"_s);
        editor->smartTyping()->completer()->popup()->hide();
        editor->setText(kept);

        // Version 1 locked: what changed since is marked; a line rewritten by hand too.
        window.scriptsPage()->view()->lockVersion(1);
        QTextCursor rewrite = editor->document()->find(u"Below, the sea throws itself at the rocks."_s);
        rewrite.insertText(u"Below, the sea throws itself at the rocks. The lamp gutters."_s);
        const int rewritten = rewrite.blockNumber() + 1;
        waitFor([&] { return editor->revisedLines().contains(rewritten); });
        editor->setTextCursor(rewrite);
        editor->centerCursor();
        save(&window, out, u"revision-margin"_s);
        // The versions list marks the locked white draft.
        const QSize before = window.size();
        window.resize(1600, 900);
        window.scriptsPage()->view()->sideTabs()->setCurrentIndex(1);
        settle(500);
        save(&window, out, u"versions-locked"_s);
        window.scriptsPage()->view()->sideTabs()->setCurrentIndex(0);
        window.resize(before);
        settle(300);
        window.findChild<QToolButton *>(u"pageViewButton"_s)->click();
        waitFor([&] { return window.scriptsPage()->view()->pageView()->pageCount() > 0; });
        settle(500);
        save(&window, out, u"page-view"_s);
        window.findChild<QToolButton *>(u"pageViewButton"_s)->click();

        ReportsDialog reports(editor->toPlainText(), u"The Lighthouse"_s, &window);
        reports.resize(900, 640);
        reports.show();
        waitFor([&] { return reports.isReady(); });
        save(&reports, out, u"reports"_s);
        reports.close();
    }

    // The story board: a 40-scene script developed by a run against the double, then worked on.
    fake.setDefaultScenario(Test::FakeScenario::story());
    const qint64 storm = addScript(s, u"Storm Season"_s,
                                   u"When the harbour's last ferry sinks, a keeper's daughter must prove her father "
                                   "steered it onto the rocks."_s,
                                   u"thriller"_s, u"tense"_s, u"screenplay"_s, {margaret, edwin, tomas, ines}, QString());
    StoryEngine::DevelopRequest develop;
    develop.scriptId = storm;
    develop.prompt = u"A storm, a sunken ferry, and a daughter who will not let it go."_s;
    develop.scenes = 40;
    develop.parallel = 4;
    develop.step = u"outline"_s;
    const Result<Job> outlineRun = s.jobs().develop(develop);
    waitFor([&] { return outlineRun && s.jobs().job(outlineRun->id)->status == JobStatus::Completed; }, 60000);
    develop.step = u"scenes"_s;
    const Result<Job> scenesRun = s.jobs().develop(develop);
    waitFor([&] { return scenesRun && s.jobs().job(scenesRun->id)->status == JobStatus::Completed; }, 120000);
    workOnTheBoard(s, storm);

    auto showBoard = [&](qint64 scriptId, int cards) {
        window.scriptsPage()->openScript(scriptId);
        window.showTab(MainWindow::Tab::Scenes);
        window.scenesPage()->setMode(ScenesPage::Mode::Cards);
        waitFor([&] {
            return window.scenesPage()->cards()->rowCount() == cards && !window.scenesPage()->cards()->isBusy();
        });
        settle(400);
    };
    auto boardShots = [&](const QString &suffix) {
        window.resize(1280, 800);
        showBoard(storm, 40);
        window.scenesPage()->board()->setCurrentRow(2);
        save(&window, out, u"board"_s + suffix);
        // The continuity panel, a finding picked.
        if (QListWidget *findings = window.scenesPage()->continuityList(); findings->count() > 0) {
            findings->setCurrentRow(findings->count() - 1);
        }
        window.scenesPage()->board()->verticalScrollBar()->setValue(window.scenesPage()->board()->visualRect(5).top());
        save(&window, out, u"continuity"_s + suffix);
        window.scenesPage()->editCard(4);
        save(&window, out, u"card-edit"_s + suffix);
        window.scenesPage()->cardEditor()->hide();
        window.resize(1024, 700);
        settle(400);
        window.scenesPage()->board()->verticalScrollBar()->setValue(0);
        save(&window, out, u"board-1024"_s + suffix);
        window.resize(1280, 800);
    };
    boardShots(QString());

    // Takes: three of scene 4, side by side.
    const Result<QList<Scene>> stormScenes = TestStores(s).scenes().list(storm);
    if (stormScenes && stormScenes->size() > 4) {
        const Scene scene = stormScenes->at(3);
        const QString heading = scene.content.section(u'\n', 0, 0);
        fake.enqueue(Test::FakeScenario::answer(
            heading + u"\n\nMargaret climbs the last stairs, breathless. The lamp is dark.\n\nMARGARET\n(to herself)\n"
                      "Not tonight. Not again.\n\nShe strikes a match.\n"_s));
        fake.enqueue(Test::FakeScenario::answer(
            heading + u"\n\nThe lamp room, black. Edwin is already there, sitting in the dark.\n\nEDWIN\nI knew you'd "
                      "come up.\n\nMARGARET\nThen you know why.\n\nEDWIN\n(quietly)\nI know what it costs.\n"_s));
        fake.enqueue(Test::FakeScenario::answer(
            heading + u"\n\nRain needles the glass. Margaret stands before the dead lamp like a judge.\n\nMARGARET\n"
                      "Twelve years you've turned. Turn once more.\n\nThe mechanism groans. Light.\n"_s));
        GenerationRequest takes;
        takes.kind = JobKind::Scene;
        takes.scriptId = storm;
        takes.sceneId = scene.id;
        takes.takes = 3;
        const Result<Job> takesJob = s.jobs().enqueue(takes);
        waitFor([&] { return takesJob && s.jobs().job(takesJob->id)->status == JobStatus::Completed; });
    }
    auto takesShot = [&](const QString &suffix) {
        if (!stormScenes || stormScenes->size() <= 4) {
            return;
        }
        TakesDialog dialog(s, stormScenes->at(3).id, &window);
        dialog.resize(1240, 700);
        dialog.show();
        save(&dialog, out, u"takes"_s + suffix);
        dialog.close();
    };
    takesShot(QString());

    // A run in progress: the cast proposed and reviewed, the outline on the cards, scenes being
    // written four at a time as the shots are taken.
    const qint64 ferry = addScript(s, u"The Night Ferry"_s, u"A ferry sinks in calm water; every survivor is lying."_s,
                                   u"thriller"_s, u"tense"_s, u"screenplay"_s, {}, QString());
    StoryEngine::DevelopRequest reviewed;
    reviewed.scriptId = ferry;
    reviewed.prompt = u"Twelve scenes; the inspector is the last to lie."_s;
    reviewed.scenes = 12;
    reviewed.parallel = 4;
    reviewed.review = true;
    const Result<Job> run = s.jobs().develop(reviewed);
    auto awaiting = [&](JobKind kind) {
        return waitFor([&] {
            const Result<std::optional<JobKind>> next = s.jobs().awaiting(run ? run->id : QString());
            return next && *next == kind;
        }, 60000);
    };
    awaiting(JobKind::Outline);
    window.scriptsPage()->openScript(ferry);
    window.showTab(MainWindow::Tab::Characters);
    settle(600);
    save(&window, out, u"proposed-cast"_s);
    (void)s.jobs().goOn(run->id);
    awaiting(JobKind::SceneDraft);
    showBoard(ferry, 12);
    Test::FakeScenario slow = Test::FakeScenario::story();
    slow.tokensPerSecond = 25;
    fake.setDefaultScenario(slow);
    (void)s.jobs().goOn(run->id);
    s.jobs().start();
    waitFor([&] {
        const Result<QList<Job>> steps = s.jobs().steps(run->id);
        return steps && std::count_if(steps->cbegin(), steps->cend(), [](const Job &j) {
                   return j.kind == JobKind::SceneDraft && j.status == JobStatus::Running && !j.partial.isEmpty();
               }) >= 2;
    }, 30000);
    settle(2500);
    auto runShots = [&](const QString &suffix) {
        showBoard(ferry, 12);
        save(&window, out, u"run-board"_s + suffix);
        window.showTab(MainWindow::Tab::Jobs);
        window.jobsPage()->select(run->id);
        window.jobsPage()->table()->expandAll();
        save(&window, out, u"run-jobs"_s + suffix);
    };
    runShots(QString());

    // The same in a dark palette.
    useDarkPalette();
    settle(300);
    runShots(u"-dark"_s);
    boardShots(u"-dark"_s);
    takesShot(u"-dark"_s);

    window.close();
    return g_failures == 0 ? 0 : 1;
}
