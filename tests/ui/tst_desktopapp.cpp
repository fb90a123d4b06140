// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's day, driven through the real widgets against the local provider double: two
// characters, a script with genre and tone and its cast, typing, a saved version, a generation
// streaming through pending → running → completed, the new version opened and compared with the
// first, one scene regenerated (and only it changed), a slow job cancelled, a refused key
// explained, and everything still there after a restart.
#include "../teststores.h"
#include "uitest.h"

#include <fakeprovider.h>

#include <generation/jobqueue.h>
#include <storage/characterstore.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/comparedialog.h>
#include <ui/editor/diffview.h>
#include <ui/fountaineditor.h>
#include <ui/generationlauncher.h>
#include <ui/mainwindow.h>
#include <ui/models/characterlistmodel.h>
#include <ui/models/joblistmodel.h>
#include <ui/models/scenetablemodel.h>
#include <ui/models/versionlistmodel.h>
#include <ui/pages/characterspage.h>
#include <ui/pages/jobspage.h>
#include <ui/pages/scenespage.h>
#include <ui/noticebar.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {

const QString kGenerated = u"INT. HOUSE - DAY\n\nJoe enters, soaked.\n\nJOE\nAnyone home?\n\n"
                           "INT. GARDEN - NIGHT\n\nRain hammers the roses.\n\n"
                           "INT. HOUSE - NIGHT\n\nJoe sleeps by the fire.\n"_s;
const QString kNewScene = u"INT. GARDEN - NIGHT\n\nHail shreds the roses. Joe watches from the "
                          "window.\n"_s;


// QTest::keyClicks() knows no line breaks: Return keys between the lines.
void type(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(widget, Qt::Key_Return);
        }
        QTest::keyClicks(widget, lines.at(i));
    }
}

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    if (!button) {
        qWarning("no button %s", qPrintable(name));
        return;
    }
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class tst_DesktopApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writersDay();

private:
    void createCharacter(MainWindow &window, const QString &name, const QString &personality);
    QString generateFromScripts(MainWindow &window, const QString &prompt);

    Test::AppFixture m_app;
    Test::FakeProvider m_fake;
};

void tst_DesktopApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_desktopapp"_s);
    QSettings().clear();
    QVERIFY(m_fake.listen());
    QVERIFY(m_app.open());
}

void tst_DesktopApp::createCharacter(MainWindow &window, const QString &name,
                                     const QString &personality)
{
    CharactersPage *page = window.charactersPage();
    click(page, u"newCharacterButton"_s);
    auto *nameEdit = page->findChild<QLineEdit *>(u"characterName"_s);
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(page->findChild<QPlainTextEdit *>(u"characterPersonality"_s), personality);
    click(page, u"saveCharacterButton"_s);
}

QString tst_DesktopApp::generateFromScripts(MainWindow &window, const QString &prompt)
{
    QSignalSpy queued(window.launcher(), &GenerationLauncher::queued);
    Test::onNextModal(&window, [prompt](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"generatePrompt"_s), prompt);
        click(dialog, u"generateOk"_s);
    });
    window.showTab(MainWindow::Tab::Scripts);
    click(window.scriptsPage()->view(), u"generateButton"_s);
    if (!queued.wait(5000) && queued.isEmpty()) {
        return {};
    }
    // The offscreen platform does not hand activation back when a dialog closes.
    window.activateWindow();
    return queued.constFirst().constFirst().value<Job>().id;
}

void tst_DesktopApp::writersDay()
{
    Studio &studio = *m_app.studio;
    m_app.credentials.write(u"anthropic"_s, u"sk-test-key"_s, this, [](Result<void>) {});
    ProviderConfig provider;
    provider.kind = ProviderConfig::Kind::Anthropic;
    provider.baseUrl = m_fake.anthropicBaseUrl();
    provider.model = u"claude-test"_s;
    studio.jobs().setProvider(provider);
    JobQueueSettings queueSettings;
    queueSettings.pollMs = 100;
    queueSettings.partialSaveMs = 100;
    studio.jobs().setSettings(queueSettings);

    qint64 scriptId = 0;
    {
        MainWindow window(studio);
        window.setCloseJobs(MainWindow::CloseJobs::Leave);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QAbstractItemModelTester jobsTester(window.jobsPage()->model());
        studio.jobs().start();

        // Two characters, through the Characters tab.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Characters));
        createCharacter(window, u"JOE"_s, u"Stubborn. Kind to animals."_s);
        createCharacter(window, u"MAYA"_s, u"Quick, funny, hiding a debt."_s);
        QTRY_COMPARE(TestStores(studio).characters().list()->size(), 2);
        QCOMPARE(window.charactersPage()->table()->model()->rowCount(), 2);

        // A script with genre and tone, both characters attached, through the New dialog.
        window.showTab(MainWindow::Tab::Scripts);
        Test::onNextModal(&window, [](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"scriptTitle"_s), u"Storm Season"_s);
            auto *genre = dialog->findChild<QComboBox *>(u"scriptGenre"_s);
            genre->setCurrentIndex(genre->findData(u"drama"_s));
            auto *tone = dialog->findChild<QComboBox *>(u"scriptTone"_s);
            tone->setCurrentIndex(tone->findData(u"melancholic"_s));
            auto *cast = dialog->findChild<QListWidget *>(u"scriptCharacters"_s);
            for (int i = 0; i < cast->count(); ++i) {
                cast->item(i)->setCheckState(Qt::Checked);
            }
            click(dialog, u"scriptDialogOk"_s);
        });
        click(window.scriptsPage(), u"newScriptButton"_s);
        QTRY_VERIFY(window.scriptsPage()->view()->scriptId() != 0);
        scriptId = window.scriptsPage()->view()->scriptId();
        const Result<Script> script = TestStores(studio).scripts().get(scriptId);
        QVERIFY_RESULT(script);
        QCOMPARE(script->title, u"Storm Season"_s);
        QCOMPARE(script->genre, u"drama"_s);
        QCOMPARE(script->tone, u"melancholic"_s);
        QCOMPARE(TestStores(studio).scripts().characterIds(scriptId)->size(), 2);

        // Typing, autosaved to the draft without a keystroke of waiting. Enter after a paragraph
        // starts the next one, and a second Enter out of habit adds no blank line.
        FountainEditor *editor = window.editor();
        editor->setFocus();
        const QString typed = u"INT. HOUSE - DAY\n\nJoe enters.\n\nINT. GARDEN - NIGHT\n\nRain.\n"_s;
        type(editor, u"INT. HOUSE - DAY\n\nJoe enters.\nINT. GARDEN - NIGHT\nRain."_s);
        QCOMPARE(editor->toPlainText(), typed);
        QTRY_COMPARE_WITH_TIMEOUT(TestStores(studio).drafts().get(scriptId)->content, typed, 5000);
        QTRY_COMPARE(window.scriptsPage()->view()->sceneNavigator()->count(), 2);

        // Save a version (Ctrl+Shift+S asks for a note; the view's call is the same path).
        Test::onNextModal(&window, [](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"my first pass"_s);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        // The offscreen platform does not hand activation back when a dialog closes.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(TestStores(studio).versions().list(scriptId)->size(), 1);
        QCOMPARE(TestStores(studio).versions().get(scriptId, 1)->content, typed);
        QCOMPARE(TestStores(studio).versions().get(scriptId, 1)->note, u"my first pass"_s);
        QCOMPARE(window.scriptsPage()->view()->versionTable()->model()->rowCount(), 1);

        // Generate: the Jobs tab goes pending → running → completed with the text streaming.
        m_fake.enqueue(Test::FakeScenario::answer(kGenerated, 120, 80).trickle(40));
        QList<JobStatus> statuses;
        connect(&studio.jobs(), &JobDesk::jobChanged, &window, [&statuses](const Job &job) {
            if (statuses.isEmpty() || statuses.constLast() != job.status) {
                statuses << job.status;
            }
        });
        const QString jobId = generateFromScripts(window, u"Make it rain harder."_s);
        QVERIFY(!jobId.isEmpty());
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Jobs));
        window.jobsPage()->select(jobId);
        QTRY_VERIFY(window.jobsPage()->textView()->toPlainText().contains(u"Joe enters"_s));
        QTRY_VERIFY(!window.jobsPage()->textView()->toPlainText().contains(u"sleeps by the fire"_s)
                    || TestStores(studio).jobs().get(jobId)->status == JobStatus::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(TestStores(studio).jobs().get(jobId)->status, JobStatus::Completed, 10000);
        statuses.prepend(JobStatus::Pending); // the row is written pending by enqueue, before any signal
        statuses.removeIf([seen = QList<JobStatus>()](JobStatus s) mutable {
            if (seen.contains(s)) {
                return true;
            }
            seen.append(s);
            return false;
        });
        QCOMPARE(statuses, (QList<JobStatus>{JobStatus::Pending, JobStatus::Running, JobStatus::Completed}));
        QTRY_COMPARE(window.jobsPage()->textView()->toPlainText().trimmed(), kGenerated.trimmed());
        QCOMPARE(TestStores(studio).jobs().get(jobId)->outputTokens, 80);

        // Open the new version: the draft had no edits of its own, so it is in the editor.
        click(window.jobsPage(), u"openJobResultButton"_s);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Scripts));
        QTRY_COMPARE(editor->toPlainText(), TestStores(studio).versions().get(scriptId, 2)->content);
        QVERIFY(editor->toPlainText().contains(u"Rain hammers the roses."_s));

        // Compare v1 and v2 side by side.
        QTableView *versions = window.scriptsPage()->view()->versionTable();
        versions->selectAll();
        click(window.scriptsPage()->view(), u"compareVersionsButton"_s);
        CompareDialog *compare = window.scriptsPage()->view()->findChild<CompareDialog *>();
        QVERIFY(compare);
        QTRY_VERIFY(compare->diffView()->isReady());
        QVERIFY(compare->diffView()->result().changes > 0);
        QVERIFY(compare->diffView()->leftView()->toPlainText().contains(u"Joe enters."_s));
        QVERIFY(compare->diffView()->rightView()->toPlainText().contains(u"Joe sleeps by the fire."_s));
        compare->close();

        // Regenerate scene 2 from the Scenes tab: only scene 2 differs in the new version.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        ScenesPage *scenes = window.scenesPage();
        QAbstractItemModelTester scenesTester(scenes->model());
        scenes->setMode(ScenesPage::Mode::Table);
        scenes->showVersion(scriptId, 0);
        QTRY_COMPARE(scenes->model()->rowCount(), 3);
        scenes->selectScene(2);
        m_fake.enqueue(Test::FakeScenario::answer(kNewScene, 90, 30));
        Test::onNextModal(&window, [](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"generatePrompt"_s), u"Hail."_s);
            click(dialog, u"generateOk"_s);
        });
        click(scenes, u"regenerateSceneButton"_s);
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QTRY_COMPARE_WITH_TIMEOUT(TestStores(studio).versions().list(scriptId)->size(), 3, 10000);
        const Result<QList<Scene>> before = TestStores(studio).scenes().list(scriptId, 2);
        const Result<QList<Scene>> after = TestStores(studio).scenes().list(scriptId, 3);
        QVERIFY_RESULT(after);
        QCOMPARE(after->size(), 3);
        QCOMPARE(after->at(0).content, before->at(0).content);
        QVERIFY(after->at(1).content != before->at(1).content);
        QVERIFY(after->at(1).content.contains(u"Hail shreds the roses."_s));
        QCOMPARE(after->at(2).content, before->at(2).content);
        QCOMPARE(TestStores(studio).versions().get(scriptId, 3)->origin, VersionOrigin::SceneRegenerated);
        // The page shows the new version and offers the comparison of the two, one change only.
        QTRY_VERIFY2(!scenes->notice()->actionButton()->isHidden(), qPrintable(scenes->notice()->text()));
        scenes->notice()->actionButton()->click();
        QTRY_VERIFY(scenes->lastComparison());
        QTRY_VERIFY(scenes->lastComparison()->diffView()->isReady());
        QCOMPARE(scenes->lastComparison()->diffView()->result().changes, 1);
        QCOMPARE(scenes->versionNumber(), 3);
        scenes->lastComparison()->close();

        // A slow job, cancelled from the Jobs tab.
        m_fake.enqueue(Test::FakeScenario::endless(50));
        const QString slow = generateFromScripts(window, u"Take your time."_s);
        QVERIFY(!slow.isEmpty());
        window.showTab(MainWindow::Tab::Jobs);
        window.jobsPage()->select(slow);
        QTRY_COMPARE(TestStores(studio).jobs().get(slow)->status, JobStatus::Running);
        QTRY_COMPARE(window.tabs()->tabText(int(MainWindow::Tab::Jobs)), u"Jobs (1)"_s);
        click(window.jobsPage(), u"cancelJobButton"_s);
        QTRY_COMPARE(TestStores(studio).jobs().get(slow)->status, JobStatus::Cancelled);
        QTRY_COMPARE(window.tabs()->tabText(int(MainWindow::Tab::Jobs)), u"Jobs"_s);
        QCOMPARE(TestStores(studio).versions().list(scriptId)->size(), 3);

        // A refused key: failed at once, explained in the window, no version.
        m_fake.enqueue(Test::FakeScenario::authenticationError());
        const QString refused = generateFromScripts(window, u"Once more."_s);
        QVERIFY(!refused.isEmpty());
        window.showTab(MainWindow::Tab::Jobs);
        QTRY_COMPARE(TestStores(studio).jobs().get(refused)->status, JobStatus::Failed);
        window.jobsPage()->select(refused);
        QTRY_VERIFY(window.jobsPage()->errorLabel()->isVisible());
        QVERIFY2(window.jobsPage()->errorLabel()->text().contains(u"API key"_s),
                 qPrintable(window.jobsPage()->errorLabel()->text()));
        QCOMPARE(TestStores(studio).jobs().get(refused)->attempts, 1);
        QCOMPARE(TestStores(studio).versions().list(scriptId)->size(), 3);
        QCOMPARE(m_fake.requests().constLast().header(u"x-api-key"_s), u"sk-test-key"_s);

        // The draft gets typing of its own before the app closes.
        window.showTab(MainWindow::Tab::Scripts);
        editor->moveCursor(QTextCursor::End);
        type(editor, u"\nJOE\nGoodnight."_s);
        window.close();
    }

    // Restart: a new set of studio on the same file, a new window; everything is there.
    QVERIFY(m_app.open());
    Studio &again = *m_app.studio;
    MainWindow window(again);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(TestStores(again).characters().list()->size(), 2);
    QCOMPARE(TestStores(again).versions().list(scriptId)->size(), 3);
    QVERIFY2(TestStores(again).drafts().get(scriptId)->content.endsWith(u"JOE\nGoodnight.\n"_s), qPrintable(TestStores(again).drafts().get(scriptId)->content.right(80).replace(u'\n', u'|')));
    QCOMPARE(again.jobs().jobs()->size(), 4);
    QCOMPARE(window.jobsPage()->model()->rowCount(), 4);
    window.scriptsPage()->openScript(scriptId);
    QVERIFY(window.editor()->toPlainText().endsWith(u"JOE\nGoodnight.\n"_s));
    QCOMPARE(window.scriptsPage()->view()->versionTable()->model()->rowCount(), 3);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"

using Spielberg::Test::TestStores;
