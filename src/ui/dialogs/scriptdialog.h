// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>
#include <core/script.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Spielberg {

/**
 * The details of a script: title, logline, genre, tone, format, and its characters (ticked in a
 * list of the library's). Genre and tone are locked once the script has a version (every version
 * and prompt uses them): they show a lock and change only after "Unlock…" and its warning.
 * Refuses an empty title in place. GUI thread only.
 */
class ScriptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScriptDialog(QWidget *parent = nullptr);

    void setScript(const Script &script, bool locked);
    /** The library's characters, those in `attached` ticked. */
    void setCharacters(const QList<Character> &library, const QList<qint64> &attached);

    Script script() const;
    QList<qint64> characterIds() const;
    bool isLocked() const { return m_locked; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *genreBox() const { return m_genre; }
    QComboBox *toneBox() const { return m_tone; }
    QListWidget *characterList() const { return m_characters; }

    void accept() override;

private:
    void setLocked(bool locked);
    void unlock();

    Script m_script;
    bool m_locked = false;
    QLineEdit *m_title;
    QPlainTextEdit *m_logline;
    QComboBox *m_genre;
    QComboBox *m_tone;
    QComboBox *m_format;
    QLabel *m_lockNote;
    QPushButton *m_unlock;
    QListWidget *m_characters;
    QLabel *m_error;
};

} // namespace Spielberg
