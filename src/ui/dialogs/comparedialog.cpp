// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "../editor/diffview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare versions"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(1100, 700);
}

void CompareDialog::setTexts(const QString &fromLabel, const QString &from, const QString &toLabel,
                             const QString &to)
{
    m_diff->setTexts(fromLabel, from, toLabel, to);
}

void CompareDialog::setReview(const QString &message, const QString &acceptText,
                              const QString &rejectText)
{
    setWindowTitle(tr("Review the new version"));
    m_message->setText(message);
    m_message->show();
    m_buttons->clear();
    m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"reviewAcceptButton"_s);
    QPushButton *keep = m_buttons->addButton(rejectText, QDialogButtonBox::RejectRole);
    keep->setObjectName(u"reviewRejectButton"_s);
    keep->setDefault(true);
}

} // namespace Spielberg
