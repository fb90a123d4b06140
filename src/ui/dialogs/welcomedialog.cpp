// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Spielberg"));
    auto *text = new QLabel(
        tr("<h2>Welcome to Spielberg</h2><p>Write screenplays in Fountain, keep every version, "
           "build a bible of your characters, and let a language model draft scripts and scenes "
           "while you watch them being written.</p><p>Everything stays on this computer, except "
           "what you send to the model you choose.</p>"),
        this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sample = buttons->addButton(tr("Open a &sample script"), QDialogButtonBox::AcceptRole);
    sample->setObjectName(u"welcomeSample"_s);
    QPushButton *provider = buttons->addButton(tr("Set up a &model…"), QDialogButtonBox::AcceptRole);
    provider->setObjectName(u"welcomeProvider"_s);
    QPushButton *blank = buttons->addButton(tr("Start &writing"), QDialogButtonBox::RejectRole);
    blank->setObjectName(u"welcomeBlank"_s);
    sample->setDefault(true);
    connect(sample, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Sample;
        accept();
    });
    connect(provider, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Provider;
        accept();
    });
    connect(blank, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 280);
}

} // namespace Spielberg
