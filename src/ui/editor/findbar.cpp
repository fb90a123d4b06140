// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Spielberg {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &all"), this))
    , m_replaceLabel(new QLabel(tr("Replace with:"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find in the script"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setAccessibleName(tr("Replace with"));
    auto *next = new QPushButton(tr("&Next"), this);
    next->setToolTip(tr("Find the next match (Enter)"));
    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close find"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_caseSensitive, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceButton, 1, 2);
    layout->addWidget(m_replaceAllButton, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(5, 1);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::textChanged, m_status, &QLabel::clear);
    hide();
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_find->setText(selected);
    }
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *w : {static_cast<QWidget *>(m_replace), static_cast<QWidget *>(m_replaceButton),
                       static_cast<QWidget *>(m_replaceAllButton),
                       static_cast<QWidget *>(m_replaceLabel)}) {
        w->setVisible(visible);
    }
}

bool FindBar::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_caseSensitive->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    if (m_editor->find(text, flags)) {
        m_status->clear();
        return true;
    }
    // Wrap around once.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    if (m_editor->find(text, flags)) {
        m_status->setText(tr("Continued from the %1").arg(backwards ? tr("end") : tr("start")));
        return true;
    }
    m_status->setText(tr("Not found"));
    return false;
}

void FindBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive
                                                                : Qt::CaseInsensitive;
    if (cursor.hasSelection() && cursor.selectedText().compare(m_find->text(), cs) == 0) {
        cursor.insertText(m_replace->text());
    }
    findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        return 0;
    }
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock(); // one undo step
    int count = 0;
    QTextCursor found = document->find(text, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = document->find(text, found.position(), flags);
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ShiftModifier)) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Spielberg
