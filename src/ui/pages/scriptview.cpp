// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptview.h"

#include "generatedversionreview.h"
#include "versionpane.h"
#include "../errortext.h"

#include "../dialogs/comparedialog.h"
#include "../dialogs/generatedialog.h"
#include "../dialogs/scriptdialog.h"
#include "../editor/diffview.h"
#include "../editor/draftanalyzer.h"
#include "../editor/draftautosaver.h"
#include "../editor/findbar.h"
#include "../editor/pageview.h"
#include "../dialogs/settingsdialog.h"
#include "../editor/smarttyping.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../models/versionlistmodel.h"
#include "../noticebar.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QToolButton *toolButton(QWidget *parent, const QString &name, const QString &icon,
                        const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(QIcon::fromTheme(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ScriptView::ScriptView(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_notice(new NoticeBar(this))
    , m_idle(new QTimer(this))
    , m_autosaver(new DraftAutosaver(studio, this))
    , m_analyzer(new DraftAnalyzer(this))
    , m_review(new GeneratedVersionReview(*this, studio, m_notice))
{
    setObjectName(u"scriptView"_s);
    buildUi();
    m_idle->setSingleShot(true);
    m_idle->setInterval(300);
    m_autosaver->setDelay(700); // with the idle pause: saved about a second after typing stops
    connect(m_idle, &QTimer::timeout, this, &ScriptView::onIdle);
    connect(m_analyzer, &DraftAnalyzer::analyzed, this, &ScriptView::onAnalyzed);
    connect(m_autosaver, &DraftAutosaver::failed, this, [this](qint64, const QString &message) {
        m_saveError = tr("Your draft could not be saved: %1. It stays in the editor; try "
                         "Ctrl+S.")
                          .arg(message);
        m_notice->showError(m_saveError);
    });
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](qint64 id) {
        if (id == m_script.id) {
            Q_EMIT statusMessage(tr("Draft saved"));
            // The error about an earlier save no longer holds once a save went through.
            if (!m_saveError.isEmpty() && m_notice->isVisible() && m_notice->text() == m_saveError) {
                m_notice->hide();
            }
            m_saveError.clear();
        }
    });
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this, &ScriptView::onVersionAdded);
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, &ScriptView::onScriptChanged);
    connect(studio.notifier(), &LibraryNotifier::scriptRemoved, this, [this](qint64 id) {
        if (id == m_script.id) {
            closeScriptWindows();
            m_script = {};
            open(0);
        }
    });
    open(0);
}

// The last typing is written before the view goes; nothing is announced any more, since the
// window around it may already be half torn down.
ScriptView::~ScriptView()
{
    disconnect(m_autosaver, nullptr, this, nullptr);
    const QSignalBlocker silence(this);
    m_idle->stop();
    if (m_script.id != 0 && m_editor->document()->isModified()) {
        m_autosaver->textChanged(m_script.id, m_editor->toPlainText(), m_baseVersion);
    }
    (void)m_autosaver->flush();
}

void ScriptView::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"scriptHeading"_s);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"scriptMeta"_s);
    m_meta->setWordWrap(true);
    m_characters = new QLabel(this);
    m_characters->setObjectName(u"scriptCharactersLine"_s);
    m_characters->setWordWrap(true);
    m_detailsButton = new QPushButton(tr("&Details && characters…"), this);
    m_detailsButton->setObjectName(u"scriptDetailsButton"_s);
    m_detailsButton->setToolTip(tr("Title, logline, genre, tone, format and characters"));

    auto *header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_detailsButton, 0, 1, Qt::AlignRight);
    header->addWidget(m_meta, 1, 0, 1, 2);
    header->addWidget(m_characters, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);

    m_saveDraftButton = toolButton(this, u"saveDraftButton"_s, u"document-save"_s, tr("Save draft"),
                                   tr("Save the draft now (Ctrl+S); it is also saved as you type"));
    m_saveVersionButton = toolButton(this, u"saveVersionButton"_s, u"document-save-as"_s,
                                     tr("Save as version"),
                                     tr("Keep the draft as a new numbered version (Ctrl+Shift+S)"));
    m_generateButton = toolButton(this, u"generateButton"_s, u"system-run"_s, tr("Generate…"),
                                  tr("Ask the model for a new version (Ctrl+G)"));
    m_developButton = toolButton(this, u"developScriptButton"_s, u"tools-wizard"_s, tr("Develop…"),
                                 tr("Have the model develop the script: cast, outline, then every scene"));
    m_findButton = toolButton(this, u"findButton"_s, u"edit-find"_s, tr("Find"),
                              tr("Find and replace in the script (Ctrl+F, Ctrl+H)"));
    m_pageViewButton = toolButton(this, u"pageViewButton"_s, u"document-print-preview"_s, tr("Pages"),
                                  tr("Show the pages as they will print beside the text (Ctrl+Shift+P)"));
    m_pageViewButton->setCheckable(true);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    for (QToolButton *b : {m_saveDraftButton, m_saveVersionButton, m_generateButton, m_developButton, m_findButton,
                           m_pageViewButton}) {
        tools->addWidget(b);
    }
    tools->addStretch(1);

    // Scene navigator | editor + find bar | versions.
    m_scenes = new QListWidget(this);
    m_scenes->setObjectName(u"sceneNavigator"_s);
    m_scenes->setAccessibleName(tr("Scenes of the draft"));
    m_scenes->setToolTip(tr("Click a scene to go to it"));
    m_editor = new FountainEditor(this);
    m_findBar = new FindBar(m_editor, this);
    auto *editorSide = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    // A long paste goes in by pieces: its progress, and a way to stop it.
    m_pasteRow = new QWidget(editorSide);
    m_pasteRow->setObjectName(u"pasteProgressRow"_s);
    auto *pasteLayout = new QHBoxLayout(m_pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 4);
    auto *pasteLabel = new QLabel(tr("Pasting a long text…"), m_pasteRow);
    auto *pasteBar = new QProgressBar(m_pasteRow);
    pasteBar->setAccessibleName(tr("Paste progress"));
    auto *pasteStop = new QPushButton(tr("Stop"), m_pasteRow);
    pasteStop->setToolTip(tr("Stop here; what was pasted so far stays (Ctrl+Z removes it)"));
    pasteLayout->addWidget(pasteLabel);
    pasteLayout->addWidget(pasteBar, 1);
    pasteLayout->addWidget(pasteStop);
    m_pasteRow->hide();
    editorLayout->addWidget(m_pasteRow);
    // The text, and beside it (when asked for) the pages it prints as, in step.
    m_pageView = new PageView(editorSide);
    m_pageView->hide();
    auto *pages = new QSplitter(editorSide);
    m_pagesSplitter = pages;
    pages->setObjectName(u"pageViewSplitter"_s);
    pages->addWidget(m_editor);
    pages->addWidget(m_pageView);
    pages->setStretchFactor(0, 3);
    pages->setStretchFactor(1, 2);
    pages->setChildrenCollapsible(false);
    pages->installEventFilter(this);
    editorLayout->addWidget(pages, 1);
    connect(m_pageViewButton, &QToolButton::toggled, this, &ScriptView::showPageView);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScriptView::followEditor);
    connect(m_pageView, &PageView::lineClicked, this, [this](int line) {
        QTextCursor cursor(m_editor->document()->findBlockByNumber(line - 1));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
        m_editor->setFocus();
    });
    connect(m_editor, &FountainEditor::pasteProgress, pasteBar, [this, pasteBar](qint64 done, qint64 total) {
        m_pasteRow->show();
        pasteBar->setMaximum(int(total / 1024));
        pasteBar->setValue(int(done / 1024));
    });
    connect(m_editor, &FountainEditor::pasteFinished, m_pasteRow, &QWidget::hide);
    connect(pasteStop, &QPushButton::clicked, m_editor, &FountainEditor::stopPasting);
    editorLayout->addWidget(m_findBar);

    m_versionPane = new VersionPane(m_studio, m_notice, [this] { return m_editor->toPlainText(); }, this);
    connect(m_versionPane, &VersionPane::restoreRequested, this, &ScriptView::restoreVersion);
    connect(m_versionPane, &VersionPane::lockRequested, this, &ScriptView::lockVersion);

    // The side column: the draft's scenes and the version history, one tab each, so the
    // editor keeps the width of a printed page.
    m_side = new QTabWidget(this);
    m_side->setObjectName(u"scriptSideTabs"_s);
    m_side->setDocumentMode(true);
    m_side->addTab(m_scenes, tr("Scenes"));
    m_side->addTab(m_versionPane, tr("Versions"));
    m_side->setTabToolTip(0, tr("The scenes of the draft; click one to go to it"));
    m_side->setTabToolTip(1, tr("Every saved and generated version of this script"));

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(u"scriptSplitter"_s);
    splitter->addWidget(editorSide);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({580, 340});
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true); // the first to go when the window is narrow
    splitter->installEventFilter(this);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &ScriptView::fitPanes);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_sideWanted = m_splitter->sizes().value(1); });

    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(header);
    bodyLayout->addLayout(tools);
    bodyLayout->addWidget(splitter, 1);
    m_empty = new QLabel(tr("<h3>No script open</h3><p>Choose a script in the list, or make a new "
                            "one with <b>New</b> (Ctrl+N).</p>"),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(u"noScriptLabel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { saveDraftNow(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveVersionInteractively(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), [this] { askGenerate(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { m_pageViewButton->toggle(); });
    shortcut(QKeySequence::Find, [this] { m_findBar->showFind(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });
    shortcut(QKeySequence::FindNext, [this] { m_findBar->findNext(); });

    connect(m_saveDraftButton, &QToolButton::clicked, this, [this] { saveDraftNow(); });
    connect(m_saveVersionButton, &QToolButton::clicked, this, &ScriptView::saveVersionInteractively);
    connect(m_generateButton, &QToolButton::clicked, this, &ScriptView::askGenerate);
    connect(m_developButton, &QToolButton::clicked, this, [this] {
        if (m_script.id != 0) {
            Q_EMIT developRequested(m_script.id);
        }
    });
    connect(m_findButton, &QToolButton::clicked, m_findBar, &FindBar::showFind);
    connect(m_detailsButton, &QPushButton::clicked, this, &ScriptView::editDetails);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptView::onTextChanged);
    connect(m_scenes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        if (block.isValid()) {
            QTextCursor cursor(block);
            m_editor->setTextCursor(cursor);
            m_editor->centerCursor();
            m_editor->setFocus();
        }
    });
    connect(m_scenes, &QListWidget::itemClicked, m_scenes, &QListWidget::itemActivated);
}

void ScriptView::open(qint64 id)
{
    if (m_script.id != 0 && id != m_script.id && m_editor->document()->isModified()) {
        m_idle->stop();
        onIdle(); // hands the typing to the autosaver, which writes it off the GUI thread
    }
    if (id != m_script.id) {
        closeScriptWindows();
        m_review->reset();
        m_notice->hide(); // what it said was about the script that was open
    }
    m_script = {};
    m_baseVersion = 0;
    m_baseContent.clear();
    m_analyzer->reset();
    m_editor->setRevisedLines({});
    m_pageView->setPages({}, SettingsDialog::storedLayout());
    if (id != 0) {
        const Result<Script> script = m_studio.library().script(id);
        if (!script) {
            m_notice->showError(tr("The script could not be opened: %1").arg(ErrorText::of(script.error())));
            id = 0;
        } else {
            m_script = *script;
        }
    }
    m_body->setVisible(id != 0);
    m_empty->setVisible(id == 0);
    if (Result<void> ok = m_versionPane->setScript(id, m_script.title); !ok) {
        m_notice->showError(tr("The versions could not be read: %1").arg(ErrorText::of(ok.error())));
    }
    if (id == 0) {
        setEditorText({});
        Q_EMIT lengthChanged(0, 0, 0);
        Q_EMIT scriptOpened(0);
        return;
    }
    showHeader();
    loadRevisionBase();
    loadDraft();
    Q_EMIT scriptOpened(id);
    // A version the model finished while this script was closed is shown now, as it would
    // have been had the script been open.
    if (const Result<ScriptVersion> newest = m_studio.history().version(id); newest && newest->number > m_baseVersion) {
        if (isGenerated(newest->origin)) {
            m_review->offer(newest->number);
        } else if (m_baseVersion > 0 && !hasUnsavedEdits()) {
            // A version added elsewhere (the command line, another window) since the draft was
            // left, and no typing of the writer's in the way: the draft follows it.
            const int number = newest->number;
            if (adoptVersion(number)) {
                m_notice->showInformation(
                    tr("Version %1 was added since you left this script; it is in the editor now.").arg(number));
            }
        } else if (m_baseVersion > 0) {
            const int number = newest->number;
            m_notice->showAction(tr("Version %1 is newer than your draft, which holds typing of yours.").arg(number),
                                 tr("Compare"), [this, number] { compare(number, 0); });
        }
    }
}

// The locked base the draft's changes are marked against (revision mode), if the script has one.
void ScriptView::loadRevisionBase()
{
    m_revisionBase = 0;
    QString base;
    if (const Result<int> locked = m_studio.history().lockedBase(m_script.id); locked && *locked > 0) {
        if (const Result<ScriptVersion> version = m_studio.history().version(m_script.id, *locked)) {
            m_revisionBase = *locked;
            base = version->content;
        } else {
            m_notice->showError(tr("Version %1, locked as the white draft, is gone: revision marks are off.")
                                    .arg(*locked));
        }
    }
    m_analyzer->setBase(base);
    m_analyzer->setLayout(SettingsDialog::storedLayout());
}

void ScriptView::lockVersion(int number)
{
    const qint64 id = m_script.id;
    if (const Result<ScriptVersion> locked = m_studio.history().lockVersion(id, number); !locked) {
        m_notice->showError(tr("The version could not be locked: %1").arg(ErrorText::of(locked.error())));
        return;
    }
    loadRevisionBase();
    m_versionPane->model()->refreshLock();
    m_analyzer->analyze(m_editor->toPlainText());
    m_notice->showInformation(tr("Version %1 is the locked white draft: every change since is marked with * in "
                          "the margin, and exported pages print as revisions.")
                           .arg(number));
}

QString ScriptView::revisionBaseText() const
{
    return m_analyzer->base();
}

void ScriptView::showPageView(bool on)
{
    m_pageView->setVisible(on);
    if (on) {
        // A pane just shown starts at nothing: give it two fifths, the text keeping its 60 columns.
        const QList<int> inner = m_pagesSplitter->sizes();
        const int width = inner.value(0) + inner.value(1);
        const int pages = std::max(kPageViewMinimum, width * 2 / 5);
        m_pagesSplitter->setSizes({width - pages, pages});
    }
    fitPanes();
    // The scripts list makes room too (it listens to the splitter's size).
    Q_EMIT neededWidthChanged();
    if (on) {
        m_analyzer->setLayout(SettingsDialog::storedLayout());
        m_analyzer->analyze(m_editor->toPlainText());
        followEditor();
    }
}

// The page view keeps the line at the top of the editor at the top of its pages.
void ScriptView::followEditor()
{
    if (!m_pageView->isVisible()) {
        return;
    }
    m_pageView->showLine(m_editor->cursorForPosition(QPoint(0, 0)).blockNumber() + 1);
}

void ScriptView::closeScriptWindows()
{
    m_review->close(); // as "Keep my draft": nothing changes
    m_versionPane->closeWindows();
}

void ScriptView::loadDraft()
{
    const qint64 id = m_script.id;
    // Made from the newest version when missing; a draft resting on a version its script does
    // not have keeps its text and rests on the newest one (the library repairs it).
    const Result<Draft> draft = m_studio.history().openDraft(id);
    if (!draft) {
        // Never leave the last script's text in the editor under this script's name: typing
        // into it would be saved as this script's draft.
        m_notice->showError(tr("The draft could not be read: %1").arg(ErrorText::of(draft.error())));
        setEditorText({});
        m_editor->setReadOnly(true);
        return;
    }
    m_editor->setReadOnly(false);
    m_baseVersion = draft->baseVersion;
    m_baseContent.clear();
    if (m_baseVersion > 0) {
        const Result<ScriptVersion> base = m_studio.history().version(id, m_baseVersion);
        m_baseContent = base ? base->content : QString();
    }
    // Typing of this script still on its way to the library (the script was left a moment ago)
    // is what the writer last saw: it opens with that, and is saved again from here.
    if (const std::optional<QString> unsaved = m_autosaver->unsavedText(id); unsaved && *unsaved != draft->content) {
        setEditorText(*unsaved);
        m_editor->document()->setModified(true);
        m_autosaver->textChanged(id, *unsaved, m_baseVersion);
        return;
    }
    setEditorText(draft->content);
}

void ScriptView::setEditorText(const QString &text)
{
    m_loading = true;
    m_editor->setText(text);
    m_editor->document()->setModified(false);
    m_loading = false;
    m_analyzer->analyze(text);
}

void ScriptView::showHeader()
{
    m_title->setText(m_script.title);
    const bool locked = m_versionPane->model()->rowCount() > 0;
    QStringList facts;
    facts << Labels::format(m_script.format);
    facts << (m_script.genre.isEmpty() ? tr("no genre") : Labels::genre(m_script.genre));
    facts << (m_script.tone.isEmpty() ? tr("no tone") : Labels::tone(m_script.tone));
    QString meta = facts.join(u"  ·  "_s);
    if (locked && !(m_script.genre.isEmpty() && m_script.tone.isEmpty())) {
        //: genre and tone can no longer change without unlocking them
        meta += u"   "_s + tr("(genre and tone locked)");
    }
    if (!m_script.logline.isEmpty()) {
        meta = u"<i>%1</i><br>%2"_s.arg(m_script.logline.toHtmlEscaped(), meta.toHtmlEscaped());
    } else {
        meta = meta.toHtmlEscaped();
    }
    m_meta->setText(meta);
    m_meta->setToolTip(locked ? tr("Genre and tone are locked: every version and generation uses "
                                   "them. Unlock them in Details.")
                              : QString());
    QStringList names;
    if (const Result<QList<Character>> cast = m_studio.library().charactersOf(m_script.id)) {
        for (const Character &c : *cast) {
            names << c.name;
        }
    }
    m_characters->setText(names.isEmpty()
                              ? tr("Characters: none attached — add them in Details")
                              : tr("Characters: %1").arg(names.join(u", "_s)));
    // Cues complete from the script's speakers, then its cast, then the rest of the bible.
    QStringList cast = names;
    if (const Result<QList<Character>> library = m_studio.library().characters()) {
        for (const Character &c : *library) {
            if (!cast.contains(c.name)) {
                cast << c.name;
            }
        }
    }
    m_editor->smartTyping()->setCast(cast);
}

void ScriptView::onScriptChanged(qint64 id)
{
    if (id != m_script.id || id == 0) {
        return;
    }
    if (const Result<Script> fresh = m_studio.library().script(id)) {
        m_script = *fresh;
        showHeader();
    }
}

void ScriptView::onTextChanged()
{
    if (m_loading || m_script.id == 0) {
        return;
    }
    // A pause in typing hands the text on; so does typing that has gone on for two seconds
    // without one, so the autosave never waits for a pause that does not come.
    if (m_sinceHandOff.isValid() && m_sinceHandOff.elapsed() > 2000 && !m_editor->isPasting()) {
        m_idle->stop();
        onIdle();
        return;
    }
    if (!m_sinceHandOff.isValid()) {
        m_sinceHandOff.start();
    }
    m_idle->start();
}

void ScriptView::onIdle()
{
    m_sinceHandOff.invalidate();
    if (m_script.id == 0) {
        return;
    }
    m_editor->checkLength(); // highlighting back on after a long text was cut down
    const QString text = m_editor->toPlainText();
    m_autosaver->textChanged(m_script.id, text, m_baseVersion);
    m_analyzer->analyze(text);
}

void ScriptView::onAnalyzed(const DraftOutline &outline)
{
    const int current = m_scenes->currentRow();
    m_scenes->clear();
    int n = 0;
    for (const DraftOutline::SceneEntry &scene : outline.scenes) {
        auto *item = new QListWidgetItem(u"%1. %2"_s.arg(++n).arg(scene.heading), m_scenes);
        item->setData(Qt::UserRole, scene.line);
        item->setToolTip(scene.heading);
    }
    if (current >= 0 && current < m_scenes->count()) {
        m_scenes->setCurrentRow(current);
    }
    Q_EMIT lengthChanged(outline.pages, int(outline.scenes.size()), outline.words);
    m_editor->setRevisedLines(outline.revisedLines);
    m_pageView->setPages(outline.pageList, SettingsDialog::storedLayout());
    m_pageView->setRevisedLines(outline.revisedLines);
    followEditor();
}

void ScriptView::saveDraftNow()
{
    if (m_script.id == 0) {
        return;
    }
    // Off the GUI thread, like every autosave: a library another program holds locked delays
    // the save, never the window. "Draft saved" follows when it is written.
    m_idle->stop();
    m_autosaver->textChanged(m_script.id, m_editor->toPlainText(), m_baseVersion);
    m_autosaver->saveSoon();
}

bool ScriptView::saveDraft()
{
    if (m_script.id == 0) {
        return false;
    }
    m_idle->stop();
    m_autosaver->textChanged(m_script.id, m_editor->toPlainText(), m_baseVersion);
    if (Result<void> ok = m_autosaver->flush(); !ok) {
        return false; // failed() showed why
    }
    m_editor->document()->setModified(false);
    Q_EMIT statusMessage(tr("Draft saved"));
    return true;
}

bool ScriptView::hasUnsavedEdits() const
{
    return m_script.id != 0 && m_editor->toPlainText() != m_baseContent;
}

int ScriptView::saveVersion(const QString &note)
{
    return saveVersionOf(m_script.id, note);
}

int ScriptView::saveVersionOf(qint64 id, const QString &note)
{
    if (id == 0) {
        return 0;
    }
    if (id == m_script.id) {
        if (!saveDraft()) {
            return 0;
        }
    } else if (Result<void> written = m_autosaver->flush(); !written) {
        return 0; // the typing went to the autosaver when the view moved on; failed() showed why
    }
    const Result<ScriptVersion> version = m_studio.history().keepDraft(id, note);
    if (!version) {
        m_notice->showError(tr("The version could not be saved: %1").arg(ErrorText::of(version.error())));
        return 0;
    }
    if (m_script.id == id) {
        m_baseVersion = version->number;
        m_baseContent = version->content;
        showHeader();
        selectVersion(version->number);
        m_notice->showInformation(tr("Saved as version %1.").arg(version->number));
    }
    return version->number;
}

void ScriptView::saveVersionInteractively()
{
    // The script the writer asked for: the note goes to its version, whatever opens meanwhile.
    const qint64 id = m_script.id;
    if (id == 0) {
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Save as version"),
                                               tr("A note for this version (optional):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok) {
        saveVersionOf(id, note);
    }
}

void ScriptView::editDetails()
{
    // The script the dialog is about: its answer goes there, whatever opens meanwhile.
    const qint64 id = m_script.id;
    if (id == 0) {
        return;
    }
    ScriptDialog dialog(this);
    dialog.setScript(m_script, m_versionPane->model()->rowCount() > 0);
    const Result<QList<Character>> library = m_studio.library().characters();
    const Result<QList<qint64>> attached = m_studio.library().castOf(id);
    dialog.setCharacters(library ? *library : QList<Character>{},
                         attached ? *attached : QList<qint64>{});
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    Script details = dialog.script();
    details.id = id;
    // The details and the cast change together, or not at all.
    const Result<Script> updated = m_studio.library().editScript(details, dialog.characterIds());
    if (!updated) {
        m_notice->showError(tr("The details could not be saved: %1").arg(ErrorText::of(updated.error())));
        return;
    }
    if (m_script.id != id) {
        return; // another script is open now: its header stays
    }
    const Result<Script> fresh = m_studio.library().script(id);
    m_script = fresh ? *fresh : *updated;
    showHeader();
}

void ScriptView::viewVersion(int number)
{
    m_versionPane->viewVersion(number);
}

CompareDialog *ScriptView::compare(int from, int to)
{
    return m_versionPane->compare(from, to);
}

void ScriptView::compareSelected()
{
    m_versionPane->compareSelected();
}

void ScriptView::restoreVersion(int number)
{
    // Every step on the script it started on; the view shows the result if that is still open.
    const qint64 id = m_script.id;
    if (id == 0 || !saveDraft()) {
        return;
    }
    // One transaction: typing no version holds is kept first, then the restored text becomes
    // the newest version and the draft.
    const Result<Draft> draft =
        m_studio.history().restoreIntoDraft(id, number, tr("Kept before restoring version %1").arg(number));
    if (!draft) {
        m_notice->showError(tr("The version could not be restored: %1").arg(ErrorText::of(draft.error())));
        return;
    }
    if (m_script.id != id) {
        return;
    }
    m_baseVersion = draft->baseVersion;
    m_baseContent = draft->content;
    setEditorText(draft->content);
    selectVersion(draft->baseVersion);
    m_notice->showInformation(tr("Version %1 is the draft again, kept as version %2.")
                                  .arg(number)
                                  .arg(draft->baseVersion));
}

void ScriptView::selectVersion(int number)
{
    if (m_versionPane->selectVersion(number)) {
        m_side->setCurrentIndex(1);
    }
}

void ScriptView::askGenerate()
{
    // The script the writer asked about: the request is for it, whatever opens meanwhile.
    const qint64 id = m_script.id;
    if (id == 0) {
        return;
    }
    saveDraft();
    GenerateDialog dialog(GenerateDialog::Mode::Script, this);
    QStringList context;
    context << Labels::format(m_script.format);
    if (!m_script.genre.isEmpty()) {
        context << Labels::genre(m_script.genre);
    }
    if (!m_script.tone.isEmpty()) {
        context << Labels::tone(m_script.tone);
    }
    dialog.setContext(tr("The model also gets: %1, the characters in Details, and the newest "
                         "version as the starting point.")
                          .arg(context.join(u", "_s)));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = id;
    request.prompt = dialog.prompt();
    Q_EMIT generateRequested(request);
}

QTableView *ScriptView::versionTable() const
{
    return m_versionPane->table();
}

CompareDialog *ScriptView::review() const
{
    return m_review->dialog();
}

void ScriptView::onVersionAdded(qint64 scriptId, int number)
{
    if (scriptId != m_script.id) {
        return;
    }
    showHeader(); // the first version locks genre and tone
    // A use case that kept the draft as this version (before a generation, say) rebased the
    // stored draft on it: the view follows, or its next autosave would rest on the old base.
    if (const Result<Draft> stored = m_studio.history().draft(scriptId);
        stored && stored->baseVersion == number && m_baseVersion != number) {
        if (const Result<ScriptVersion> kept = m_studio.history().version(scriptId, number);
            kept && kept->origin == VersionOrigin::Manual) {
            m_baseVersion = number;
            m_baseContent = kept->content;
        }
    }
    m_review->offer(number);
}

bool ScriptView::adoptVersion(int number)
{
    // The one way a version becomes the draft: typing no version holds is kept first (the
    // library does it in the same transaction), and the view shows what the library holds.
    const qint64 scriptId = m_script.id;
    if (!saveDraft()) {
        return false;
    }
    const Result<Draft> draft = m_studio.history().acceptVersion(scriptId, number);
    if (!draft) {
        m_notice->showError(ErrorText::of(draft.error()));
        return false;
    }
    if (m_script.id != scriptId) {
        return false;
    }
    m_baseVersion = draft->baseVersion;
    m_baseContent = draft->content;
    setEditorText(draft->content);
    selectVersion(draft->baseVersion);
    return true;
}

int ScriptView::neededWidth() const
{
    const int pages = m_pageView->isVisible() ? kPageViewMinimum + m_pagesSplitter->handleWidth() : 0;
    return m_editor->widthForColumns() + pages + sideMinimum() + m_splitter->handleWidth();
}

int ScriptView::sideMinimum() const
{
    return std::max(kSideMinimum, m_side->minimumSizeHint().width());
}

// The editor keeps 60 columns: when the splitter narrows, the side tabs shrink, then fold away;
// when it widens again, they come back to the width the writer gave them.
void ScriptView::fitPanes()
{
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2) {
        return;
    }
    const int total = sizes[0] + sizes[1];
    const int editor = m_editor->widthForColumns();
    const int pages = m_pageView->isVisible() ? kPageViewMinimum + m_pagesSplitter->handleWidth() : 0;
    if (total > 0) {
        int side = std::min(m_sideWanted, std::max(0, total - editor - pages));
        if (side < sideMinimum() && side < m_sideWanted) {
            side = 0; // too narrow to be of use: folded until there is room
        }
        if (side != sizes[1]) {
            m_splitter->setSizes({total - side, side});
        }
    }
    // Beside the pages, the text still comes first; the pages take what is left, at least their
    // minimum when there is room for it.
    const QList<int> inner = m_pagesSplitter->sizes();
    if (m_pageView->isVisible() && inner.size() == 2 && (inner[0] < editor || inner[1] < kPageViewMinimum)) {
        const int width = inner[0] + inner[1];
        const int text = std::max(std::min(editor, width), std::min(inner[0], width - kPageViewMinimum));
        if (text != inner[0]) {
            m_pagesSplitter->setSizes({text, width - text});
        }
    }
}

bool ScriptView::eventFilter(QObject *watched, QEvent *event)
{
    // A splitter's sizes are its old ones while its resize event is delivered: fit after it.
    if ((watched == m_splitter || watched == m_pagesSplitter) && event->type() == QEvent::Resize) {
        m_fitTimer->start(); // (once for any number of resizes before it fires)
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Spielberg
