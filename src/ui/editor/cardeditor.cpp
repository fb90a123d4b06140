// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardeditor.h"

#include "../labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.isValid() ? color.darker(130) : QColor(Qt::gray));
    p.setBrush(color.isValid() ? color : QColor(Qt::transparent));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}
} // namespace

CardEditor::CardEditor(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_heading(new QLineEdit(this))
    , m_synopsis(new QPlainTextEdit(this))
    , m_goal(new QLineEdit(this))
    , m_tension(new QLineEdit(this))
    , m_tone(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_lock(new QCheckBox(tr("&Locked: the model never rewrites this scene"), this))
{
    setObjectName(u"cardEditor"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_heading->setObjectName(u"cardHeading"_s);
    m_heading->setPlaceholderText(u"INT. KITCHEN - NIGHT"_s); // Fountain reads headings in English
    m_heading->setAccessibleName(tr("Scene heading"));
    m_synopsis->setObjectName(u"cardSynopsis"_s);
    m_synopsis->setAccessibleName(tr("Synopsis"));
    m_synopsis->setPlaceholderText(tr("What happens in this scene, in a line or two"));
    m_synopsis->setTabChangesFocus(true);
    m_synopsis->setFixedHeight(m_synopsis->fontMetrics().lineSpacing() * 3 + 12);
    m_synopsis->installEventFilter(this);
    m_goal->setObjectName(u"cardGoal"_s);
    m_tension->setObjectName(u"cardTension"_s);
    m_tone->setObjectName(u"cardTone"_s);
    m_goal->setPlaceholderText(tr("What the scene must achieve"));
    m_tension->setPlaceholderText(tr("What stands in the way"));
    m_tone->setPlaceholderText(tr("tense, tender, comic…"));
    m_color->setObjectName(u"cardColor"_s);
    m_color->addItem(swatch({}), Labels::cardColor({}), QString());
    for (const QString &name : SceneCardModel::colorNames()) {
        m_color->addItem(swatch(SceneCardModel::colorOf(name, {})), Labels::cardColor(name), name);
    }
    m_lock->setObjectName(u"cardLock"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Heading:"), m_heading);
    form->addRow(tr("&Synopsis:"), m_synopsis);
    form->addRow(tr("&Goal:"), m_goal);
    form->addRow(tr("&Tension:"), m_tension);
    form->addRow(tr("T&one:"), m_tone);
    form->addRow(tr("&Colour:"), m_color);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"cardSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CardEditor::accepted);
    connect(buttons, &QDialogButtonBox::rejected, this, &CardEditor::rejected);
    for (QLineEdit *edit : {m_heading, m_goal, m_tension, m_tone}) {
        connect(edit, &QLineEdit::returnPressed, this, &CardEditor::accepted);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_lock);
    layout->addWidget(buttons);
    setFocusProxy(m_heading);
}

void CardEditor::edit(int row, const SceneCard &card)
{
    m_row = row;
    m_card = card;
    m_title->setText(tr("Scene %1").arg(card.number));
    m_heading->setText(card.heading);
    m_synopsis->setPlainText(card.synopsisWritten ? card.synopsis : QString());
    m_goal->setText(card.goal);
    m_tension->setText(card.tension);
    m_tone->setText(card.tone);
    for (QLineEdit *edit : {m_heading, m_goal, m_tension, m_tone}) {
        edit->setCursorPosition(0); // long notes read from their start
    }
    m_color->setCurrentIndex(std::max(0, m_color->findData(card.color)));
    m_lock->setChecked(card.locked);
    m_synopsis->moveCursor(QTextCursor::End);
    m_heading->selectAll();
}

SceneCard CardEditor::card() const
{
    SceneCard out = m_card;
    out.heading = m_heading->text().simplified();
    out.synopsis = m_synopsis->toPlainText().simplified();
    out.goal = m_goal->text().trimmed();
    out.tension = m_tension->text().trimmed();
    out.tone = m_tone->text().trimmed();
    out.color = m_color->currentData().toString();
    out.locked = m_lock->isChecked();
    return out;
}

bool CardEditor::headingChanged() const
{
    return !m_heading->text().simplified().isEmpty() && m_heading->text().simplified() != m_card.heading;
}

bool CardEditor::synopsisChanged() const
{
    return m_synopsis->toPlainText().simplified() != (m_card.synopsisWritten ? m_card.synopsis : QString());
}

void CardEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT rejected();
        return;
    }
    // A field's Enter (returnPressed) already kept the card: it must not reach the board below,
    // which would open the card again.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool CardEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the synopsis keeps the card (a synopsis is one paragraph); Shift+Enter breaks.
    if (watched == m_synopsis && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT accepted();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Spielberg
