// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptdialog.h"

#include "../labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

ScriptDialog::ScriptDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_logline(new QPlainTextEdit(this))
    , m_genre(new QComboBox(this))
    , m_tone(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_lockNote(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock…"), this))
    , m_characters(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"scriptDialog"_s);
    setWindowTitle(tr("New script"));
    m_title->setObjectName(u"scriptTitle"_s);
    m_title->setPlaceholderText(tr("The title on the cover page"));
    m_title->setAccessibleName(tr("Title"));
    m_logline->setObjectName(u"scriptLogline"_s);
    m_logline->setPlaceholderText(tr("One or two sentences: who wants what, and what stands in "
                                     "the way"));
    m_logline->setTabChangesFocus(true);
    m_logline->setMaximumHeight(72);
    m_logline->setAccessibleName(tr("Logline"));
    m_genre->setObjectName(u"scriptGenre"_s);
    m_genre->setAccessibleName(tr("Genre"));
    m_tone->setObjectName(u"scriptTone"_s);
    m_tone->setAccessibleName(tr("Tone"));
    m_format->setObjectName(u"scriptFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    Labels::fillGenres(m_genre);
    Labels::fillTones(m_tone);
    Labels::fillFormats(m_format);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setToolTip(tr("Allow changing genre and tone of a script that has versions"));
    m_lockNote->setWordWrap(true);
    m_characters->setObjectName(u"scriptCharacters"_s);
    m_characters->setAccessibleName(tr("Characters in this script"));
    m_characters->setMinimumHeight(120);
    m_error->setObjectName(u"scriptDialogError"_s);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_error->setPalette(p);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Logline:"), m_logline);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(m_genre, 1);
    lockRow->addWidget(m_tone, 1);
    lockRow->addWidget(m_unlock);
    auto *lockLabel = new QLabel(tr("&Genre and tone:"), this);
    lockLabel->setBuddy(m_genre); // a row holding a layout gets no buddy by itself
    form->addRow(lockLabel, lockRow);
    form->addRow(QString(), m_lockNote);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Characters:"), m_characters);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"scriptDialogOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScriptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlock, &QPushButton::clicked, this, &ScriptDialog::unlock);
    resize(560, 520);
    setLocked(false);
}

void ScriptDialog::setScript(const Script &script, bool locked)
{
    m_script = script;
    setWindowTitle(script.id == 0 ? tr("New script") : tr("Script details"));
    m_title->setText(script.title);
    m_logline->setPlainText(script.logline);
    Labels::select(m_genre, script.genre);
    Labels::select(m_tone, script.tone);
    Labels::select(m_format, script.format);
    setLocked(locked);
}

void ScriptDialog::setCharacters(const QList<Character> &library, const QList<qint64> &attached)
{
    m_characters->clear();
    for (const Character &c : library) {
        auto *item = new QListWidgetItem(c.name, m_characters);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(attached.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (library.isEmpty()) {
        auto *item = new QListWidgetItem(tr("The library has no characters yet (Characters tab, "
                                            "Ctrl+2)."),
                                         m_characters);
        item->setFlags(Qt::NoItemFlags);
    }
}

Script ScriptDialog::script() const
{
    Script s = m_script;
    s.title = m_title->text().trimmed();
    s.logline = m_logline->toPlainText().trimmed();
    s.genre = m_genre->currentData().toString();
    s.tone = m_tone->currentData().toString();
    s.format = m_format->currentData().toString();
    return s;
}

QList<qint64> ScriptDialog::characterIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_characters->count(); ++i) {
        const QListWidgetItem *item = m_characters->item(i);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(Qt::UserRole).toLongLong();
        }
    }
    return ids;
}

void ScriptDialog::setLocked(bool locked)
{
    m_locked = locked;
    m_genre->setEnabled(!locked);
    m_tone->setEnabled(!locked);
    m_unlock->setVisible(locked);
    const QIcon lock = QIcon::fromTheme(u"object-locked"_s);
    m_unlock->setIcon(lock);
    m_lockNote->setVisible(locked);
    m_lockNote->setText(tr("🔒 Locked: every version and every generation of this script uses "
                           "this genre and tone."));
}

void ScriptDialog::unlock()
{
    const auto answer = QMessageBox::warning(
        this, tr("Unlock genre and tone"),
        tr("This script already has versions written in this genre and tone. Changing them makes "
           "new generations follow the new ones, and may not match what exists. Unlock anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        setLocked(false);
        m_genre->setFocus();
    }
}

void ScriptDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_error->setText(tr("A script needs a title."));
        m_error->show();
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Spielberg
