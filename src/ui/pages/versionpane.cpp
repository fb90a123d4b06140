// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionpane.h"

#include "../dialogs/comparedialog.h"
#include "../errortext.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../models/versionlistmodel.h"
#include "../noticebar.h"

#include <studio/studio.h>

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spielberg {

VersionPane::VersionPane(Studio &studio, NoticeBar *notice, std::function<QString()> draftText, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_notice(notice)
    , m_draftText(std::move(draftText))
    , m_model(new VersionListModel(studio, this))
    , m_table(new QTableView(this))
    , m_viewButton(new QPushButton(tr("&View"), this))
    , m_compareButton(new QPushButton(tr("&Compare"), this))
    , m_restoreButton(new QPushButton(tr("Res&tore"), this))
{
    setObjectName(u"versionPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(u"versionTable"_s);
    m_table->setAccessibleName(tr("Version history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(VersionListModel::Note, QHeaderView::Stretch);
    // "v12 (locked)" on the white draft: the number takes what it needs, the note the rest.
    m_table->horizontalHeader()->setSectionResizeMode(VersionListModel::Number, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VersionListModel::Origin, 88); // the note keeps the room (and tooltips)
    m_table->setColumnWidth(VersionListModel::Created, 104);
    m_table->setToolTip(tr("Select one version to view or restore it, or to compare it with "
                           "the draft; select two to compare them"));
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_viewButton->setObjectName(u"viewVersionButton"_s);
    m_viewButton->setToolTip(tr("Read the selected version (Enter)"));
    m_compareButton->setObjectName(u"compareVersionsButton"_s);
    m_compareButton->setToolTip(tr("Compare two selected versions, or one with the draft"));
    m_restoreButton->setObjectName(u"restoreVersionButton"_s);
    m_restoreButton->setToolTip(tr("Make the selected version the draft again (as a new version; "
                                   "nothing is lost)"));
    buttons->addWidget(m_viewButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_restoreButton);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VersionPane::updateButtons);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        viewVersion(index.data(VersionListModel::NumberRole).toInt());
    });
    connect(m_viewButton, &QPushButton::clicked, this, [this] {
        const QList<int> numbers = selectedVersions();
        if (!numbers.isEmpty()) {
            viewVersion(numbers.constFirst());
        }
    });
    connect(m_compareButton, &QPushButton::clicked, this, &VersionPane::compareSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const QList<int> numbers = selectedVersions();
        if (numbers.size() == 1) {
            Q_EMIT restoreRequested(numbers.constFirst());
        }
    });
    // Right-click a version: lock it as the white draft of production revisions.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *lock = new QAction(tr("&Lock as the white draft"), m_table);
    lock->setObjectName(u"lockVersionAction"_s);
    lock->setToolTip(tr("Production revisions: changes made after this version are marked with * "
                        "and print on coloured pages"));
    m_table->addAction(lock);
    connect(lock, &QAction::triggered, this, [this] {
        const QList<int> numbers = selectedVersions();
        if (numbers.size() == 1) {
            Q_EMIT lockRequested(numbers.constFirst());
        }
    });
    updateButtons();
}

Result<void> VersionPane::setScript(qint64 id, const QString &title)
{
    if (id != m_scriptId) {
        closeWindows();
    }
    m_scriptId = id;
    m_title = title;
    const Result<void> ok = m_model->setScript(id);
    updateButtons();
    return ok;
}

void VersionPane::viewVersion(int number)
{
    const Result<ScriptVersion> version = m_studio.history().version(m_scriptId, number);
    if (!version) {
        m_notice->showError(ErrorText::of(version.error()));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"versionViewer"_s);
    dialog->setWindowTitle(tr("%1 — version %2 (read-only)").arg(m_title).arg(number));
    auto *text = new FountainEditor(dialog);
    text->setReadOnly(true);
    text->setPlainText(version->content);
    auto *info = new QLabel(dialog);
    info->setText(tr("%1 · %2%3")
                      .arg(Labels::origin(version->origin), Labels::dateTime(version->createdAt),
                           version->note.isEmpty() ? QString() : u" · "_s + version->note));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *restore = buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const qint64 scriptOfVersion = m_scriptId;
    connect(restore, &QPushButton::clicked, dialog, [this, dialog, number, scriptOfVersion] {
        dialog->close();
        if (m_scriptId == scriptOfVersion) { // the viewer closes with its script; in case not
            Q_EMIT restoreRequested(number);
        }
    });
    m_windows.removeIf([](const QPointer<QDialog> &window) { return window.isNull(); });
    m_windows.append(QPointer<QDialog>(dialog));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(info);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 760);
    dialog->show();
}

CompareDialog *VersionPane::compare(int from, int to)
{
    const Result<ScriptVersion> older = m_studio.history().version(m_scriptId, from);
    if (!older) {
        m_notice->showError(ErrorText::of(older.error()));
        return nullptr;
    }
    QString toText;
    QString toLabel;
    if (to == 0) {
        toText = m_draftText ? m_draftText() : QString();
        toLabel = tr("Your draft");
    } else {
        const Result<ScriptVersion> newer = m_studio.history().version(m_scriptId, to);
        if (!newer) {
            m_notice->showError(ErrorText::of(newer.error()));
            return nullptr;
        }
        toText = newer->content;
        toLabel = tr("Version %1 (%2)").arg(to).arg(Labels::origin(newer->origin));
    }
    auto *dialog = new CompareDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — compare").arg(m_title));
    dialog->setTexts(tr("Version %1 (%2)").arg(from).arg(Labels::origin(older->origin)),
                     older->content, toLabel, toText);
    m_windows.removeIf([](const QPointer<QDialog> &window) { return window.isNull(); });
    m_windows.append(QPointer<QDialog>(dialog));
    dialog->show();
    return dialog;
}

void VersionPane::compareSelected()
{
    QList<int> numbers = selectedVersions();
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() == 1) {
        compare(numbers.constFirst(), 0);
    } else if (numbers.size() >= 2) {
        compare(numbers.constFirst(), numbers.constLast());
    }
}

bool VersionPane::selectVersion(int number)
{
    const int row = m_model->rowOfNumber(number);
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

QList<int> VersionPane::selectedVersions() const
{
    QList<int> numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        numbers << index.data(VersionListModel::NumberRole).toInt();
    }
    return numbers;
}

void VersionPane::closeWindows()
{
    for (const QPointer<QDialog> &window : std::as_const(m_windows)) {
        if (window) {
            window->close();
        }
    }
    m_windows.clear();
}

void VersionPane::updateButtons()
{
    const qsizetype n = m_table->selectionModel() ? selectedVersions().size() : 0;
    m_viewButton->setEnabled(n == 1);
    m_restoreButton->setEnabled(n == 1);
    m_compareButton->setEnabled(n == 1 || n == 2);
    m_compareButton->setText(n == 1 ? tr("&Compare with draft") : tr("&Compare"));
}

} // namespace Spielberg
