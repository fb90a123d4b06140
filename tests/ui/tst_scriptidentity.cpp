// SPDX-License-Identifier: GPL-3.0-or-later
// The open script is an identity, not a row. Three scripts, the one under test the oldest (the
// last row); each action re-sorts the list under it (the list puts the most recently changed
// first). After details, Save as version, Restore, and a generation finishing (for the open
// script, or for another), the header, the editor, the cast, the versions pane and the stored
// draft all belong to the same script, nothing else was reopened, and the other scripts' drafts
// are untouched. A list that re-sorts, filters, reloads or loses a row keeps the selection on the
// open script and never reopens it; a draft resting on a missing version is repaired on open.
#include "../teststores.h"
#include "uitest.h"

#include <core/character.h>
#include <core/draft.h>
#include <core/job.h>
#include <core/scriptversion.h>
#include <generation/providerconfig.h>
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/draftstore.h>
#include <storage/jobstore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/comparedialog.h>
#include <ui/dialogs/scriptdialog.h>
#include <ui/fountaineditor.h>
#include <ui/models/scriptlistmodel.h>
#include <ui/models/versionlistmodel.h>
#include <ui/noticebar.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHash>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {

const QString kTargetOne = u"INT. TARGET ONE - DAY\n\nAlice waits.\n"_s;
const QString kTargetTwo = u"INT. TARGET TWO - DAY\n\nAlice runs.\n"_s;
const QString kBravo = u"INT. BRAVO - NIGHT\n\nBoris sings.\n"_s;
const QString kBravoDraft = kBravo + u"Boris typed this.\n"_s;
const QString kCharlie = u"EXT. CHARLIE - DAY\n\nClara digs.\n"_s;
const QString kCharlieDraft = kCharlie + u"Clara typed this.\n"_s;
const QString kGenerated = u"INT. GENERATED - DAY\n\nAlice flies.\n"_s;

// The row of script `id` in the list as shown (sorted, filtered); -1 when it is not shown.
int shownRow(ScriptsPage &page, qint64 id)
{
    const QAbstractItemModel *model = page.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ScriptListModel::IdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

// The writer selecting the row of script `id` (as a click does: current and selected).
void choose(ScriptsPage &page, qint64 id)
{
    const int row = shownRow(page, id);
    if (row < 0) {
        qWarning("script %lld is not in the list", static_cast<long long>(id));
        return;
    }
    page.table()->selectionModel()->setCurrentIndex(
        page.table()->model()->index(row, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

// Stops the calling test function when a verifying helper failed.
#define VERIFY_SHOWS(page, id, text)                                                            \
    do {                                                                                        \
        verifyShows(page, id, text);                                                            \
        if (QTest::currentTestFailed()) {                                                       \
            return;                                                                             \
        }                                                                                       \
    } while (false)

class tst_ScriptIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void detailsStayWithTheirScript();
    void saveAsVersionStaysWithItsScript();
    void restoreStaysWithItsScript();
    void generationForTheOpenScript();
    void generationForAnotherScriptIsAnnounced();
    void actionFinishesOnItsScriptWhenAnotherIsChosen();
    void listChangesKeepTheSelectionAndReopenNothing();
    void draftOnAMissingVersionIsRebasedOnOpen();
    void generatedWhileClosedIsShownOnOpen();
    void usingAGeneratedVersionMakesItTheNewest();
    void generationStartsFromWhatTheWriterSees();
    void theViewFollowsADraftKeptForAGeneration();

private:
    qint64 makeScript(const QString &title, const QStringList &versions, qint64 character,
                      const QString &draft);
    qint64 makeCharacter(const QString &name);
    /** Changes another script's details: the list re-sorts. */
    void touch(qint64 id);
    /** Adds a generated version as a finished job does, from another thread; its number. */
    int addGenerated(qint64 scriptId, const QString &text, int parent);
    void verifyShows(ScriptsPage &page, qint64 id, const QString &text);
    using DraftState = std::pair<QString, int>; ///< content, base version
    QHash<qint64, DraftState> draftsOf(const QList<qint64> &ids) const;
    void verifyDrafts(const QHash<qint64, DraftState> &before) const;
    void showPage(ScriptsPage &page);

    Test::AppFixture m_app;
    qint64 m_target = 0;
    qint64 m_bravo = 0;
    qint64 m_charlie = 0;
    qint64 m_alice = 0;
    qint64 m_boris = 0;
    qint64 m_clara = 0;
    qint64 m_dora = 0;
    int m_touches = 0;
};

void tst_ScriptIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// A fresh library for each test: the target (oldest, the last row, a clean draft on v2), Bravo
// and Charlie (each with typing of its own in its draft), one character each and DORA spare.
void tst_ScriptIdentity::init()
{
    m_app.name = u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(m_app.open());
    m_alice = makeCharacter(u"ALICE"_s);
    m_boris = makeCharacter(u"BORIS"_s);
    m_clara = makeCharacter(u"CLARA"_s);
    m_dora = makeCharacter(u"DORA"_s);
    QVERIFY(m_alice && m_boris && m_clara && m_dora);
    m_target = makeScript(u"Target"_s, {kTargetOne, kTargetTwo}, m_alice, kTargetTwo);
    QTest::qWait(5); // a later updated_at for each: a fixed order
    m_bravo = makeScript(u"Bravo"_s, {kBravo}, m_boris, kBravoDraft);
    QTest::qWait(5);
    m_charlie = makeScript(u"Charlie"_s, {kCharlie}, m_clara, kCharlieDraft);
    QTest::qWait(5);
    QVERIFY(m_target && m_bravo && m_charlie);
}

qint64 tst_ScriptIdentity::makeCharacter(const QString &name)
{
    Character c;
    c.name = name;
    const Result<Character> made = TestStores(*m_app.studio).characters().create(c);
    return made ? made->id : 0;
}

qint64 tst_ScriptIdentity::makeScript(const QString &title, const QStringList &versions,
                                      qint64 character, const QString &draft)
{
    Studio &studio = *m_app.studio;
    Script s;
    s.title = title;
    s.genre = u"drama"_s;
    const Result<Script> made = TestStores(studio).scripts().create(s, {character});
    if (!made) {
        return 0;
    }
    for (const QString &text : versions) {
        if (!TestStores(studio).versions().create(made->id, text)) {
            return 0;
        }
    }
    if (!TestStores(studio).drafts().save(Draft{made->id, draft, int(versions.size()), {}})) {
        return 0;
    }
    return made->id;
}

void tst_ScriptIdentity::touch(qint64 id)
{
    Result<Script> script = TestStores(*m_app.studio).scripts().get(id);
    QVERIFY_RESULT(script);
    script->logline = u"Touched %1"_s.arg(++m_touches);
    QVERIFY_RESULT(TestStores(*m_app.studio).scripts().update(*script));
    QTest::qWait(5); // what changes next is later
}

int tst_ScriptIdentity::addGenerated(qint64 scriptId, const QString &text, int parent)
{
    Studio &studio = *m_app.studio;
    Job job;
    job.kind = JobKind::Script;
    job.status = JobStatus::Completed;
    job.scriptId = scriptId;
    job.baseVersion = parent;
    const Result<Job> made = TestStores(studio).jobs().create(job);
    if (!made) {
        qWarning("no job: %s", qPrintable(made.error().message));
        return 0;
    }
    int number = 0;
    const QString jobId = made->id;
    std::unique_ptr<QThread> worker(QThread::create([&studio, &number, scriptId, text, parent, jobId] {
        const Result<ScriptVersion> version = TestStores(studio).versions().create(
            scriptId, text, VersionOrigin::Generated, u"generated"_s, jobId, parent);
        if (version) {
            number = version->number;
        }
        studio.database().releaseThreadConnection();
    }));
    worker->start();
    worker->wait();
    return number;
}

void tst_ScriptIdentity::verifyShows(ScriptsPage &page, qint64 id, const QString &text)
{
    Studio &studio = *m_app.studio;
    ScriptView *view = page.view();
    QCOMPARE(view->scriptId(), id);
    // Its row is the one selected.
    QCOMPARE(page.selectedId(), id);
    QVERIFY(page.table()->selectionModel()->isRowSelected(page.table()->currentIndex().row()));
    // The header names it.
    const Result<Script> script = TestStores(studio).scripts().get(id);
    QVERIFY_RESULT(script);
    QCOMPARE(view->findChild<QLabel *>(u"scriptHeading"_s)->text(), script->title);
    // The editor holds its text.
    QCOMPARE(view->editor()->toPlainText(), text);
    // The cast shown is its cast, and no other's.
    const QString cast = view->findChild<QLabel *>(u"scriptCharactersLine"_s)->text();
    const Result<QList<qint64>> attached = TestStores(studio).scripts().characterIds(id);
    QVERIFY_RESULT(attached);
    const Result<QList<Character>> library = TestStores(studio).characters().list();
    QVERIFY_RESULT(library);
    for (const Character &c : *library) {
        QVERIFY2(cast.contains(c.name) == attached->contains(c.id),
                 qPrintable(u"%1 in “%2”"_s.arg(c.name, cast)));
    }
    // The versions pane lists its versions.
    auto *versions = qobject_cast<VersionListModel *>(view->versionTable()->model());
    QVERIFY(versions);
    QCOMPARE(versions->scriptId(), id);
    const Result<QList<ScriptVersion>> stored = TestStores(studio).versions().list(id);
    QVERIFY_RESULT(stored);
    QCOMPARE(versions->rowCount(), int(stored->size()));
    // Its stored draft is the editor's text, resting on a version it has.
    QTRY_COMPARE_WITH_TIMEOUT(TestStores(studio).drafts().get(id)->content, text, 5000);
    const Result<Draft> draft = TestStores(studio).drafts().get(id);
    QVERIFY_RESULT(draft);
    if (draft->baseVersion > 0) {
        QVERIFY_RESULT(TestStores(studio).versions().get(id, draft->baseVersion));
    }
}

QHash<qint64, tst_ScriptIdentity::DraftState>
tst_ScriptIdentity::draftsOf(const QList<qint64> &ids) const
{
    QHash<qint64, DraftState> out;
    for (const qint64 id : ids) {
        const Result<Draft> draft = TestStores(*m_app.studio).drafts().get(id);
        out.insert(id, draft ? DraftState{draft->content, draft->baseVersion} : DraftState{});
    }
    return out;
}

void tst_ScriptIdentity::verifyDrafts(const QHash<qint64, DraftState> &before) const
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Result<Draft> draft = TestStores(*m_app.studio).drafts().get(it.key());
        QVERIFY_RESULT(draft);
        QCOMPARE(draft->content, it.value().first);
        QCOMPARE(draft->baseVersion, it.value().second);
    }
}

void tst_ScriptIdentity::showPage(ScriptsPage &page)
{
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Newest first: the target is the last row, and the first row is open.
    QCOMPARE(shownRow(page, m_charlie), 0);
    QCOMPARE(shownRow(page, m_target), 2);
    QCOMPARE(page.view()->scriptId(), m_charlie);
    choose(page, m_target);
    QCOMPARE(page.view()->scriptId(), m_target);
}

void tst_ScriptIdentity::detailsStayWithTheirScript()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QHash<qint64, DraftState> others = draftsOf({m_bravo, m_charlie});
    QSignalSpy opened(page.view(), &ScriptView::scriptOpened);
    bool answered = false;
    Test::onNextModal(&page, [this, &answered](QWidget *dialog) {
        auto *details = qobject_cast<ScriptDialog *>(dialog);
        QVERIFY(details);
        touch(m_bravo); // meanwhile the list re-sorts under the dialog
        details->titleEdit()->setText(u"Target Renamed"_s);
        QListWidget *cast = details->characterList();
        for (int i = 0; i < cast->count(); ++i) {
            if (cast->item(i)->data(Qt::UserRole).toLongLong() == m_dora) {
                cast->item(i)->setCheckState(Qt::Checked);
            }
        }
        answered = true;
        details->accept();
    });
    page.view()->editDetails();
    QVERIFY(answered);

    QCOMPARE(TestStores(*m_app.studio).scripts().get(m_target)->title, u"Target Renamed"_s);
    QVERIFY(TestStores(*m_app.studio).scripts().characterIds(m_target)->contains(m_dora));
    QVERIFY(!TestStores(*m_app.studio).scripts().characterIds(m_bravo)->contains(m_dora));
    QVERIFY(!TestStores(*m_app.studio).scripts().characterIds(m_charlie)->contains(m_dora));
    QCOMPARE(shownRow(page, m_target), 0); // moved to the top…
    QCOMPARE(opened.count(), 0);           // …and nothing was reopened
    VERIFY_SHOWS(page, m_target, kTargetTwo);
    verifyDrafts(others);
}

void tst_ScriptIdentity::saveAsVersionStaysWithItsScript()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    ScriptView *view = page.view();
    const QHash<qint64, DraftState> others = draftsOf({m_bravo, m_charlie});
    QSignalSpy opened(view, &ScriptView::scriptOpened);
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Typed."_s);
    const QString typed = kTargetTwo + u"Typed."_s;
    Test::onNextModal(&page, [this](QWidget *dialog) {
        auto *note = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(note);
        touch(m_charlie); // meanwhile the list re-sorts under the question
        note->setTextValue(u"pass"_s);
        note->accept();
    });
    view->saveVersionInteractively();

    const Result<ScriptVersion> saved = TestStores(*m_app.studio).versions().get(m_target, 3);
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->content, typed);
    QCOMPARE(saved->note, u"pass"_s);
    QCOMPARE(saved->parentNumber, 2);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 3);
    QCOMPARE(shownRow(page, m_target), 0);
    QCOMPARE(opened.count(), 0);
    VERIFY_SHOWS(page, m_target, typed);
    // The draft still rests on a version of its own script: the next one saves too.
    QCOMPARE(view->saveVersion(u"again"_s), 4);
    VERIFY_SHOWS(page, m_target, typed);
    verifyDrafts(others);
    QCOMPARE(TestStores(*m_app.studio).versions().list(m_bravo)->size(), 1);
    QCOMPARE(TestStores(*m_app.studio).versions().list(m_charlie)->size(), 1);
}

void tst_ScriptIdentity::restoreStaysWithItsScript()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    ScriptView *view = page.view();
    const QHash<qint64, DraftState> others = draftsOf({m_bravo, m_charlie});
    QSignalSpy opened(view, &ScriptView::scriptOpened);
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Typed."_s);
    view->selectVersion(1);
    auto *restore = view->findChild<QPushButton *>(u"restoreVersionButton"_s);
    QVERIFY(restore);
    QVERIFY(restore->isEnabled());
    restore->click();

    // v3 keeps the typing, v4 is v1 again, and the draft rests on v4.
    const Result<QList<ScriptVersion>> all = TestStores(*m_app.studio).versions().list(m_target);
    QVERIFY_RESULT(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(2).content, kTargetTwo + u"Typed."_s);
    QCOMPARE(all->at(3).content, kTargetOne);
    QCOMPARE(all->at(3).origin, VersionOrigin::Restored);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 4);
    QCOMPARE(shownRow(page, m_target), 0);
    QCOMPARE(opened.count(), 0);
    VERIFY_SHOWS(page, m_target, kTargetOne);
    verifyDrafts(others);
}

void tst_ScriptIdentity::generationForTheOpenScript()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    ScriptView *view = page.view();
    const QHash<qint64, DraftState> others = draftsOf({m_bravo, m_charlie});
    QSignalSpy opened(view, &ScriptView::scriptOpened);
    QCOMPARE(addGenerated(m_target, kGenerated, 2), 3);

    // The draft held no typing of its own: the new version is in the editor, as today.
    QTRY_COMPARE(view->editor()->toPlainText(), kGenerated);
    QTRY_COMPARE(shownRow(page, m_target), 0);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 3);
    QCOMPARE(opened.count(), 0);
    QVERIFY(!page.notice()->isVisible()); // no offer to open what is open
    VERIFY_SHOWS(page, m_target, kGenerated);
    verifyDrafts(others);
}

void tst_ScriptIdentity::generationForAnotherScriptIsAnnounced()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    ScriptView *view = page.view();
    const QHash<qint64, DraftState> others = draftsOf({m_bravo, m_charlie});
    QSignalSpy opened(view, &ScriptView::scriptOpened);
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Typed."_s);
    const QString typed = kTargetTwo + u"Typed."_s;
    QCOMPARE(addGenerated(m_bravo, kGenerated, 1), 2);

    // Announced with a way to open it; the open script stays as it was.
    QTRY_VERIFY(page.notice()->isVisible());
    QVERIFY2(page.notice()->text().contains(u"Bravo"_s), qPrintable(page.notice()->text()));
    QVERIFY(page.notice()->actionButton()->isVisible());
    QCOMPARE(shownRow(page, m_bravo), 0);
    QCOMPARE(opened.count(), 0);
    VERIFY_SHOWS(page, m_target, typed);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 2);
    verifyDrafts(others); // Bravo's draft is the writer's: the new version waits in its history

    // The writer takes the offer: Bravo opens, with its own draft and the new version listed.
    page.notice()->actionButton()->click();
    QCOMPARE(opened.count(), 1);
    QVERIFY(!page.notice()->isVisible());
    VERIFY_SHOWS(page, m_bravo, kBravoDraft);
    QCOMPARE(view->versionTable()->model()->rowCount(), 2);
    // The target's typing went to the target's draft.
    QTRY_COMPARE(TestStores(*m_app.studio).drafts().get(m_target)->content, typed);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 2);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_charlie)->content, kCharlieDraft);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_charlie)->baseVersion, 1);
}

void tst_ScriptIdentity::actionFinishesOnItsScriptWhenAnotherIsChosen()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    Test::onNextModal(&page, [this, &page](QWidget *dialog) {
        auto *details = qobject_cast<ScriptDialog *>(dialog);
        QVERIFY(details);
        choose(page, m_bravo); // the writer opens another script while the dialog is open
        details->titleEdit()->setText(u"Target Renamed"_s);
        QListWidget *cast = details->characterList();
        for (int i = 0; i < cast->count(); ++i) {
            if (cast->item(i)->data(Qt::UserRole).toLongLong() == m_dora) {
                cast->item(i)->setCheckState(Qt::Checked);
            }
        }
        details->accept();
    });
    page.view()->editDetails();

    // The answer went to the script the dialog was about…
    QCOMPARE(TestStores(*m_app.studio).scripts().get(m_target)->title, u"Target Renamed"_s);
    QVERIFY(TestStores(*m_app.studio).scripts().characterIds(m_target)->contains(m_dora));
    // …and none of it to the one open now, which shows as itself.
    QCOMPARE(TestStores(*m_app.studio).scripts().get(m_bravo)->title, u"Bravo"_s);
    QVERIFY(!TestStores(*m_app.studio).scripts().characterIds(m_bravo)->contains(m_dora));
    VERIFY_SHOWS(page, m_bravo, kBravoDraft);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->content, kTargetTwo);
}

void tst_ScriptIdentity::listChangesKeepTheSelectionAndReopenNothing()
{
    ScriptsPage page(*m_app.studio);
    QAbstractItemModelTester tester(page.model());
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    Studio &studio = *m_app.studio;
    ScriptView *view = page.view();
    QSignalSpy opened(view, &ScriptView::scriptOpened);
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Typed."_s);
    const QString typed = kTargetTwo + u"Typed."_s;
    const auto stillOnTarget = [&] {
        return view->scriptId() == m_target && page.selectedId() == m_target
               && view->editor()->toPlainText() == typed;
    };

    // Others change and get versions: rows move above and below it.
    touch(m_bravo);
    touch(m_charlie);
    QVERIFY(stillOnTarget());
    QVERIFY_RESULT(TestStores(studio).versions().create(m_bravo, kBravo + u"More.\n"_s));
    QTest::qWait(5); // what changes next is later
    QVERIFY(stillOnTarget());
    // It changes itself: its row moves from the bottom to the top, the selection with it (the
    // list hears of it through the library's notifier, by the event loop: wait for it there).
    touch(m_target);
    QTRY_COMPARE(shownRow(page, m_target), 0);
    QVERIFY(stillOnTarget());
    // A reload (model reset).
    QVERIFY_RESULT(page.model()->reload());
    QVERIFY(stillOnTarget());
    // Sorted by title instead.
    page.table()->sortByColumn(ScriptListModel::Title, Qt::AscendingOrder);
    QVERIFY(stillOnTarget());
    page.table()->sortByColumn(ScriptListModel::Changed, Qt::DescendingOrder);
    // A search that hides it: no row is selected rather than another script's…
    page.search(u"Bravo"_s);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    QCOMPARE(page.selectedId(), 0);
    QCOMPARE(view->scriptId(), m_target);
    // …and it is selected again when it shows again.
    page.search(QString());
    QVERIFY(stillOnTarget());
    // A genre none of them has, then all genres.
    auto *genre = page.findChild<QComboBox *>(u"scriptGenreFilter"_s);
    QVERIFY(genre);
    genre->setCurrentIndex(genre->findData(u"comedy"_s));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    QCOMPARE(view->scriptId(), m_target);
    genre->setCurrentIndex(0);
    QVERIFY(stillOnTarget());
    // Rows come and go around it.
    Script fresh;
    fresh.title = u"Delta"_s;
    QVERIFY_RESULT(TestStores(studio).scripts().create(fresh));
    QVERIFY(stillOnTarget());
    QVERIFY_RESULT(TestStores(studio).scripts().remove(m_charlie));
    QVERIFY(stillOnTarget());
    QCOMPARE(opened.count(), 0);
    VERIFY_SHOWS(page, m_target, typed);

    // Only the writer's choice opens another script.
    choose(page, m_bravo);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(view->scriptId(), m_bravo);
    QTRY_COMPARE(TestStores(studio).drafts().get(m_target)->content, typed);
}

void tst_ScriptIdentity::draftOnAMissingVersionIsRebasedOnOpen()
{
    Studio &studio = *m_app.studio;
    // As an older build could leave it: Bravo's draft rests on a version only another script has.
    QVERIFY_RESULT(TestStores(studio).drafts().save(Draft{m_bravo, u"Bravo's own words.\n"_s, 7, {}}));
    ScriptsPage page(studio);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    choose(page, m_bravo);
    QCOMPARE(page.view()->scriptId(), m_bravo);

    // Its text is kept, now resting on Bravo's newest version.
    const Result<Draft> draft = TestStores(studio).drafts().get(m_bravo);
    QVERIFY_RESULT(draft);
    QCOMPARE(draft->content, u"Bravo's own words.\n"_s);
    QCOMPARE(draft->baseVersion, 1);
    QCOMPARE(page.view()->editor()->toPlainText(), u"Bravo's own words.\n"_s);
    QVERIFY(page.view()->hasUnsavedEdits());
    // Save as version works on it.
    QCOMPARE(page.view()->saveVersion(u"after the repair"_s), 2);
    const Result<ScriptVersion> saved = TestStores(studio).versions().get(m_bravo, 2);
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->content, u"Bravo's own words.\n"_s);
    QCOMPARE(saved->parentNumber, 1);
    VERIFY_SHOWS(page, m_bravo, u"Bravo's own words.\n"_s);
}

void tst_ScriptIdentity::generatedWhileClosedIsShownOnOpen()
{
    // Delta's draft is its newest version: nothing typed. A generation for it finishes while
    // the target is open; opening Delta shows the new version, as if it had been open.
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    const qint64 delta = makeScript(u"Delta"_s, {kBravo}, m_boris, kBravo);
    QVERIFY(delta);
    QTRY_COMPARE(shownRow(page, delta), 0);
    QCOMPARE(page.view()->scriptId(), m_target); // a new row above changes nothing open
    QCOMPARE(addGenerated(delta, kGenerated, 1), 2);
    QTRY_VERIFY(page.notice()->isVisible());
    page.notice()->actionButton()->click();
    QTRY_COMPARE(page.view()->editor()->toPlainText(), kGenerated);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(delta)->baseVersion, 2);
    VERIFY_SHOWS(page, delta, kGenerated);
    // The view says so; and says nothing of Delta once another script is open.
    auto *said = page.view()->findChild<NoticeBar *>();
    QVERIFY(said && said->isVisible());
    QVERIFY2(said->text().contains(u"2"_s), qPrintable(said->text()));
    choose(page, m_charlie);
    QVERIFY(!said->isVisible());
}

void tst_ScriptIdentity::usingAGeneratedVersionMakesItTheNewest()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    ScriptView *view = page.view();
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Typed while it ran."_s);
    const QString typed = kTargetTwo + u"Typed while it ran."_s;
    QCOMPARE(addGenerated(m_target, kGenerated, 2), 3);
    // Typing no version holds: the writer is told, and no window takes the keys they type on.
    QPushButton *reviewButton = nullptr;
    QTRY_VERIFY((reviewButton = view->findChild<QPushButton *>(u"noticeAction"_s)) != nullptr
                && reviewButton->isVisible());
    QVERIFY(!view->findChild<CompareDialog *>());
    QTest::keyClicks(view->editor(), u" And after."_s);
    const QString typedOn = typed + u" And after."_s;
    QCOMPARE(view->editor()->toPlainText(), typedOn);
    // They open the review when they choose, and take the new version.
    reviewButton->click();
    CompareDialog *review = nullptr;
    QTRY_VERIFY((review = view->findChild<CompareDialog *>()) != nullptr);
    QTRY_VERIFY(review->isVisible());
    review->acceptButton()->click();
    QTRY_COMPARE(view->editor()->toPlainText(), kGenerated);
    // The typing was kept (v4), and the chosen text is the newest version again (v5), so the
    // Scenes tab and the next generation start from what the editor shows.
    const Result<QList<ScriptVersion>> versions = TestStores(*m_app.studio).versions().list(m_target);
    QVERIFY_RESULT(versions);
    QCOMPARE(versions->size(), 5);
    QCOMPARE(versions->at(3).content, typedOn);
    QCOMPARE(versions->at(4).content, kGenerated);
    QCOMPARE(versions->at(4).origin, VersionOrigin::Restored);
    QCOMPARE(TestStores(*m_app.studio).drafts().get(m_target)->baseVersion, 5);
    VERIFY_SHOWS(page, m_target, kGenerated);
}

void tst_ScriptIdentity::generationStartsFromWhatTheWriterSees()
{
    Studio &studio = *m_app.studio;
    ProviderConfig provider;
    provider.baseUrl = u"http://127.0.0.1:9"_s;
    provider.model = u"claude-test"_s;
    studio.jobs().setProvider(provider);
    // The draft rests on version 1 of two, with typing: the job starts from a kept version.
    QVERIFY_RESULT(TestStores(studio).drafts().save(Draft{m_target, kTargetOne + u"More."_s, 1, {}}));
    const Result<Job> job = studio.jobs().generate(m_target, u"Go on."_s, u"kept"_s);
    QVERIFY_RESULT(job);
    QCOMPARE(job->baseVersion, 3);
    QCOMPARE(TestStores(studio).versions().get(m_target, 3)->content, kTargetOne + u"More."_s);
    QCOMPARE(TestStores(studio).drafts().get(m_target)->baseVersion, 3);
    // Nothing typed since: the next job starts from the same version, and no version is added.
    const Result<Job> again = studio.jobs().generate(m_target, u"Go on."_s, u"kept"_s);
    QVERIFY_RESULT(again);
    QCOMPARE(again->baseVersion, 3);
    QCOMPARE(TestStores(studio).versions().list(m_target)->size(), 3);
    // A draft resting on an older version than the newest: the job starts from that one.
    QVERIFY_RESULT(TestStores(studio).drafts().save(Draft{m_target, kTargetOne, 1, {}}));
    const Result<Job> older = studio.jobs().generate(m_target, u"Go on."_s, u"kept"_s);
    QVERIFY_RESULT(older);
    QCOMPARE(older->baseVersion, 1);
    QCOMPARE(TestStores(studio).versions().list(m_target)->size(), 3);
    QVERIFY(!studio.jobs().generate(m_target, u"  "_s, u"kept"_s)); // an empty prompt is refused
}

void tst_ScriptIdentity::theViewFollowsADraftKeptForAGeneration()
{
    ScriptsPage page(*m_app.studio);
    showPage(page);
    if (QTest::currentTestFailed()) {
        return;
    }
    Studio &studio = *m_app.studio;
    ProviderConfig provider;
    provider.baseUrl = u"http://127.0.0.1:9"_s;
    provider.model = u"claude-test"_s;
    studio.jobs().setProvider(provider);
    ScriptView *view = page.view();
    view->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view->editor(), u"Before."_s);
    QVERIFY(view->saveDraft());
    // What the launcher does: the typing is kept as version 3 and the job starts from it.
    const Result<Job> job = studio.jobs().generate(m_target, u"Go on."_s, u"kept"_s);
    QVERIFY_RESULT(job);
    QCOMPARE(job->baseVersion, 3);
    QTRY_COMPARE(view->baseVersion(), 3);
    QVERIFY(!view->hasUnsavedEdits());
    // Typing on while the job runs rests on version 3, and is kept from version 3.
    QTest::keyClicks(view->editor(), u" While."_s);
    QTRY_COMPARE_WITH_TIMEOUT(TestStores(studio).drafts().get(m_target)->content, kTargetTwo + u"Before. While."_s, 5000);
    QCOMPARE(TestStores(studio).drafts().get(m_target)->baseVersion, 3);
    QCOMPARE(view->saveVersion(u"more"_s), 4);
    QCOMPARE(TestStores(studio).versions().get(m_target, 4)->parentNumber, 3);
}

QTEST_MAIN(tst_ScriptIdentity)
#include "tst_scriptidentity.moc"

using Spielberg::Test::TestStores;
