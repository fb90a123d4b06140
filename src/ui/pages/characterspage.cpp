// SPDX-License-Identifier: GPL-3.0-or-later
#include "characterspage.h"
#include "../errortext.h"

#include <studio/studio.h>
#include "../models/characterlistmodel.h"
#include "../noticebar.h"

#include <storage/librarynotifier.h>


#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QPlainTextEdit *fieldEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(64);
    return edit;
}
} // namespace

CharactersPage::CharactersPage(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_model(new CharacterListModel(studio, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new NoticeBar(this))
{
    setObjectName(u"charactersPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    // The library: filter, table, buttons.
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(listSide);
    m_filter->setObjectName(u"characterFilter"_s);
    m_filter->setPlaceholderText(tr("Filter characters…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter characters"));
    listLayout->addWidget(m_filter);
    m_table = new QTableView(listSide);
    m_table->setObjectName(u"characterTable"_s);
    m_table->setAccessibleName(tr("Character library"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(CharacterListModel::Name, 170);
    m_table->setWordWrap(false);
    listLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), listSide);
    m_newButton->setObjectName(u"newCharacterButton"_s);
    m_newButton->setToolTip(tr("Add a character to the library (Ctrl+N)"));
    m_newButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), listSide);
    m_duplicateButton->setObjectName(u"duplicateCharacterButton"_s);
    m_duplicateButton->setToolTip(tr("Copy the selected character under a new name"));
    m_deleteButton = new QPushButton(tr("&Delete"), listSide);
    m_deleteButton->setObjectName(u"deleteCharacterButton"_s);
    m_deleteButton->setToolTip(tr("Remove the selected character from the library"));
    m_deleteButton->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_keepButton = new QPushButton(tr("&Keep"), listSide);
    m_keepButton->setObjectName(u"keepCharacterButton"_s);
    m_keepButton->setToolTip(tr("Keep this proposed character in the script's cast"));
    m_dropButton = new QPushButton(tr("Dro&p"), listSide);
    m_dropButton->setObjectName(u"dropCharacterButton"_s);
    m_dropButton->setToolTip(tr("Drop this proposed character: the outline is written without it"));
    m_keepButton->hide();
    m_dropButton->hide();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_keepButton);
    buttons->addWidget(m_dropButton);
    buttons->addWidget(m_deleteButton);
    listLayout->addLayout(buttons);

    // The form.
    m_form = new QWidget(this);
    auto *formOuter = new QVBoxLayout(m_form);
    formOuter->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"characterName"_s);
    m_name->setPlaceholderText(tr("The name as it appears in dialogue, e.g. MARGARET"));
    m_name->setAccessibleName(tr("Name"));
    m_personality = fieldEdit(m_form, u"characterPersonality"_s,
                              tr("Temperament, habits, contradictions…"));
    m_personality->setAccessibleName(tr("Personality"));
    m_goals = fieldEdit(m_form, u"characterGoals"_s, tr("What they want, and what they need"));
    m_goals->setAccessibleName(tr("Goals"));
    m_voice = fieldEdit(m_form, u"characterVoice"_s,
                        tr("How they talk: rhythm, vocabulary, what they never say"));
    m_voice->setAccessibleName(tr("Voice"));
    m_backstory = fieldEdit(m_form, u"characterBackstory"_s,
                            tr("Where they come from; what happened before page one"));
    m_backstory->setAccessibleName(tr("Backstory"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Personality:"), m_personality);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(tr("&Voice:"), m_voice);
    form->addRow(tr("&Backstory:"), m_backstory);
    m_usage = new QLabel(m_form);
    m_usage->setObjectName(u"characterUsage"_s);
    m_usage->setWordWrap(true);
    form->addRow(tr("Used in:"), m_usage);
    formOuter->addLayout(form, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    m_revertButton = new QPushButton(tr("&Revert"), m_form);
    m_revertButton->setObjectName(u"revertCharacterButton"_s);
    m_revertButton->setToolTip(tr("Forget the changes made since the last save"));
    m_saveButton = new QPushButton(tr("&Save"), m_form);
    m_saveButton->setObjectName(u"saveCharacterButton"_s);
    m_saveButton->setToolTip(tr("Save this character (Ctrl+S)"));
    m_saveButton->setDefault(true);
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    formOuter->addLayout(formButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &CharactersPage::save);
    auto *newShortcut = new QAction(this);
    newShortcut->setShortcut(QKeySequence::New);
    newShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newShortcut);
    connect(newShortcut, &QAction::triggered, this, &CharactersPage::newCharacter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CharactersPage::onCurrentRowChanged);
    connect(m_newButton, &QPushButton::clicked, this, &CharactersPage::newCharacter);
    connect(m_duplicateButton, &QPushButton::clicked, this, &CharactersPage::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &CharactersPage::deleteCurrent);
    connect(m_keepButton, &QPushButton::clicked, this, [this] { keepProposed(m_current.id); });
    connect(m_dropButton, &QPushButton::clicked, this, [this] { dropProposed(m_current.id); });
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, [this](qint64 id) {
        if (id == m_scriptId) {
            showProposed();
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CharactersPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { showCharacter(m_current); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    for (QPlainTextEdit *edit : {m_personality, m_goals, m_voice, m_backstory}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading) {
                setDirty(true);
            }
        });
    }

    if (Result<void> ok = m_model->reload(); !ok) {
        m_notice->showError(tr("The characters could not be read: %1").arg(ErrorText::of(ok.error())));
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        showCharacter({});
    }
}

void CharactersPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.data(CharacterListModel::IdRole).toLongLong();
    if (id == m_current.id && id != 0) {
        return;
    }
    // Moving away keeps the typing: save it first (an invalid form stays and says why).
    if (m_dirty && !save()) {
        const int row = m_model->rowOf(m_current.id);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        }
        return;
    }
    const int row = m_model->rowOf(id);
    showCharacter(row >= 0 ? m_model->characterAt(row) : Character{});
}

void CharactersPage::showCharacter(const Character &character)
{
    m_loading = true;
    m_current = character;
    m_name->setText(character.name);
    m_personality->setPlainText(character.personality);
    m_goals->setPlainText(character.goals);
    m_voice->setPlainText(character.voice);
    m_backstory->setPlainText(character.backstory);
    m_loading = false;
    setDirty(false);
    m_saveButton->setText(character.id == 0 ? tr("&Create") : tr("&Save"));
    m_duplicateButton->setEnabled(character.id != 0);
    m_deleteButton->setEnabled(character.id != 0);
    const bool proposed = m_model->isProposed(character.id);
    m_keepButton->setVisible(proposed);
    m_dropButton->setVisible(proposed);
    updateUsage();
}

void CharactersPage::setScript(qint64 scriptId)
{
    m_scriptId = scriptId;
    showProposed();
}

void CharactersPage::showProposed()
{
    QHash<qint64, int> proposed;
    if (m_scriptId != 0) {
        if (const Result<QHash<qint64, int>> cast = m_studio.library().proposedCast(m_scriptId)) {
            proposed = *cast;
        }
    }
    m_model->setProposed(proposed);
    const bool current = m_model->isProposed(m_current.id);
    m_keepButton->setVisible(current);
    m_dropButton->setVisible(current);
    if (proposed.isEmpty()) {
        if (m_proposedNotice) {
            m_notice->hide(); // it spoke of a cast that is now kept or dropped
            m_proposedNotice = false;
        }
        return;
    }
    m_proposedNotice = true;
    const Result<Script> script = m_studio.library().script(m_scriptId);
    m_notice->showAction(tr("The model proposes the characters in italics for “%1”. Keep, edit or drop them: "
                            "the outline is written for every one you do not drop.")
                             .arg(script ? script->title : QString()),
                         tr("Keep &all"), [this] { keepProposed(0); });
}

void CharactersPage::keepProposed(qint64 id)
{
    if (m_scriptId == 0) {
        return;
    }
    if (m_dirty && id == m_current.id && !save()) {
        return;
    }
    if (Result<void> ok = m_studio.library().keepProposed(m_scriptId, id); !ok) {
        m_notice->showError(tr("The character could not be kept: %1").arg(ErrorText::of(ok.error())));
        return;
    }
    showProposed();
}

void CharactersPage::dropProposed(qint64 id)
{
    if (m_scriptId == 0 || id == 0) {
        return;
    }
    const QString name = m_current.id == id ? m_current.name : QString();
    if (m_current.id == id) {
        setDirty(false); // what was typed on the dropped character goes with it, as the writer asked
    }
    if (Result<void> ok = m_studio.library().dropProposed(m_scriptId, id); !ok) {
        m_notice->showError(tr("The character could not be dropped: %1").arg(ErrorText::of(ok.error())));
        return;
    }
    showProposed();
    if (m_model->rowOf(id) < 0 && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    if (!name.isEmpty() && !m_proposedNotice) {
        m_notice->showInformation(tr("Dropped %1.").arg(name));
    }
}

Character CharactersPage::formValues() const
{
    Character c = m_current;
    c.name = m_name->text().trimmed();
    c.personality = m_personality->toPlainText();
    c.goals = m_goals->toPlainText();
    c.voice = m_voice->toPlainText();
    c.backstory = m_backstory->toPlainText();
    return c;
}

void CharactersPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_revertButton->setEnabled(dirty);
    m_saveButton->setEnabled(dirty || m_current.id == 0);
}

void CharactersPage::updateUsage()
{
    if (m_current.id == 0) {
        m_usage->setText(tr("Not saved yet"));
        return;
    }
    const Result<QList<Script>> scripts = m_studio.library().scriptsWith(m_current.id);
    if (!scripts) {
        m_usage->setText(ErrorText::of(scripts.error()));
        return;
    }
    QStringList titles;
    for (const Script &s : *scripts) {
        titles.append(s.title);
    }
    m_usage->setText(titles.isEmpty() ? tr("No script yet") : titles.join(u", "_s));
}

void CharactersPage::newCharacter()
{
    if (m_dirty && !save()) {
        return;
    }
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    showCharacter({});
    m_name->setFocus();
}

bool CharactersPage::save()
{
    const Character values = formValues();
    if (values.name.isEmpty()) {
        m_notice->showError(tr("A character needs a name."));
        m_name->setFocus();
        return false;
    }
    const Result<Character> saved = values.id == 0 ? m_studio.library().createCharacter(values)
                                                   : m_studio.library().editCharacter(values);
    if (!saved) {
        m_notice->showError(tr("The character could not be saved: %1").arg(ErrorText::of(saved.error())));
        return false;
    }
    m_current = *saved;
    setDirty(false); // disables Save, which may have had the focus
    m_saveButton->setText(tr("&Save"));
    select(saved->id);
    // The keyboard stays on this page (not the tab bar), so Ctrl+N makes the next one.
    if (!isAncestorOf(QApplication::focusWidget())) {
        m_table->setFocus();
    }
    return true;
}

void CharactersPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
    }
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_table->scrollTo(m_table->currentIndex());
    if (m_current.id != id) {
        showCharacter(m_model->characterAt(row));
    } else {
        m_duplicateButton->setEnabled(true);
        m_deleteButton->setEnabled(true);
        updateUsage();
    }
}

void CharactersPage::duplicateCurrent()
{
    if (m_current.id == 0 || (m_dirty && !save())) {
        return;
    }
    Character copy = m_current;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(m_current.name);
    const Result<Character> made = m_studio.library().createCharacter(copy);
    if (!made) {
        m_notice->showError(tr("The character could not be copied: %1").arg(ErrorText::of(made.error())));
        return;
    }
    select(made->id);
    m_name->setFocus();
    m_name->selectAll();
}

void CharactersPage::deleteCurrent()
{
    if (m_current.id == 0) {
        return;
    }
    const Result<QList<Script>> scripts = m_studio.library().scriptsWith(m_current.id);
    QStringList titles;
    if (scripts) {
        for (const Script &s : *scripts) {
            titles.append(s.title);
        }
    }
    const QString question =
        titles.isEmpty()
            ? tr("Delete %1 from the library?").arg(m_current.name)
            : tr("Delete %1 from the library? It is detached from %n script(s): %2. The scripts "
                 "and their versions stay.",
                 nullptr, int(titles.size()))
                  .arg(m_current.name, titles.join(u", "_s));
    QMessageBox box(QMessageBox::Warning, tr("Delete character"), question,
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteCharacterBox"_s);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    const qint64 id = m_current.id;
    const QString name = m_current.name;
    const int row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
    m_dirty = false;
    if (Result<void> ok = m_studio.library().deleteCharacter(id); !ok) {
        m_notice->showError(tr("The character could not be deleted: %1").arg(ErrorText::of(ok.error())));
        return;
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0));
    } else {
        showCharacter({});
    }
    m_notice->showInformation(tr("Deleted %1.").arg(name));
}

} // namespace Spielberg
