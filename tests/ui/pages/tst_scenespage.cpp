// SPDX-License-Identifier: GPL-3.0-or-later
// The story board as a writer uses it, in the whole window on a library of several scripts (one
// of 130 pages): develop a script from the dialog against the project's double, review the
// proposed cast and the outline between the steps, drag a card and undo it, choose a take.
// After each step, everything on screen and in the library belongs to the same script.
#include "../uitest.h"

#include <fakeprovider.h>
#include <fakescenario.h>

#include <core/scenesplitter.h>
#include <generation/generationrequest.h>
#include <generation/storyengine.h>
#include <ui/dialogs/takesdialog.h>
#include <ui/editor/cardeditor.h>
#include <ui/editor/sceneboard.h>
#include <ui/fountaineditor.h>
#include <ui/mainwindow.h>
#include <ui/models/characterlistmodel.h>
#include <ui/models/joblistmodel.h>
#include <ui/models/scenecardmodel.h>
#include <ui/noticebar.h>
#include <ui/pages/characterspage.h>
#include <ui/pages/jobspage.h>
#include <ui/pages/scenespage.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
/** The window as a writer has it: shown at `size`, jobs cancelled when it closes. */
bool show(MainWindow &window, QSize size)
{
    window.setCloseJobs(MainWindow::CloseJobs::Cancel);
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

/** A feature-length script: 130 scenes of about a page each. */
QString longScript()
{
    QString text = u"Title: The Long Night\nAuthor: Test\n\n"_s;
    for (int i = 1; i <= 130; ++i) {
        text += u"INT. ROOM %1 - NIGHT\n\nThe lamp flickers over a table covered in maps. Somebody has been here "
                "and left in a hurry; the chair is still warm.\n\nMARA\nWho was it?\n\nJONAS\n(quietly)\nYou know "
                "who. You always knew, and you let it happen because it was easier than saying it.\n\nMARA\nThat "
                "is not fair and you know it.\n\n"_s.arg(i);
        for (int line = 0; line < 6; ++line) {
            text += u"She crosses to the window. Rain. The harbour lights are out, all but one.\n\n"_s;
        }
    }
    return text;
}
} // namespace

class tst_ScenesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void developsFromTheDialogWithReviewBetweenSteps();
    void dragMovesTheSceneAndUndoPutsItBack();
    void cardEditWritesTheSynopsisAndNotes();
    void chooseTheSecondOfThreeTakes();
    void cardsAddedRenamedAndDeleted();
    void movingASceneAJobIsWritingKeepsBoth();
    void scriptDeletedWhileItsRunWrites();

private:
    /** The script the window shows, everywhere: the Scripts tab, the Scenes tab, the cards. */
    void checkOneScript(MainWindow &window, qint64 scriptId);
    qint64 addScript(const QString &title, const QString &text = {});
    /** The cards of the draft in `window`, once they are made from the editor's text. */
    void waitForCards(MainWindow &window, int count);

    Test::AppFixture m_app;
    Test::FakeProvider m_fake;
    qint64 m_long = 0;
    qint64 m_other = 0;
};

void tst_ScenesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_scenespage"_s);
    QVERIFY(m_fake.listen());
}

void tst_ScenesPage::init()
{
    QSettings().clear();
    m_app.name = u"library-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction()));
    QVERIFY(m_app.open());
    m_fake.setDefaultScenario(Test::FakeScenario::story());
    bool stored = false;
    m_app.credentials.write(u"anthropic"_s, u"sk-test-key"_s, this, [&stored](Result<void> r) { stored = bool(r); });
    QTRY_VERIFY(stored);
    ProviderConfig provider;
    provider.kind = ProviderConfig::Kind::Anthropic;
    provider.baseUrl = m_fake.anthropicBaseUrl();
    provider.model = u"claude-test"_s;
    m_app.studio->jobs().setProvider(provider);
    JobQueueSettings settings;
    settings.pollMs = 100;
    settings.partialSaveMs = 100;
    settings.concurrency = 2;
    m_app.studio->jobs().setSettings(settings);
    // A realistic library: a long script, another one, and the one the tests develop.
    m_long = addScript(u"The Long Night"_s, longScript());
    m_other = addScript(u"Harbour Lights"_s, u"INT. PIER - DAY\n\nGulls.\n\nEXT. SEA - NIGHT\n\nWaves.\n"_s);
}

void tst_ScenesPage::cleanup()
{
    m_app.studio.reset();
}

qint64 tst_ScenesPage::addScript(const QString &title, const QString &text)
{
    Script script;
    script.title = title;
    script.logline = u"A lighthouse keeper's daughter must expose the smugglers her father works for."_s;
    script.genre = u"thriller"_s;
    script.tone = u"tense"_s;
    const Result<Script> made = m_app.studio->library().createScript(script);
    if (!made) {
        return 0;
    }
    if (!text.isEmpty()) {
        (void)m_app.studio->history().addVersion(made->id, text, u"imported"_s);
    }
    return made->id;
}

void tst_ScenesPage::checkOneScript(MainWindow &window, qint64 scriptId)
{
    QCOMPARE(window.scriptsPage()->view()->scriptId(), scriptId);
    QCOMPARE(window.scriptsPage()->selectedId(), scriptId);
    QCOMPARE(window.scenesPage()->scriptId(), scriptId);
    QTRY_COMPARE(window.scenesPage()->cards()->scriptId(), scriptId);
    QTRY_COMPARE(window.scenesPage()->cards()->text(), window.editor()->toPlainText());
}

void tst_ScenesPage::waitForCards(MainWindow &window, int count)
{
    ScenesPage *scenes = window.scenesPage();
    QTRY_VERIFY_WITH_TIMEOUT(!scenes->cards()->isBusy() && scenes->cards()->text() == window.editor()->toPlainText()
                                 && scenes->cards()->rowCount() == count,
                             20000);
}

void tst_ScenesPage::developsFromTheDialogWithReviewBetweenSteps()
{
    Studio &studio = *m_app.studio;
    const qint64 glass = addScript(u"Glass Harbour"_s);
    const int longVersions = int(studio.history().versions(m_long)->size());
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    QAbstractItemModelTester jobsTester(window.jobsPage()->model());
    QAbstractItemModelTester cardsTester(window.scenesPage()->cards());
    QAbstractItemModelTester castTester(window.charactersPage()->table()->model());
    studio.jobs().start();

    window.scriptsPage()->openScript(glass);
    window.showTab(MainWindow::Tab::Scenes);
    ScenesPage *scenes = window.scenesPage();
    checkOneScript(window, glass);
    QCOMPARE(scenes->cards()->rowCount(), 0);

    // Develop, from the dialog: five scenes, stopping after the cast and the outline.
    Test::onNextModal(&window, [](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"developPrompt"_s), u"Keep it small: five scenes."_s);
        dialog->findChild<QSpinBox *>(u"developScenes"_s)->setValue(5);
        QVERIFY(dialog->findChild<QCheckBox *>(u"developReview"_s)->isChecked());
        auto *estimate = dialog->findChild<QLabel *>(u"developEstimate"_s);
        QTRY_VERIFY(estimate->text().contains(u"tokens"_s));
        click(dialog, u"developStart"_s);
    });
    click(scenes, u"developButton"_s);
    window.activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(scenes->waitingRun().has_value(), 20000);
    const Job run = *scenes->waitingRun();
    QCOMPARE(run.scriptId, glass);
    QCOMPARE(*studio.jobs().awaiting(run.id), std::optional<JobKind>(JobKind::Outline));
    QVERIFY(!scenes->findChild<NoticeBar *>(u"runNotice"_s)->actionButton()->isHidden());

    // The run is one row in the Jobs tab, its cast step under it.
    JobListModel *jobs = window.jobsPage()->model();
    const QModelIndex runRow = jobs->indexOf(run.id);
    QVERIFY(runRow.isValid());
    QVERIFY(!runRow.parent().isValid());
    QCOMPARE(jobs->rowCount(runRow), 1);
    QCOMPARE(jobs->jobAt(jobs->index(0, 0, runRow)).kind, JobKind::Characters);
    QCOMPARE(jobs->index(runRow.row(), JobListModel::Status).data().toString(), u"Waiting for you"_s);

    // The proposed cast in the Characters tab: drop one, keep one, leave the rest.
    const QHash<qint64, int> proposed = *studio.library().proposedCast(glass);
    QVERIFY(proposed.size() >= 3);
    QList<qint64> ids = proposed.keys();
    std::sort(ids.begin(), ids.end());
    window.showTab(MainWindow::Tab::Characters);
    CharactersPage *characters = window.charactersPage();
    auto *cast = qobject_cast<CharacterListModel *>(
        qobject_cast<QSortFilterProxyModel *>(characters->table()->model())->sourceModel());
    QVERIFY(cast);
    QTRY_VERIFY(cast->isProposed(ids[0]));
    QVERIFY(!characters->notice()->actionButton()->isHidden());
    const QString dropped = studio.library().character(ids[0])->name;
    characters->select(ids[0]);
    QVERIFY(!characters->dropButton()->isHidden());
    click(characters, u"dropCharacterButton"_s);
    QCOMPARE(studio.library().character(ids[0]).error().code, ErrorCode::NotFound);
    characters->select(ids[1]);
    click(characters, u"keepCharacterButton"_s);
    QVERIFY(!studio.library().proposedCast(glass)->contains(ids[1]));
    QVERIFY(!cast->isProposed(ids[1]));
    QVERIFY(studio.library().castOf(glass)->contains(ids[1]));

    // Go on: the outline is written for the cast kept, and lands on the cards.
    window.showTab(MainWindow::Tab::Scenes);
    scenes->findChild<NoticeBar *>(u"runNotice"_s)->actionButton()->click();
    QVERIFY(studio.library().proposedCast(glass)->isEmpty()); // the rest kept
    QTRY_VERIFY_WITH_TIMEOUT(*studio.jobs().awaiting(run.id) == std::optional<JobKind>(JobKind::SceneDraft), 20000);
    waitForCards(window, 5);
    checkOneScript(window, glass);
    QVERIFY(!window.editor()->toPlainText().contains(dropped));
    QCOMPARE(scenes->cards()->cardAt(0).synopsisWritten, true);
    QTRY_VERIFY(scenes->waitingRun().has_value());

    // The writer edits the outline on the cards: the last scene first.
    const QString lastHeading = scenes->cards()->cardAt(4).heading;
    QVERIFY(scenes->moveCard(4, SceneBoard::Slot{0, -1}));
    waitForCards(window, 5);
    QCOMPARE(scenes->cards()->cardAt(0).heading, lastHeading);

    // Write the scenes: the edited outline is kept as a version and the scenes follow it.
    scenes->findChild<NoticeBar *>(u"runNotice"_s)->actionButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(studio.jobs().job(run.id)->status, JobStatus::Completed, 60000);
    const Result<ScriptVersion> developed = studio.history().version(glass);
    QVERIFY_RESULT(developed);
    QCOMPARE(developed->origin, VersionOrigin::Developed);
    QCOMPARE(SceneSplitter::split(developed->content).scenes.first().heading, lastHeading);
    // It lands in the editor (nothing typed meanwhile) and on the cards.
    QTRY_COMPARE_WITH_TIMEOUT(window.scriptsPage()->view()->baseVersion(), developed->number, 10000);
    waitForCards(window, 5);
    checkOneScript(window, glass);
    QCOMPARE(jobs->rowCount(jobs->indexOf(run.id)), 2 + 5);
    QVERIFY(jobs->index(jobs->indexOf(run.id).row(), JobListModel::Tokens).data().toString().contains(u"→"_s));
    // The other scripts are as they were.
    QCOMPARE(int(studio.history().versions(m_long)->size()), longVersions);
    QCOMPARE(studio.history().versions(m_other)->size(), 1);
}

void tst_ScenesPage::dragMovesTheSceneAndUndoPutsItBack()
{
    Studio &studio = *m_app.studio;
    const QString text = u"INT. ONE - DAY\n\nOne.\n\nINT. TWO - DAY\n\nTwo.\n\nINT. THREE - DAY\n\nThree.\n\n"
                         "INT. FOUR - DAY\n\nFour.\n\nINT. FIVE - DAY\n\nFive.\n\nINT. SIX - DAY\n\nSix.\n"_s;
    const qint64 five = addScript(u"Five Rooms"_s, text);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    QAbstractItemModelTester cardsTester(window.scenesPage()->cards());

    // The long script first: 130 cards, then the list moves on to the short one.
    window.scriptsPage()->openScript(m_long);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 130);
    checkOneScript(window, m_long);
    window.scriptsPage()->openScript(five);
    waitForCards(window, 6);
    checkOneScript(window, five);

    // Drag card 2 onto the right half of card 5: it lands in fifth place.
    ScenesPage *scenes = window.scenesPage();
    SceneBoard *board = scenes->board();
    QWidget *viewport = board->viewport();
    const QPoint from = board->visualRect(1).center();
    const QRect target = board->visualRect(4);
    const QPoint to(target.right() - 10, target.center().y());
    QCOMPARE(board->slotAt(to).before, 5);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(20, 5));
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    const QStringList moved{u"INT. ONE - DAY"_s, u"INT. THREE - DAY"_s, u"INT. FOUR - DAY"_s, u"INT. FIVE - DAY"_s,
                            u"INT. TWO - DAY"_s, u"INT. SIX - DAY"_s};
    auto headings = [](const QString &fountain) {
        QStringList out;
        for (const SplitScene &s : SceneSplitter::split(fountain).scenes) {
            out << s.heading;
        }
        return out;
    };
    QCOMPARE(headings(window.editor()->toPlainText()), moved);
    waitForCards(window, 6);
    QCOMPARE(scenes->cards()->cardAt(4).heading, u"INT. TWO - DAY"_s);
    QCOMPARE(board->currentRow(), 4); // the moved card stays selected
    // The text moved, not only the card: the draft saved is the moved text.
    QVERIFY(window.scriptsPage()->view()->saveDraft());
    QCOMPARE(headings(studio.history().draft(five)->content), moved);

    // One undo (Ctrl+Z on the board) puts everything back.
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.editor()->toPlainText(), text);
    waitForCards(window, 6);
    QCOMPARE(scenes->cards()->cardAt(1).heading, u"INT. TWO - DAY"_s);
    checkOneScript(window, five);

    // Alt+Right moves the selected card one place with the keyboard.
    board->setCurrentRow(0);
    QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(headings(window.editor()->toPlainText()).mid(0, 2), (QStringList{u"INT. TWO - DAY"_s, u"INT. ONE - DAY"_s}));

    // A card dragged while the writer's typing is not yet on the cards is refused, not misplaced.
    QTest::keyClicks(window.editor(), u"x"_s);
    const QString typed = window.editor()->toPlainText();
    QVERIFY(!scenes->moveCard(0, SceneBoard::Slot{3, -1}));
    QCOMPARE(window.editor()->toPlainText(), typed);
    QCOMPARE(studio.history().versions(m_long)->size(), 1);
}

void tst_ScenesPage::cardEditWritesTheSynopsisAndNotes()
{
    Studio &studio = *m_app.studio;
    const qint64 script = addScript(u"Two Rooms"_s, u"INT. ONE - DAY\n\nOne.\n\nINT. TWO - DAY\n\nTwo.\n"_s);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1024, 700)));
    window.scriptsPage()->openScript(script);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 2);
    ScenesPage *scenes = window.scenesPage();

    scenes->editCard(1);
    CardEditor *editor = scenes->cardEditor();
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor->synopsisEdit(), u"Jonas confesses."_s);
    editor->toneEdit()->setText(u"tender"_s);
    editor->colorBox()->setCurrentIndex(editor->colorBox()->findData(u"blue"_s));
    editor->lockBox()->setChecked(true);
    QTest::keyClick(editor->synopsisEdit(), Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QTest::qWait(50);
    QVERIFY(!editor->isVisible()); // and it does not open again
    QVERIFY(window.editor()->toPlainText().contains(u"INT. TWO - DAY\n\n= Jonas confesses.\n\nTwo."_s));
    waitForCards(window, 2);
    const SceneCard card = scenes->cards()->cardAt(1);
    QCOMPARE(card.synopsis, u"Jonas confesses."_s);
    QCOMPARE(card.tone, u"tender"_s);
    QCOMPARE(card.color, u"blue"_s);
    QVERIFY(card.locked);
    const Result<QList<Scene>> rows = studio.history().scenes(script);
    QCOMPARE(rows->at(1).tone, u"tender"_s);
    QVERIFY(rows->at(1).locked);
    // Enter in a one-line field keeps the card too, once.
    scenes->editCard(0);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->goalEdit()->cursorPosition(), 0);
    editor->goalEdit()->setFocus();
    QTest::keyClicks(editor->goalEdit(), u"Get out"_s);
    QTest::keyClick(editor->goalEdit(), Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    waitForCards(window, 2);
    QVERIFY(!editor->isVisible());
    QCOMPARE(scenes->cards()->cardAt(0).goal, u"Get out"_s);
    // Undo takes the synopsis out of the text again.
    window.editor()->undo();
    QVERIFY(!window.editor()->toPlainText().contains(u"Jonas confesses."_s));
    waitForCards(window, 2);

    // The cards are made again under an open editor (the scene moved): it follows its scene.
    scenes->editCard(1); // INT. TWO
    QVERIFY(editor->isVisible());
    QVERIFY(scenes->moveCard(1, SceneBoard::Slot{0, -1}));
    waitForCards(window, 2);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->row(), 0);
    editor->toneEdit()->setText(u"hushed"_s);
    scenes->commitCard();
    QCOMPARE(scenes->cards()->cardAt(0).heading, u"INT. TWO - DAY"_s);
    QCOMPARE(scenes->cards()->cardAt(0).tone, u"hushed"_s);
    QCOMPARE(scenes->cards()->cardAt(1).tone, QString()); // INT. ONE untouched
    checkOneScript(window, script);
}

void tst_ScenesPage::chooseTheSecondOfThreeTakes()
{
    Studio &studio = *m_app.studio;
    const qint64 script = addScript(u"Pier"_s, u"INT. LAMP ROOM - NIGHT\n\nWind.\n\nEXT. PIER - NIGHT\n\nRain.\n"_s);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    studio.jobs().start();
    window.scriptsPage()->openScript(script);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 2);
    ScenesPage *scenes = window.scenesPage();
    scenes->board()->setCurrentRow(1);

    m_fake.enqueue(Test::FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake one.\n"_s));
    m_fake.enqueue(Test::FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake two.\n"_s));
    m_fake.enqueue(Test::FakeScenario::answer(u"EXT. PIER - NIGHT\n\nTake three.\n"_s));
    Test::onNextModal(&window, [](QWidget *dialog) {
        dialog->findChild<QSpinBox *>(u"generateTakes"_s)->setValue(3);
        click(dialog, u"generateOk"_s);
    });
    click(scenes, u"regenerateSceneButton"_s);
    window.activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!scenes->notice()->actionButton()->isHidden()
                                 && scenes->notice()->text().contains(u"3"_s),
                             20000);
    QCOMPARE(studio.history().versions(script)->size(), 1); // nothing applied before the writer chooses
    scenes->notice()->actionButton()->click();
    TakesDialog *takes = scenes->takesDialog();
    QVERIFY(takes);
    QCOMPARE(takes->takeCount(), 3);
    QCOMPARE(takes->takeView(2)->toPlainText(), u"EXT. PIER - NIGHT\n\nTake two.\n"_s);
    QTest::mouseClick(takes->chooseButton(2), Qt::LeftButton);
    const Result<ScriptVersion> newest = studio.history().version(script);
    QCOMPARE(newest->number, 2);
    QVERIFY(newest->content.contains(u"Take two."_s));
    QVERIFY(newest->content.contains(u"Wind."_s));
    QVERIFY(!newest->content.contains(u"Take one."_s));
    // The other takes stay with the job.
    const Result<QList<Scene>> rows = studio.history().scenes(script, 1);
    const Result<std::optional<Job>> job = studio.jobs().takesOf(rows->at(1).id);
    QVERIFY(job && *job);
    QCOMPARE((*job)->takes.size(), 3);
    // The chosen take reaches the editor (the draft was not edited) and the cards.
    QTRY_COMPARE_WITH_TIMEOUT(window.scriptsPage()->view()->baseVersion(), 2, 10000);
    waitForCards(window, 2);
    QVERIFY(scenes->cards()->cardAt(1).synopsis.contains(u"Take two."_s));
    checkOneScript(window, script);
}

void tst_ScenesPage::cardsAddedRenamedAndDeleted()
{
    Studio &studio = *m_app.studio;
    const qint64 script = addScript(u"Outline"_s, u"# Act One\n\nINT. ONE - DAY\n\n= One.\n\nINT. TWO - DAY\n\n= Two.\n\n"
                                                  "# Act Two\n\nINT. THREE - DAY\n\n= Three.\n"_s);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    window.scriptsPage()->openScript(script);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 3);
    ScenesPage *scenes = window.scenesPage();
    QCOMPARE(scenes->cards()->cardAt(2).section, u"Act Two"_s);

    // A new scene after the last of act one, named on its card.
    QVERIFY(scenes->addCardAfter(1));
    waitForCards(window, 4);
    QTRY_VERIFY(scenes->cardEditor()->isVisible());
    QCOMPARE(scenes->cardEditor()->row(), 2);
    QVERIFY(scenes->cardEditor()->headingEdit()->hasFocus());
    QTest::keyClicks(scenes->cardEditor()->headingEdit(), u"ext. pier - night"_s);
    QTest::keyClick(scenes->cardEditor()->headingEdit(), Qt::Key_Return);
    waitForCards(window, 4);
    QCOMPARE(scenes->cards()->cardAt(2).heading, u"EXT. PIER - NIGHT"_s);
    QVERIFY(scenes->cards()->cardAt(2).section.isEmpty()); // still in act one
    QCOMPARE(scenes->cards()->cardAt(3).section, u"Act Two"_s);
    QVERIFY2(window.editor()->toPlainText().contains(u"= Two.\n\nEXT. PIER - NIGHT\n\n# Act Two"_s), qPrintable(window.editor()->toPlainText()));

    // The Delete key takes a scene out; Ctrl+Z on the board brings it back.
    const QString before = window.editor()->toPlainText();
    scenes->board()->setFocus();
    scenes->board()->setCurrentRow(0);
    QTest::keyClick(scenes->board(), Qt::Key_Delete);
    waitForCards(window, 3);
    QCOMPARE(scenes->cards()->cardAt(0).heading, u"INT. TWO - DAY"_s);
    QVERIFY(scenes->notice()->text().contains(u"INT. ONE - DAY"_s));
    QVERIFY(window.editor()->toPlainText().startsWith(u"# Act One\n\nINT. TWO - DAY"_s));
    QTest::keyClick(scenes->board(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.editor()->toPlainText(), before);
    waitForCards(window, 4);
    checkOneScript(window, script);
}

void tst_ScenesPage::movingASceneAJobIsWritingKeepsBoth()
{
    Studio &studio = *m_app.studio;
    const QString text = u"INT. ONE - DAY\n\nOne.\n\nINT. TWO - DAY\n\nTwo.\n\nINT. THREE - DAY\n\nThree.\n"_s;
    const qint64 script = addScript(u"Three Rooms"_s, text);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    studio.jobs().start();
    window.scriptsPage()->openScript(script);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 3);
    ScenesPage *scenes = window.scenesPage();

    // Scene 2 is being rewritten, slowly, when the writer drags it to the end.
    m_fake.enqueue(Test::FakeScenario::answer(u"INT. TWO - DAY\n\nTwo, rewritten while the writer moved it.\n"_s).trickle(40));
    GenerationRequest request;
    request.kind = JobKind::Scene;
    request.scriptId = script;
    request.sceneId = studio.history().scenes(script)->at(1).id;
    const Result<Job> job = studio.jobs().enqueue(request);
    QVERIFY_RESULT(job);
    QTRY_VERIFY_WITH_TIMEOUT(!scenes->cards()->cardAt(1).jobId.isEmpty(), 10000);
    QVERIFY(!scenes->cards()->index(1).data(SceneCardModel::JobRole).toString().isEmpty());
    QVERIFY(scenes->moveCard(1, SceneBoard::Slot{-1, 2}));
    QVERIFY(scenes->notice()->text().contains(u"being written by a job"_s));
    const QString moved = window.editor()->toPlainText();
    QVERIFY(moved.indexOf(u"INT. TWO"_s) > moved.indexOf(u"INT. THREE"_s));

    // The job lands as a version of its own; the moved draft is not replaced, the writer is asked.
    QTRY_COMPARE_WITH_TIMEOUT(studio.jobs().job(job->id)->status, JobStatus::Completed, 20000);
    QTRY_COMPARE(studio.history().versions(script)->size(), 2);
    QVERIFY(studio.history().version(script)->content.contains(u"rewritten while the writer moved it"_s));
    QTest::qWait(300);
    QCOMPARE(window.editor()->toPlainText(), moved);
    QCOMPARE(window.scriptsPage()->view()->baseVersion(), 1);
    waitForCards(window, 3);
    QVERIFY(scenes->cards()->cardAt(2).jobId.isEmpty());
    checkOneScript(window, script);
}

void tst_ScenesPage::scriptDeletedWhileItsRunWrites()
{
    Studio &studio = *m_app.studio;
    const qint64 doomed = addScript(u"Doomed"_s, u"INT. A - DAY\n\n= Mara waits.\n\nINT. B - DAY\n\n= Jonas runs.\n\n"
                                                 "INT. C - DAY\n\n= They meet.\n"_s);
    MainWindow window(studio);
    QVERIFY(show(window, QSize(1280, 800)));
    QAbstractItemModelTester jobsTester(window.jobsPage()->model());
    QAbstractItemModelTester cardsTester(window.scenesPage()->cards());
    Test::FakeScenario slow = Test::FakeScenario::story();
    slow.tokensPerSecond = 40;
    m_fake.setDefaultScenario(slow);
    studio.jobs().start();
    window.scriptsPage()->openScript(doomed);
    window.showTab(MainWindow::Tab::Scenes);
    waitForCards(window, 3);
    StoryEngine::DevelopRequest request;
    request.scriptId = doomed;
    request.step = u"scenes"_s;
    const Result<Job> run = studio.jobs().develop(request);
    QVERIFY_RESULT(run);
    studio.jobs().start();
    ScenesPage *scenes = window.scenesPage();
    QTRY_VERIFY_WITH_TIMEOUT(scenes->cards()->cardAt(0).words > 0, 20000); // streaming onto the card

    // Deleted from the Scripts tab, as a writer does it.
    window.showTab(MainWindow::Tab::Scripts);
    QCOMPARE(window.scriptsPage()->selectedId(), doomed);
    Test::onNextModal(&window, [](QWidget *box) {
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>()) {
            if (b->text() == u"Delete"_s) {
                b->click();
                return;
            }
        }
    });
    window.scriptsPage()->deleteCurrent();
    QCOMPARE(studio.library().script(doomed).error().code, ErrorCode::NotFound);
    QTRY_VERIFY_WITH_TIMEOUT(studio.jobs().job(run->id)->status == JobStatus::Cancelled
                                 || studio.jobs().job(run->id)->status == JobStatus::Failed,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(studio.jobs().runningCount(), 0, 10000);
    // The window moves on to a script that exists, everywhere.
    const qint64 open = window.scriptsPage()->view()->scriptId();
    QVERIFY(open != doomed);
    window.showTab(MainWindow::Tab::Scenes);
    QTRY_VERIFY(scenes->cards()->scriptId() != doomed);
    if (open != 0) {
        checkOneScript(window, open);
    }
    QVERIFY(scenes->scriptBox()->findData(doomed) < 0);
}

QTEST_MAIN(tst_ScenesPage)
#include "tst_scenespage.moc"
