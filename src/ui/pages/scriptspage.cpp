// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptspage.h"
#include "../errortext.h"

#include "../dialogs/scriptdialog.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../models/scriptfilterproxy.h"
#include "../models/scriptlistmodel.h"
#include "../noticebar.h"
#include "scriptview.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

ScriptsPage::ScriptsPage(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_model(new ScriptListModel(studio, this))
    , m_proxy(new ScriptFilterProxy(this))
    , m_notice(new NoticeBar(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"scriptsPage"_s);
    // Every change of the list's rows is bracketed: the first handler of each notice from the
    // model (connected before the proxy's) marks a change under way, the last (connected after)
    // selects the open script's row again. In between the proxy, the table and the selection
    // may move the current row wherever they like: it opens nothing (onCurrentChanged()).
    const auto beforeProxy = [this](auto which) {
        connect(m_model, which, this, [this] { beginListChange(); });
    };
    const auto afterProxy = [this](auto which) {
        connect(m_model, which, this, [this] { endListChange(); });
    };
    beforeProxy(&QAbstractItemModel::modelAboutToBeReset);
    beforeProxy(&QAbstractItemModel::rowsAboutToBeInserted);
    beforeProxy(&QAbstractItemModel::rowsAboutToBeRemoved);
    beforeProxy(&QAbstractItemModel::rowsAboutToBeMoved);
    beforeProxy(&QAbstractItemModel::layoutAboutToBeChanged);
    beforeProxy(&QAbstractItemModel::dataChanged); // re-sorts and re-filters the proxy
    m_proxy->setSourceModel(m_model);
    afterProxy(&QAbstractItemModel::modelReset);
    afterProxy(&QAbstractItemModel::rowsInserted);
    afterProxy(&QAbstractItemModel::rowsRemoved);
    afterProxy(&QAbstractItemModel::rowsMoved);
    afterProxy(&QAbstractItemModel::layoutChanged);
    afterProxy(&QAbstractItemModel::dataChanged);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(listSide);
    m_search->setObjectName(u"scriptSearch"_s);
    m_search->setPlaceholderText(tr("Search titles, loglines, scripts and characters…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_genre = new QComboBox(listSide);
    m_genre->setObjectName(u"scriptGenreFilter"_s);
    m_genre->setAccessibleName(tr("Show genre"));
    Labels::fillGenres(m_genre);
    m_genre->setItemText(0, tr("All genres"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_genre);
    listLayout->addLayout(filters);
    m_table = new QTableView(listSide);
    m_table->setObjectName(u"scriptTable"_s);
    m_table->setAccessibleName(tr("Scripts"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScriptListModel::Changed, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ScriptListModel::Title, QHeaderView::Stretch);
    m_table->setColumnWidth(ScriptListModel::Genre, 78);
    m_table->setColumnWidth(ScriptListModel::Tone, 78);
    m_table->setColumnWidth(ScriptListModel::Format, 78);
    m_table->setColumnWidth(ScriptListModel::Versions, 60);
    m_table->setColumnWidth(ScriptListModel::Pages, 46);
    m_table->setColumnWidth(ScriptListModel::Changed, 78);
    // Every column can be shown from the header's menu; tone and format start hidden, since
    // the open script's header shows them.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < ScriptListModel::ColumnCount; ++c) {
        if (c == ScriptListModel::Title) {
            continue;
        }
        auto *toggle = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(c != ScriptListModel::Tone && c != ScriptListModel::Format);
        m_table->setColumnHidden(c, !toggle->isChecked());
        connect(toggle, &QAction::toggled, m_table, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        header->addAction(toggle);
    }
    listLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New"), listSide);
    m_newButton->setObjectName(u"newScriptButton"_s);
    m_newButton->setToolTip(tr("Start a new script (Ctrl+N)"));
    m_editButton = new QPushButton(tr("&Edit…"), listSide);
    m_editButton->setObjectName(u"editScriptButton"_s);
    m_editButton->setToolTip(tr("Title, logline, genre, tone, format and characters"));
    m_deleteButton = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), listSide);
    m_deleteButton->setObjectName(u"deleteScriptButton"_s);
    m_deleteButton->setToolTip(tr("Delete the selected script with all its versions"));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    listLayout->addLayout(buttons);

    m_view = new ScriptView(studio, this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"scriptsSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 860});
    splitter->setCollapsible(0, true); // the list folds away before the editor gets narrow
    splitter->setCollapsible(1, false);
    m_splitter = splitter;
    connect(m_view, &ScriptView::neededWidthChanged, this, &ScriptsPage::fitList);
    // When the window narrows, the list gives the room: the open script keeps 60 columns of text.
    splitter->installEventFilter(this);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &ScriptsPage::fitList);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_listWanted = m_splitter->sizes().value(0); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] { newScript(); });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_genre, &QComboBox::currentIndexChanged, this, &ScriptsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScriptsPage::onCurrentChanged);
    // A click makes its row current first and selects it after: it opens once selected.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScriptsPage::onCurrentChanged);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newScript(); });
    connect(m_editButton, &QPushButton::clicked, this, &ScriptsPage::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &ScriptsPage::deleteCurrent);
    connect(m_view, &ScriptView::scriptOpened, this, [this](qint64 id) {
        // The script a notice offers is open now, however it came to be: the offer is done.
        if (id != 0 && id == m_noticeScript && m_notice->actionButton()->isVisibleTo(m_notice)) {
            m_notice->hide();
        }
        updateButtons();
    });
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this, &ScriptsPage::onVersionAdded);

    if (Result<void> ok = m_model->reload(); !ok) {
        m_notice->showError(tr("The library could not be read: %1").arg(ErrorText::of(ok.error())));
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    onCurrentChanged();
}

qint64 ScriptsPage::selectedId() const
{
    return m_table->currentIndex().data(ScriptListModel::IdRole).toLongLong();
}

void ScriptsPage::updateButtons()
{
    m_editButton->setEnabled(m_view->scriptId() != 0);
    m_deleteButton->setEnabled(selectedId() != 0);
}

// Only the writer choosing a row opens a script: a current row that moved with the list (a
// re-sort, a filter, a reload) is put back on the open script when the change ends, and a
// current row nobody selected (the table gaining focus with none current) opens nothing.
void ScriptsPage::onCurrentChanged()
{
    if (m_listChanging > 0) {
        return;
    }
    updateButtons();
    const qint64 id = selectedId();
    if (id != 0 && id != m_view->scriptId()
        && m_table->selectionModel()->isRowSelected(m_table->currentIndex().row())) {
        m_view->open(id);
    }
}

void ScriptsPage::beginListChange()
{
    ++m_listChanging;
}

void ScriptsPage::endListChange()
{
    if (--m_listChanging > 0 || !m_view) {
        return;
    }
    ++m_listChanging; // putting the current row back opens nothing either
    selectOpenScript();
    --m_listChanging;
    updateButtons();
}

void ScriptsPage::selectOpenScript()
{
    const qint64 id = m_view->scriptId();
    if (id == 0) {
        return; // nothing open: the selection is the writer's
    }
    QItemSelectionModel *selection = m_table->selectionModel();
    // No fetching here (this runs while the model reports a change): a row not fetched yet is
    // asked for, comes on the next turn of the event loop, and is selected then.
    const int row = m_model->positionOf(id);
    if (row >= m_model->rowCount()) {
        m_model->fetchMore({});
    }
    const QModelIndex index = row < 0 || row >= m_model->rowCount()
        ? QModelIndex()
        : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out (or gone): no row rather than another script's.
        if (selection->currentIndex().isValid() || selection->hasSelection()) {
            selection->clear();
        }
        return;
    }
    if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row())) {
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                              | QItemSelectionModel::Rows);
    }
}

void ScriptsPage::applyFilter()
{
    beginListChange();
    m_proxy->setGenre(m_genre->currentData().toString());
    endListChange();
}

void ScriptsPage::onVersionAdded(qint64 scriptId, int number)
{
    if (scriptId == 0 || scriptId == m_view->scriptId()) {
        return; // the open script's view shows its own versions
    }
    const Result<ScriptVersion> version = m_studio.history().version(scriptId, number);
    if (!version || !isGenerated(version->origin)) {
        return;
    }
    const Result<Script> script = m_studio.library().script(scriptId);
    if (!script) {
        return;
    }
    m_noticeScript = scriptId;
    m_notice->showAction(tr("Version %1 of “%2” arrived from the model.")
                             .arg(QString::number(number), script->title),
                         tr("Open"), [this, scriptId, number] {
                             openScript(scriptId);
                             if (m_view->scriptId() == scriptId) {
                                 m_view->selectVersion(number);
                             }
                         });
}

void ScriptsPage::search(const QString &text)
{
    m_searchTimer->stop();
    if (text.trimmed().isEmpty()) {
        beginListChange();
        m_proxy->setMatches(std::nullopt);
        endListChange();
        return;
    }
    const Result<QList<SearchHit>> hits = m_studio.library().search(text, 200);
    if (!hits) {
        if (hits.error().code == ErrorCode::InvalidInput) {
            beginListChange();
            m_proxy->setMatches(std::nullopt); // only punctuation: no words to look for
            endListChange();
            return;
        }
        m_notice->showError(tr("The search failed: %1").arg(ErrorText::of(hits.error())));
        return;
    }
    QSet<qint64> ids;
    for (const SearchHit &hit : *hits) {
        if (hit.scriptId != 0) {
            ids.insert(hit.scriptId);
        } else if (hit.kind == u"character"_s) {
            // A character matched: the scripts it is in.
            if (const Result<QList<Script>> scripts = m_studio.library().scriptsWith(hit.id)) {
                for (const Script &s : *scripts) {
                    ids.insert(s.id);
                }
            }
        }
    }
    for (const qint64 id : std::as_const(ids)) {
        (void)m_model->rowOf(id); // fetches the row if it was not yet
    }
    beginListChange();
    m_proxy->setMatches(ids);
    endListChange();
}

void ScriptsPage::openScript(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_genre->setCurrentIndex(0);
        search({});
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    if (m_view->scriptId() != id) {
        m_view->open(id);
    }
}

qint64 ScriptsPage::newScript()
{
    ScriptDialog dialog(this);
    Script blank;
    dialog.setScript(blank, false);
    const Result<QList<Character>> library = m_studio.library().characters();
    dialog.setCharacters(library ? *library : QList<Character>{}, {});
    if (dialog.exec() != QDialog::Accepted) {
        return 0;
    }
    const Result<Script> made = m_studio.library().createScript(dialog.script(), dialog.characterIds());
    if (!made) {
        m_notice->showError(tr("The script could not be created: %1").arg(ErrorText::of(made.error())));
        return 0;
    }
    openScript(made->id);
    m_view->editor()->setFocus();
    return made->id;
}

void ScriptsPage::editCurrent()
{
    if (m_view->scriptId() != 0) {
        m_view->editDetails();
    }
}

void ScriptsPage::deleteCurrent()
{
    // The script selected now; the question below may take a while, the answer is about it.
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    const Result<Script> script = m_studio.library().script(id);
    if (!script) {
        m_notice->showError(ErrorText::of(script.error()));
        return;
    }
    const Result<QList<Job>> active = m_studio.jobs().activeJobsOf(id);
    const qsizetype activeCount = active ? active->size() : 0;
    QString question = tr("Delete “%1” with all its versions, scenes and its draft? This cannot "
                          "be undone.")
                           .arg(script->title);
    if (activeCount > 0) {
        question += u"\n\n"_s
                    + tr("%n generation job(s) for it will be cancelled.", nullptr, int(activeCount));
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete script"), question, QMessageBox::Cancel, this);
    box.setObjectName(u"deleteScriptBox"_s);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    m_studio.jobs().cancelJobsOf(id); // and any queued while the writer was asked
    if (Result<void> ok = m_studio.library().deleteScript(id); !ok) {
        m_notice->showError(tr("The script could not be deleted: %1").arg(ErrorText::of(ok.error())));
        return;
    }
    m_notice->showInformation(tr("Deleted “%1”.").arg(script->title));
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void ScriptsPage::fitList()
{
    const QList<int> sizes = m_splitter->sizes();
    const int needed = m_view->neededWidth();
    const int total = sizes.size() == 2 ? sizes[0] + sizes[1] : 0;
    if (total <= 0) {
        return;
    }
    // The list shrinks to its minimum; then the script's side tabs fold; then the list. With
    // room again, it comes back to the width the writer gave it.
    int list = std::min(m_listWanted, total - needed);
    if (list < kListMinimum) {
        list = std::min(m_listWanted, total - (needed - m_view->sideMinimum()));
    }
    if (list < kListMinimum && list < m_listWanted) {
        list = 0;
    }
    list = std::max(0, list);
    if (list != sizes[0]) {
        m_splitter->setSizes({list, total - list});
    }
}

bool ScriptsPage::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter's sizes are its old ones while its resize event is delivered: fit after it.
    if (watched == m_splitter && event->type() == QEvent::Resize) {
        m_fitTimer->start(); // (once for any number of resizes before it fires)
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Spielberg
