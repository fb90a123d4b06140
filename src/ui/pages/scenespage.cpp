// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenespage.h"

#include "scriptview.h"

#include "../dialogs/comparedialog.h"
#include "../dialogs/generatedialog.h"
#include "../dialogs/takesdialog.h"
#include "../editor/cardeditor.h"
#include "../errortext.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../models/scenecardmodel.h"
#include "../models/scenetablemodel.h"
#include "../noticebar.h"

#include <core/scenemover.h>
#include <core/storyoutline.h>
#include <storage/librarynotifier.h>
#include <studio/studio.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
enum FindingRole { PositionRole = Qt::UserRole + 1 };
/** The heading a new card starts with, for the writer to replace. */
const QString kNewHeading = QStringLiteral("INT. NEW SCENE - DAY");
}

ScenesPage::ScenesPage(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_model(new SceneTableModel(studio, this))
    , m_cards(new SceneCardModel(studio, this))
    , m_notice(new NoticeBar(this))
    , m_runNotice(new NoticeBar(this))
    , m_script(new QComboBox(this))
    , m_versionLabel(new QLabel(tr("&Version:"), this))
    , m_version(new QComboBox(this))
    , m_draftLabel(new QLabel(this))
    , m_cardsButton(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_develop(new QPushButton(QIcon::fromTheme(u"tools-wizard"_s), tr("&Develop…"), this))
    , m_regenerate(new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Regenerate scene…"), this))
    , m_stack(new QStackedWidget(this))
    , m_board(new SceneBoard(this))
    , m_cardEditor(nullptr)
    , m_continuity(new QListWidget(this))
    , m_continuityTitle(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new FountainEditor(this))
{
    setObjectName(u"scenesPage"_s);
    m_runNotice->setObjectName(u"runNotice"_s);
    m_script->setObjectName(u"sceneScriptBox"_s);
    m_script->setAccessibleName(tr("Script"));
    m_script->setMinimumContentsLength(14);
    m_version->setObjectName(u"sceneVersionBox"_s);
    m_version->setAccessibleName(tr("Version"));
    m_version->setMinimumContentsLength(12);
    m_versionLabel->setBuddy(m_version);
    m_draftLabel->setObjectName(u"boardDraftLabel"_s);
    m_draftLabel->setText(tr("The draft: moves and edits go into the text (Ctrl+Z undoes them)"));
    m_draftLabel->setForegroundRole(QPalette::PlaceholderText); // muted in light and dark palettes
    m_draftLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the window
    m_draftLabel->setToolTip(m_draftLabel->text());
    m_draftLabel->installEventFilter(this);
    m_cardsButton->setObjectName(u"cardsButton"_s);
    m_cardsButton->setText(tr("Cards"));
    m_cardsButton->setToolTip(tr("The story board: the draft's scenes as index cards"));
    m_tableButton->setObjectName(u"tableButton"_s);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("The scenes of any version as a table"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_cardsButton, m_tableButton}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(b);
    }
    m_cardsButton->setChecked(true);
    m_develop->setObjectName(u"developButton"_s);
    m_develop->setToolTip(tr("Have the model develop the script: cast, outline, then every scene"));
    m_regenerate->setObjectName(u"regenerateSceneButton"_s);
    m_regenerate->setToolTip(tr("Have the model rewrite the selected scene; the rest stays as it is "
                                "(Ctrl+R)"));
    m_regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    auto *bar = new QHBoxLayout;
    auto *scriptLabel = new QLabel(tr("&Script:"), this);
    scriptLabel->setBuddy(m_script);
    auto *modeBox = new QHBoxLayout;
    modeBox->setSpacing(0);
    modeBox->addWidget(m_cardsButton);
    modeBox->addWidget(m_tableButton);
    bar->addWidget(scriptLabel);
    bar->addWidget(m_script, 2);
    bar->addSpacing(8);
    bar->addLayout(modeBox);
    bar->addSpacing(8);
    bar->addWidget(m_versionLabel);
    bar->addWidget(m_version, 1);
    bar->addWidget(m_draftLabel, 1);
    bar->addStretch(0);
    bar->addWidget(m_develop);
    bar->addWidget(m_regenerate);

    // Cards: the board, and the continuity findings beside it.
    m_board->setObjectName(u"sceneBoard"_s);
    m_board->setAccessibleName(tr("Story board"));
    m_board->setModel(m_cards);
    m_cardEditor = new CardEditor(m_board->viewport());
    m_cardEditor->hide();
    m_continuity->setObjectName(u"continuityList"_s);
    m_continuity->setAccessibleName(tr("Continuity findings"));
    m_continuity->setWordWrap(true);
    m_continuity->setAlternatingRowColors(true);
    m_continuity->setSpacing(2);
    m_continuityTitle->setObjectName(u"continuityTitle"_s);
    QFont bold = m_continuityTitle->font();
    bold.setBold(true);
    m_continuityTitle->setFont(bold);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_continuityTitle);
    sideLayout->addWidget(m_continuity, 1);
    auto *cardsSplitter = new QSplitter(Qt::Horizontal, this);
    cardsSplitter->addWidget(m_board);
    cardsSplitter->addWidget(side);
    cardsSplitter->setStretchFactor(0, 4);
    cardsSplitter->setStretchFactor(1, 1);
    cardsSplitter->setSizes({900, 240});

    // Table: a version's scenes and the preview of the selected one.
    m_table->setObjectName(u"sceneTable"_s);
    m_table->setAccessibleName(tr("Scenes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(SceneTableModel::Heading, QHeaderView::Stretch);
    m_table->setColumnWidth(SceneTableModel::Number, 44);
    for (int c : {SceneTableModel::Setting, SceneTableModel::Goal, SceneTableModel::Tension}) {
        m_table->setColumnWidth(c, 150);
    }
    m_table->setColumnWidth(SceneTableModel::Tone, 100);
    m_table->setColumnWidth(SceneTableModel::Pages, 56);
    m_table->setColumnWidth(SceneTableModel::Characters, 170);
    m_preview->setObjectName(u"scenePreview"_s);
    m_preview->setAccessibleName(tr("Text of the selected scene"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select a scene to read it here."));
    auto *tableSplitter = new QSplitter(Qt::Vertical, this);
    tableSplitter->addWidget(m_table);
    tableSplitter->addWidget(m_preview);
    tableSplitter->setStretchFactor(0, 1);
    tableSplitter->setStretchFactor(1, 1);
    tableSplitter->setChildrenCollapsible(false);

    m_stack->addWidget(cardsSplitter);
    m_stack->addWidget(tableSplitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // The bar first: notices come and go below it, so its buttons never move under the pointer;
    // the run's notice (which waits for the writer) above the passing ones.
    layout->addLayout(bar);
    layout->addWidget(m_runNotice);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    m_cardsTimer.setSingleShot(true);
    connect(&m_cardsTimer, &QTimer::timeout, this, &ScenesPage::refreshCards);
    connect(m_cardsButton, &QToolButton::toggled, this, [this](bool on) { setMode(on ? Mode::Cards : Mode::Table); });
    connect(m_script, &QComboBox::currentIndexChanged, this, &ScenesPage::onScriptChosen);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ScenesPage::onVersionChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenesPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenesPage::onCurrentChanged);
    connect(m_regenerate, &QPushButton::clicked, this, &ScenesPage::regenerateSelected);
    connect(m_develop, &QPushButton::clicked, this, [this] {
        if (scriptId() != 0) {
            Q_EMIT developRequested(scriptId());
        }
    });
    connect(m_model, &SceneTableModel::saveFailed, this, [this](const QString &message) {
        m_notice->showError(tr("The scene could not be saved: %1").arg(message));
    });
    connect(m_cards, &SceneCardModel::saveFailed, this, [this](const QString &message) {
        m_notice->showError(tr("The card could not be saved: %1").arg(message));
    });
    connect(m_cards, &SceneCardModel::cardsMade, this, &ScenesPage::onCardsMade);
    connect(m_board, &SceneBoard::moveRequested, this, &ScenesPage::moveCard);
    connect(m_board, &SceneBoard::editRequested, this, &ScenesPage::editCard);
    connect(m_board, &SceneBoard::currentRowChanged, this, [this] { m_regenerate->setEnabled(m_board->currentRow() >= 0); });
    connect(m_board, &SceneBoard::contextMenuRequested, this, &ScenesPage::onCardContextMenu);
    connect(m_board, &SceneBoard::deleteRequested, this, &ScenesPage::deleteCard);
    connect(m_board, &SceneBoard::undoRequested, this, [this] {
        if (FountainEditor *editor = draftEditor(); editor && editor->document()->isUndoAvailable()) {
            // Undoing a move puts the selection back with the card.
            m_selectAfterMove = m_lastMove ? m_lastMove->first : m_board->currentRow();
            editor->undo();
            scheduleCards(0);
        }
    });
    connect(m_board, &SceneBoard::redoRequested, this, [this] {
        if (FountainEditor *editor = draftEditor(); editor && editor->document()->isRedoAvailable()) {
            m_selectAfterMove = m_lastMove ? m_lastMove->second : m_board->currentRow();
            editor->redo();
            scheduleCards(0);
        }
    });
    connect(m_board->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScenesPage::placeCardEditor);
    connect(m_cardEditor, &CardEditor::accepted, this, &ScenesPage::commitCard);
    connect(m_cardEditor, &CardEditor::rejected, this, [this] {
        m_cardEditor->hide();
        m_board->setFocus();
    });
    connect(m_continuity, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT showInEditorRequested(item->data(PositionRole).toInt());
    });
    connect(m_continuity, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT showInEditorRequested(item->data(PositionRole).toInt());
    });
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, &ScenesPage::reloadScripts);
    connect(studio.notifier(), &LibraryNotifier::scriptRemoved, this, &ScenesPage::reloadScripts);
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this, [this](qint64 scriptId) {
        if (scriptId == this->scriptId()) {
            reloadVersions();
        }
    });
    connect(studio.notifier(), &LibraryNotifier::sceneChanged, this, [this] {
        if (mode() == Mode::Cards) {
            scheduleCards(); // a lock or a note set elsewhere (the table, the command line)
        }
    });
    connect(&studio.jobs(), &JobDesk::jobFinished, this, &ScenesPage::onJobFinished);
    connect(&studio.jobs(), &JobDesk::jobChanged, this, &ScenesPage::onJobChanged);
    reloadScripts();
    setMode(Mode::Cards);
}

ScenesPage::~ScenesPage() = default;

void ScenesPage::followDraft(ScriptView *view)
{
    m_view = view;
    connect(view->editor(), &QPlainTextEdit::textChanged, this, [this] { scheduleCards(); });
    connect(view, &ScriptView::scriptOpened, this, [this] {
        m_cardEditor->hide();
        scheduleCards(0);
        checkWaitingRun();
    });
    scheduleCards(0);
}

FountainEditor *ScenesPage::draftEditor() const
{
    return m_view ? m_view->editor() : nullptr;
}

bool ScenesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The hint beside the mode buttons fits the room it has, or says less.
    if (watched == m_draftLabel && event->type() == QEvent::Resize) {
        const QString full = m_draftLabel->toolTip();
        m_draftLabel->setText(m_draftLabel->fontMetrics().elidedText(full, Qt::ElideRight, m_draftLabel->width()));
    }
    return QWidget::eventFilter(watched, event);
}

void ScenesPage::setMode(Mode mode)
{
    const bool cards = mode == Mode::Cards;
    m_cardsButton->setChecked(cards);
    m_tableButton->setChecked(!cards);
    for (QToolButton *b : {m_cardsButton, m_tableButton}) {
        QFont f = b->font();
        f.setBold(b->isChecked());
        b->setFont(f);
    }
    m_stack->setCurrentIndex(cards ? 0 : 1);
    m_versionLabel->setVisible(!cards);
    m_version->setVisible(!cards);
    m_draftLabel->setVisible(cards);
    m_regenerate->setEnabled(cards ? m_board->currentRow() >= 0 : m_table->currentIndex().isValid());
    if (cards) {
        scheduleCards(0);
    }
}

ScenesPage::Mode ScenesPage::mode() const
{
    return m_stack->currentIndex() == 0 ? Mode::Cards : Mode::Table;
}

void ScenesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mode() == Mode::Cards) {
        scheduleCards(0);
    }
}

void ScenesPage::scheduleCards(int delayMs)
{
    // Cards are made while the tab shows them; a hidden tab catches up when shown.
    if (!isVisible() || mode() != Mode::Cards) {
        return;
    }
    m_cardsTimer.start(delayMs);
}

void ScenesPage::refreshCards()
{
    if (!m_view) {
        return;
    }
    m_cards->setDraft(m_view->scriptId(), m_view->baseVersion(), m_view->editor()->toPlainText());
}

qint64 ScenesPage::scriptId() const
{
    return m_script->currentData().toLongLong();
}

int ScenesPage::versionNumber() const
{
    return m_version->currentData().toInt();
}

void ScenesPage::reloadScripts()
{
    const qint64 keep = scriptId();
    const Result<QList<Script>> scripts = m_studio.library().scripts();
    if (!scripts) {
        m_notice->showError(tr("The scripts could not be read: %1").arg(ErrorText::of(scripts.error())));
        return;
    }
    QList<Script> sorted = *scripts;
    std::sort(sorted.begin(), sorted.end(), [](const Script &a, const Script &b) {
        return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
    });
    m_filling = true;
    m_script->clear();
    for (const Script &s : std::as_const(sorted)) {
        m_script->addItem(s.title, s.id);
    }
    const int index = m_script->findData(keep);
    m_script->setCurrentIndex(index >= 0 ? index : (m_script->count() > 0 ? 0 : -1));
    m_filling = false;
    m_develop->setEnabled(m_script->count() > 0);
    if (scriptId() != keep || m_version->count() == 0) {
        onScriptChosen();
    }
}

void ScenesPage::reloadVersions()
{
    const int keep = versionNumber();
    const bool wasNewest = m_version->currentIndex() == 0;
    m_filling = true;
    m_version->clear();
    if (const Result<QList<ScriptVersion>> versions = m_studio.history().versions(scriptId())) {
        for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
            m_version->addItem(tr("v%1 — %2").arg(it->number).arg(Labels::origin(it->origin)),
                               it->number);
        }
    }
    const int index = wasNewest ? 0 : m_version->findData(keep);
    m_version->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    if (versionNumber() != keep) {
        onVersionChosen();
    }
}

void ScenesPage::onScriptChosen()
{
    if (m_filling) {
        return;
    }
    reloadVersions();
    onVersionChosen();
    // One script at a time in the window: the Scripts tab follows what is picked here.
    if (m_view && scriptId() != 0 && scriptId() != m_view->scriptId()) {
        Q_EMIT openScriptRequested(scriptId());
    }
    checkWaitingRun();
}

void ScenesPage::onVersionChosen()
{
    if (m_filling) {
        return;
    }
    if (Result<void> ok = m_model->setVersion(scriptId(), versionNumber()); !ok) {
        if (ok.error().code != ErrorCode::NotFound) {
            m_notice->showError(tr("The scenes could not be read: %1").arg(ErrorText::of(ok.error())));
        }
    }
    if (mode() == Mode::Table) {
        m_regenerate->setEnabled(false);
    }
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, SceneTableModel::Heading));
    }
}

void ScenesPage::showVersion(qint64 id, int number)
{
    const int s = m_script->findData(id);
    if (s < 0) {
        return;
    }
    m_script->setCurrentIndex(s);
    const int v = number == 0 ? 0 : m_version->findData(number);
    if (v >= 0) {
        m_version->setCurrentIndex(v);
    }
}

void ScenesPage::selectScene(int number)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->sceneAt(row).number == number) {
            m_table->setCurrentIndex(m_model->index(row, SceneTableModel::Heading));
            return;
        }
    }
}

void ScenesPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_preview->setPlainText(current.isValid() ? current.data(SceneTableModel::ContentRole).toString()
                                              : QString());
    if (mode() == Mode::Table) {
        m_regenerate->setEnabled(current.isValid());
    }
}

bool ScenesPage::applyEdit(int start, int removed, const QString &inserted)
{
    m_lastMove.reset(); // a move sets it again after its edit
    FountainEditor *editor = draftEditor();
    if (!editor || editor->isReadOnly()) {
        m_notice->showError(tr("The draft cannot be changed right now."));
        return false;
    }
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(start + removed, QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    cursor.endEditBlock();
    return true;
}

bool ScenesPage::moveCard(int from, SceneBoard::Slot slot)
{
    FountainEditor *editor = draftEditor();
    if (!editor || m_view->scriptId() != m_cards->scriptId()) {
        return false;
    }
    if (editor->toPlainText() != m_cards->text()) {
        // The writer typed since the cards were made: make them again first.
        refreshCards();
        m_notice->showInformation(tr("The cards were catching up with your typing; drag the card again."));
        return false;
    }
    const QList<SceneSpan> spans = m_cards->spans();
    const TextEdit edit = slot.before >= 0 ? SceneMover::moveBefore(m_cards->text(), spans, from, slot.before)
                                           : SceneMover::moveAfter(m_cards->text(), spans, from, slot.after);
    if (edit.isEmpty()) {
        return false;
    }
    const SceneCard card = m_cards->cardAt(from);
    if (!applyEdit(edit.start, edit.removed, edit.inserted)) {
        return false;
    }
    m_selectAfterMove = slot.before >= 0 ? (slot.before > from ? slot.before - 1 : slot.before)
                                         : (slot.after >= from ? slot.after : slot.after + 1);
    m_lastMove = std::pair{from, m_selectAfterMove};
    if (!card.jobId.isEmpty()) {
        m_notice->showInformation(tr("Scene %1 is being written by a job. Your move stays in the draft; what "
                                     "the job writes comes as a new version for you to review.")
                                      .arg(card.number));
    }
    scheduleCards(0);
    return true;
}

void ScenesPage::onCardsMade()
{
    if (m_editAfterCards >= 0) {
        const int row = m_editAfterCards;
        m_editAfterCards = -1;
        editCard(row);
    }
    if (m_selectAfterMove >= 0) {
        m_board->setCurrentRow(m_selectAfterMove);
        m_selectAfterMove = -1;
    }
    if (m_pendingNotes) {
        const PendingNotes notes = *m_pendingNotes;
        m_pendingNotes.reset();
        const int row = notes.number - 1;
        SceneCard card = m_cards->cardAt(row);
        if (card.sceneId != 0) {
            card.goal = notes.goal;
            card.tension = notes.tension;
            card.tone = notes.tone;
            card.color = notes.color;
            card.locked = notes.locked;
            m_cards->editNotes(row, card);
        }
    }
    if (m_cardEditor->isVisible()) {
        // The cards were made again under the editor: follow its scene, or close it.
        const int row = rowOfEdited();
        if (row < 0) {
            m_cardEditor->hide();
            m_notice->showInformation(tr("The scene you were editing changed in the text; its card was closed "
                                         "without saving. Open it again to edit it."));
        } else {
            m_cardEditor->setRow(row);
            placeCardEditor();
        }
    }
    m_regenerate->setEnabled(mode() == Mode::Cards ? m_board->currentRow() >= 0 : m_table->currentIndex().isValid());
    showContinuity();
}

void ScenesPage::showContinuity()
{
    m_continuity->clear();
    const QList<ContinuityFinding> &findings = m_cards->findings();
    m_continuityTitle->setText(findings.isEmpty() ? tr("Continuity: nothing to report")
                                                  : tr("Continuity (%1)").arg(findings.size()));
    const QString &text = m_cards->text();
    for (const ContinuityFinding &f : findings) {
        auto *item = new QListWidgetItem(f.scene > 0 ? tr("Scene %1: %2").arg(f.scene).arg(Labels::finding(f))
                                                     : Labels::finding(f));
        // The place: the scene's heading, or the line naming what the finding names.
        int position = 0;
        if (f.scene > 0 && f.scene <= m_cards->rowCount()) {
            const SceneSpan span = m_cards->cardAt(f.scene - 1).span;
            position = span.start;
            if (f.kind == u"unknown_cue"_s || f.kind == u"several_names"_s) {
                const QString name = f.kind == u"unknown_cue"_s ? f.arguments.value(0)
                                                                : f.arguments.value(1).section(u" / "_s, -1);
                const qsizetype at = name.isEmpty() ? -1 : text.indexOf(name, span.start, Qt::CaseInsensitive);
                if (at >= 0 && at < span.end) {
                    position = int(at);
                }
            }
        }
        item->setData(PositionRole, position);
        item->setToolTip(tr("Click to show it in the editor"));
        m_continuity->addItem(item);
    }
}

void ScenesPage::editCard(int row)
{
    if (row < 0 || row >= m_cards->rowCount()) {
        return;
    }
    m_board->setCurrentRow(row);
    const SceneCard card = m_cards->cardAt(row);
    m_cardEditor->edit(row, card);
    placeCardEditor();
    m_cardEditor->show();
    m_cardEditor->raise();
    // A new scene starts with its heading; an existing one with what happens in it.
    if (card.heading == kNewHeading) {
        m_cardEditor->headingEdit()->setFocus();
        m_cardEditor->headingEdit()->selectAll();
    } else {
        m_cardEditor->synopsisEdit()->setFocus();
    }
}

bool ScenesPage::deleteCard(int row)
{
    FountainEditor *editor = draftEditor();
    const SceneCard card = m_cards->cardAt(row);
    if (!editor || card.number == 0 || editor->toPlainText() != m_cards->text()) {
        return false;
    }
    if (card.locked) {
        m_notice->showInformation(tr("Scene %1 is locked: unlock it before deleting it.").arg(card.number));
        return false;
    }
    // The scene's own text goes; the act lines after it stay with their act.
    if (!applyEdit(card.span.start, card.span.bodyEnd - card.span.start, QString())) {
        return false;
    }
    m_selectAfterMove = std::min(row, m_cards->rowCount() - 2);
    m_notice->showInformation(tr("Scene %1 (%2) was deleted from the draft. Ctrl+Z brings it back.")
                                  .arg(card.number)
                                  .arg(card.heading));
    scheduleCards(0);
    return true;
}

bool ScenesPage::addCardAfter(int row)
{
    FountainEditor *editor = draftEditor();
    if (!editor || editor->toPlainText() != m_cards->text() || !m_view || m_view->scriptId() == 0) {
        return false;
    }
    const QString &text = m_cards->text();
    // After the scene's own text (ahead of the act lines that follow it), or at the end.
    const int at = row >= 0 && row < m_cards->rowCount() ? m_cards->cardAt(row).span.bodyEnd : int(text.size());
    QString before = text.left(at);
    QString inserted;
    if (!before.isEmpty() && !before.endsWith(u"\n\n"_s)) {
        inserted += before.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
    }
    inserted += kNewHeading + u"\n\n"_s; // a blank line before whatever follows
    if (!applyEdit(at, 0, inserted)) {
        return false;
    }
    m_editAfterCards = row < 0 || row >= m_cards->rowCount() ? m_cards->rowCount() : row + 1;
    scheduleCards(0);
    return true;
}

void ScenesPage::placeCardEditor()
{
    if (!m_cardEditor->isVisible() && sender() != nullptr) {
        return;
    }
    const QRect card = m_board->visualRect(m_cardEditor->row());
    const QSize size(std::max(card.width() + 80, 400), m_cardEditor->sizeHint().height());
    const QRect area = m_board->viewport()->rect().adjusted(4, 4, -4, -4);
    QPoint at = card.topLeft() - QPoint(40, 0);
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    m_cardEditor->setGeometry(QRect(at, size));
}

int ScenesPage::rowOfEdited() const
{
    const SceneCard &was = m_cardEditor->original();
    const int row = m_cardEditor->row();
    auto same = [&was](const SceneCard &card) {
        return was.sceneId != 0 ? card.sceneId == was.sceneId && card.heading == was.heading : card.heading == was.heading;
    };
    if (same(m_cards->cardAt(row))) {
        return row;
    }
    for (int r = 0; r < m_cards->rowCount(); ++r) {
        if (same(m_cards->cardAt(r))) {
            return r;
        }
    }
    return -1;
}

void ScenesPage::commitCard()
{
    const int row = rowOfEdited();
    const SceneCard edited = m_cardEditor->card();
    const SceneCard before = m_cards->cardAt(row);
    m_cardEditor->hide();
    m_board->setFocus();
    if (row < 0) {
        m_notice->showInformation(tr("The scene you were editing changed in the text; the card was not saved."));
        return;
    }
    if (!before.jobId.isEmpty()) {
        m_notice->showInformation(tr("Scene %1 is being written by a job. Your changes stay in the draft; what "
                                     "the job writes comes as a new version for you to review.")
                                      .arg(before.number));
    }
    FountainEditor *editor = draftEditor();
    const bool textCurrent = editor && editor->toPlainText() == m_cards->text();
    if (m_cardEditor->synopsisChanged() || m_cardEditor->headingChanged()) {
        if (!textCurrent) {
            m_notice->showInformation(tr("The cards were catching up with your typing; the heading and synopsis "
                                         "were not written. Edit the card again."));
        } else {
            // Heading and synopsis are the scene's text: one edit, one undo step.
            const SceneSpan span = before.span;
            const QString content = m_cards->text().sliced(span.start, span.bodyEnd - span.start);
            QString rewritten = m_cardEditor->headingChanged() ? StoryOutline::withHeading(content, edited.heading) : content;
            if (m_cardEditor->synopsisChanged()) {
                rewritten = StoryOutline::withSynopsis(rewritten, edited.synopsis);
            }
            const TextEdit edit = SceneMover::replace(content, 0, int(content.size()), rewritten);
            applyEdit(span.start + edit.start, edit.removed, edit.inserted);
            scheduleCards(0);
        }
    }
    const bool notesChanged = edited.goal != before.goal || edited.tension != before.tension
        || edited.tone != before.tone || edited.color != before.color || edited.locked != before.locked;
    if (!notesChanged) {
        return;
    }
    if (before.sceneId != 0) {
        m_cards->editNotes(row, edited);
        return;
    }
    // A scene no version holds yet: the draft becomes a version, and the notes go on its scene.
    if (!m_view || m_view->saveVersion(tr("Kept to hold the notes of scene %1").arg(before.number)) == 0) {
        return;
    }
    m_pendingNotes = PendingNotes{before.number, edited.goal, edited.tension, edited.tone, edited.color, edited.locked};
    scheduleCards(0);
}

void ScenesPage::onCardContextMenu(int row, const QPoint &globalPos)
{
    const SceneCard card = m_cards->cardAt(row);
    QMenu menu(this);
    menu.addAction(tr("&Edit card…"), this, [this, row] { editCard(row); });
    menu.addAction(tr("&Show in the editor"), this, [this, card] { Q_EMIT showInEditorRequested(card.span.start); });
    menu.addAction(tr("&New scene after this one"), this, [this, row] { addCardAfter(row); });
    QAction *remove = menu.addAction(tr("&Delete scene"), this, [this, row] { deleteCard(row); });
    remove->setEnabled(!card.locked);
    menu.addSeparator();
    QAction *lock = menu.addAction(card.locked ? tr("&Unlock") : tr("&Lock: never rewritten by the model"), this,
                                   [this, row] {
                                       SceneCard notes = m_cards->cardAt(row);
                                       notes.locked = !notes.locked;
                                       if (notes.sceneId == 0) {
                                           editCard(row);
                                           return;
                                       }
                                       m_cards->editNotes(row, notes);
                                   });
    lock->setEnabled(card.sceneId != 0 || m_view);
    QMenu *colors = menu.addMenu(tr("&Colour"));
    auto setColor = [this, row](const QString &name) {
        SceneCard notes = m_cards->cardAt(row);
        notes.color = name;
        m_cards->editNotes(row, notes);
    };
    colors->addAction(Labels::cardColor({}), this, [setColor] { setColor(QString()); });
    for (const QString &name : SceneCardModel::colorNames()) {
        colors->addAction(Labels::cardColor(name), this, [setColor, name] { setColor(name); });
    }
    colors->setEnabled(card.sceneId != 0);
    menu.addSeparator();
    QAction *regenerate = menu.addAction(tr("&Regenerate scene…"), this, [this, row] {
        m_board->setCurrentRow(row);
        regenerateSelected();
    });
    regenerate->setEnabled(!card.locked && card.jobId.isEmpty());
    if (card.sceneId != 0) {
        if (const Result<std::optional<Job>> takes = m_studio.jobs().takesOf(card.sceneId); takes && *takes) {
            menu.addAction(tr("Choose a &take…"), this, [this, card] { showTakes(card.sceneId); });
        }
    }
    menu.exec(globalPos);
}

void ScenesPage::regenerateSelected()
{
    // What is rewritten, in the writer's words: number, heading and notes of the card or row.
    int number = 0;
    QString heading;
    QString goal;
    QString tension;
    QString tone;
    Scene scene;
    SceneCard card;
    if (mode() == Mode::Cards) {
        card = m_cards->cardAt(m_board->currentRow());
        if (card.number == 0) {
            return;
        }
        if (card.locked) {
            m_notice->showInformation(tr("Scene %1 is locked: unlock it to have it rewritten.").arg(card.number));
            return;
        }
        number = card.number;
        heading = card.heading;
        goal = card.goal;
        tension = card.tension;
        tone = card.tone;
    } else {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            return;
        }
        scene = m_model->sceneAt(current.row());
        number = scene.number;
        heading = scene.setting.isEmpty() ? scene.content.section(u'\n', 0, 0).trimmed() : scene.setting;
        goal = scene.goal;
        tension = scene.tension;
        tone = scene.tone;
    }
    GenerateDialog dialog(GenerateDialog::Mode::Scene, this);
    // Which script and which scene, in so many words: the writer confirms what is rewritten.
    dialog.setWindowTitle(tr("Regenerate scene %1 of “%2”").arg(number).arg(m_script->currentText()));
    dialog.setHeading(tr("Scene %1: %2").arg(number).arg(heading));
    auto clause = [](const QString &note) {
        QString text = note.trimmed();
        while (text.endsWith(u'.')) {
            text.chop(1); // the notes are joined with semicolons: no stray full stops
        }
        return text;
    };
    QStringList facts;
    if (!goal.isEmpty()) {
        facts << tr("goal: %1").arg(clause(goal));
    }
    if (!tension.isEmpty()) {
        facts << tr("tension: %1").arg(clause(tension));
    }
    if (!tone.isEmpty()) {
        facts << tr("tone: %1").arg(clause(tone));
    }
    dialog.setContext(facts.isEmpty() ? tr("Tip: a goal, tension and tone for the scene (edit them "
                                           "on its card) steer the rewrite.")
                                      : tr("The model is told the scene's %1.").arg(facts.join(u"; "_s)));
    dialog.setTakesVisible(true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    GenerationRequest request;
    request.kind = JobKind::Scene;
    request.scriptId = scriptId();
    if (mode() == Mode::Cards) {
        // Generation starts from what the writer sees: typing no version holds is kept first
        // (only now that the writer said yes), and the scene is that version's.
        if (m_view && (m_view->hasUnsavedEdits() || card.sceneId == 0)) {
            if (m_view->saveVersion(tr("Kept before regenerating scene %1").arg(number)) == 0) {
                return;
            }
            m_cards->setDraft(m_view->scriptId(), m_view->baseVersion(), m_view->editor()->toPlainText());
        }
        const Result<QList<Scene>> scenes = m_studio.history().scenes(m_cards->scriptId(), m_view ? m_view->baseVersion() : 0);
        if (!scenes || number > scenes->size()) {
            m_notice->showError(tr("The scene could not be read."));
            return;
        }
        scene = scenes->at(number - 1);
        request.scriptId = m_cards->scriptId();
    }
    request.sceneId = scene.id;
    request.prompt = dialog.prompt();
    request.takes = dialog.takes();
    Q_EMIT generateRequested(request);
}

void ScenesPage::trackJob(const Job &job)
{
    if (job.kind == JobKind::Scene) {
        m_tracked.insert(job.id);
    }
}

void ScenesPage::onJobChanged(const Job &job)
{
    if (job.kind == JobKind::Develop && m_view && job.scriptId == m_view->scriptId()) {
        checkWaitingRun();
    }
}

void ScenesPage::checkWaitingRun()
{
    m_waiting.reset();
    const qint64 id = m_view ? m_view->scriptId() : scriptId();
    std::optional<JobKind> next;
    if (id != 0) {
        if (const Result<std::optional<Job>> run = m_studio.jobs().unfinishedRun(id); run && *run) {
            if (const Result<std::optional<JobKind>> awaited = m_studio.jobs().awaiting((*run)->id); awaited && *awaited) {
                m_waiting = **run;
                next = *awaited;
            }
        }
    }
    // The empty board says what is coming when a run of this script is at work.
    bool running = false;
    if (id != 0) {
        if (const Result<std::optional<Job>> run = m_studio.jobs().unfinishedRun(id); run && *run) {
            running = (*run)->status == JobStatus::Running;
        }
    }
    m_board->setPlaceholder(running && !next ? tr("The model is at work on this script; the cards appear as soon as "
                                                   "it has laid out the scenes.")
                                             : QString());
    if (!next) {
        m_runNotice->hide();
        return;
    }
    if (*next == JobKind::Outline) {
        m_runNotice->showAction(tr("The cast is proposed. Keep, edit or drop characters in the Characters tab, "
                                   "then have the outline written for the cast you kept."),
                                tr("Write the &outline"), [this] { goOn(); });
    } else {
        m_runNotice->showAction(tr("The outline is on the cards. Move, edit, add, delete or lock scenes, then "
                                   "have every scene written."),
                                tr("Write the &scenes"), [this] { goOn(); });
    }
}

void ScenesPage::goOn()
{
    if (!m_waiting) {
        return;
    }
    const Job run = *m_waiting;
    const Result<std::optional<JobKind>> next = m_studio.jobs().awaiting(run.id);
    if (!next || !*next) {
        checkWaitingRun();
        return;
    }
    Q_EMIT aboutToGoOn(); // what the writer typed elsewhere (a character's form) is stored first
    int fromVersion = 0;
    if (**next == JobKind::SceneDraft && m_view && m_view->scriptId() == run.scriptId) {
        // The scenes are written from the outline as the writer left it on the cards: the draft,
        // which must hold the run's outline (not a draft from before it landed).
        if (const Result<std::optional<ScriptVersion>> outline = m_studio.jobs().versionOfRun(run);
            outline && *outline && m_view->baseVersion() < (*outline)->number) {
            m_runNotice->showAction(tr("The outline (version %1) is not in your draft yet: your typing kept it out. "
                                       "Review it in the Scripts tab and take it, then write the scenes.")
                                        .arg((*outline)->number),
                                    tr("Write the &scenes"), [this] { goOn(); });
            return;
        }
        if (m_view->hasUnsavedEdits() && m_view->saveVersion(tr("The outline as edited on the cards")) == 0) {
            return;
        }
        fromVersion = m_view->baseVersion();
    }
    const Result<Job> going = m_studio.jobs().goOn(run.id, fromVersion);
    if (!going) {
        m_runNotice->showError(tr("The run could not go on: %1").arg(ErrorText::of(going.error())));
        return;
    }
    m_studio.jobs().start();
    m_runNotice->showInformation(**next == JobKind::Outline ? tr("The outline is being written.")
                                                            : tr("The scenes are being written."));
    m_waiting.reset();
}

void ScenesPage::showTakes(qint64 sceneId)
{
    if (m_takes) {
        m_takes->close();
    }
    m_takes = new TakesDialog(m_studio, sceneId, this);
    m_takes->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_takes, &TakesDialog::chosen, this, [this](qint64 scriptId, int number) {
        m_notice->showInformation(tr("The take you chose is version %1; the other takes stay with the job.").arg(number));
        showVersion(scriptId, number);
    });
    m_takes->show();
}

void ScenesPage::onJobFinished(const Job &job)
{
    if (job.kind == JobKind::Develop && m_view && job.scriptId == m_view->scriptId()) {
        checkWaitingRun();
    }
    if (!m_tracked.remove(job.id) || job.status != JobStatus::Completed) {
        return;
    }
    if (job.takes.size() > 1) {
        // No window while the writer may be typing: the notice offers the takes.
        const qint64 sceneId = job.sceneId;
        m_notice->showAction(tr("The %1 takes of the scene are ready to compare.").arg(job.takes.size()),
                             tr("Choose a &take…"), [this, sceneId] { showTakes(sceneId); });
        return;
    }
    const Result<std::optional<ScriptVersion>> made = m_studio.history().versionOfJob(job.id);
    if (!made || !made->has_value()) {
        return;
    }
    const ScriptVersion version = **made;
    const Result<ScriptVersion> before = m_studio.history().version(job.scriptId,
                                                                   version.parentNumber > 0
                                                                       ? version.parentNumber
                                                                       : version.number - 1);
    showVersion(job.scriptId, version.number);
    if (!before) {
        return;
    }
    const int from = before->number;
    m_notice->showAction(tr("The scene was rewritten as version %1.").arg(version.number), tr("&Compare…"),
                         [this, scriptId = job.scriptId, from, version] {
                             const Result<ScriptVersion> old = m_studio.history().version(scriptId, from);
                             if (!old) {
                                 return;
                             }
                             if (m_comparison) {
                                 m_comparison->close();
                             }
                             m_comparison = new CompareDialog(this);
                             m_comparison->setAttribute(Qt::WA_DeleteOnClose);
                             m_comparison->setWindowTitle(tr("Scene regenerated — version %1 against version %2")
                                                              .arg(version.number)
                                                              .arg(from));
                             m_comparison->setTexts(tr("Version %1").arg(from), old->content,
                                                    tr("Version %1 (%2)").arg(version.number).arg(Labels::origin(version.origin)),
                                                    version.content);
                             m_comparison->show();
                         });
}

} // namespace Spielberg
