// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Spielberg {

class CharacterListModel;
class NoticeBar;
class Studio;

/**
 * The Characters tab: the library's characters in a filterable table beside a form for the
 * selected one (name, personality, goals, voice, backstory) and the scripts that use it. New,
 * Duplicate and Delete (which names the scripts it would be detached from). Edits are kept when
 * the writer moves to another character: they are saved first. GUI thread only.
 */
class CharactersPage : public QWidget
{
    Q_OBJECT
public:
    explicit CharactersPage(Studio &studio, QWidget *parent = nullptr);

    /** Starts a new, empty character in the form (saved by Save). */
    void newCharacter();
    void duplicateCurrent();
    void deleteCurrent();
    /** Writes the form (creating or updating); false with a notice when it could not. */
    bool save();
    /** Selects character `id` and shows it in the form. */
    void select(qint64 id);
    qint64 currentId() const { return m_current.id; }
    /** The script whose proposed cast is marked (the one open in the Scripts tab). */
    void setScript(qint64 scriptId);
    /** Keeps proposed character `id` (0: all of them) in the script's cast. */
    void keepProposed(qint64 id);
    /** Drops proposed character `id` from the script (and the library, when the run made it). */
    void dropProposed(qint64 id);
    NoticeBar *notice() const { return m_notice; }
    QPushButton *keepButton() const { return m_keepButton; }
    QPushButton *dropButton() const { return m_dropButton; }
    bool isDirty() const { return m_dirty; }

    QTableView *table() const { return m_table; }

private:
    void onCurrentRowChanged();
    void showCharacter(const Character &character);
    Character formValues() const;
    void setDirty(bool dirty);
    void updateUsage();
    void showProposed();

    Studio &m_studio;
    CharacterListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    NoticeBar *m_notice;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_newButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_keepButton;
    QPushButton *m_dropButton;
    qint64 m_scriptId = 0;
    bool m_proposedNotice = false; ///< the notice speaks of the proposed cast
    QLineEdit *m_name;
    QPlainTextEdit *m_personality;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_voice;
    QPlainTextEdit *m_backstory;
    QLabel *m_usage;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QWidget *m_form;
    Character m_current; ///< what the form shows; id 0 for a new one
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace Spielberg
