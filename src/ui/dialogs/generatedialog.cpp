// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedialog.h"

#include "sendshortcut.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

GenerateDialog::GenerateDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_heading(new QLabel(this))
    , m_context(new QLabel(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_takesRow(new QWidget(this))
    , m_takes(new QSpinBox(this))
{
    setObjectName(u"generateDialog"_s);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::Script) {
        setWindowTitle(tr("Generate a new version"));
        intro->setText(tr("Tell the model what to write. The result becomes a new version of this "
                          "script; your draft is never replaced without asking you."));
        m_prompt->setPlaceholderText(tr("e.g. Write the first act: Margaret sees the flare and "
                                        "must choose between the lamp and the boat."));
    } else {
        setWindowTitle(tr("Regenerate scene"));
        intro->setText(tr("The model rewrites this scene only, knowing its setting, goal, tension "
                          "and tone, the scenes around it and the characters in it. The rest of "
                          "the script stays exactly as it is."));
        m_prompt->setPlaceholderText(tr("Optional: what to change, e.g. more tension, fewer "
                                        "words, let Edwin lie."));
    }
    m_prompt->setObjectName(u"generatePrompt"_s);
    m_prompt->setAccessibleName(tr("Instruction for the model"));
    m_prompt->setTabChangesFocus(true);
    m_context->setObjectName(u"generateContext"_s);
    m_context->setWordWrap(true);
    QPalette p = m_context->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_context->setPalette(p);
    m_error->setObjectName(u"generateError"_s);
    QPalette e = m_error->palette();
    e.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_error->setPalette(e);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Script ? tr("&Generate") : tr("&Regenerate"));
    ok->setObjectName(u"generateOk"_s);
    ok->setToolTip(tr("Send (Ctrl+Enter)"));
    sendOnCtrlEnter(this, ok);
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(u"generateHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->hide();
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_context);
    m_takes->setObjectName(u"generateTakes"_s);
    m_takes->setRange(1, 5);
    m_takes->setValue(1);
    m_takes->setToolTip(tr("More than one: the takes are shown side by side and you choose one; the "
                           "others stay with the job."));
    auto *takesLayout = new QHBoxLayout(m_takesRow);
    takesLayout->setContentsMargins(0, 0, 0, 0);
    auto *takesLabel = new QLabel(tr("&Takes to choose from:"), m_takesRow);
    takesLabel->setBuddy(m_takes);
    takesLayout->addWidget(takesLabel);
    takesLayout->addWidget(m_takes);
    takesLayout->addStretch(1);
    m_takesRow->hide();
    layout->addWidget(m_takesRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GenerateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, 380);
}

void GenerateDialog::setContext(const QString &text)
{
    m_context->setText(text);
}

void GenerateDialog::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void GenerateDialog::setTakesVisible(bool visible)
{
    m_takesRow->setVisible(visible);
}

int GenerateDialog::takes() const
{
    return m_takesRow->isVisibleTo(this) ? m_takes->value() : 1;
}

QString GenerateDialog::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

void GenerateDialog::accept()
{
    if (m_mode == Mode::Script && prompt().isEmpty()) {
        m_error->setText(tr("Say what to write: the model needs an instruction."));
        m_error->show();
        m_prompt->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Spielberg
