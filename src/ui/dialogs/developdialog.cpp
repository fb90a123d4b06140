// SPDX-License-Identifier: GPL-3.0-or-later
#include "developdialog.h"

#include "sendshortcut.h"

#include "../errortext.h"

#include <core/storyprompts.h>
#include <studio/studio.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

DevelopDialog::DevelopDialog(Studio &studio, const Script &script, QWidget *parent)
    : QDialog(parent)
    , m_studio(studio)
    , m_script(script)
    , m_prompt(new QPlainTextEdit(this))
    , m_step(new QComboBox(this))
    , m_scenes(new QSpinBox(this))
    , m_parallel(new QSpinBox(this))
    , m_review(new QCheckBox(tr("&Stop after the cast and after the outline, so I can change them"), this))
    , m_estimate(new QLabel(this))
    , m_start(nullptr)
{
    setObjectName(u"developDialog"_s);
    setWindowTitle(tr("Develop “%1”").arg(script.title));
    auto *intro = new QLabel(tr("The model proposes the cast, lays out the outline as scenes, then writes "
                                "every scene. Each step is a job you can watch, cancel and resume; scenes "
                                "you lock are never rewritten."),
                             this);
    intro->setWordWrap(true);
    m_prompt->setObjectName(u"developPrompt"_s);
    m_prompt->setAccessibleName(tr("What the story is about"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setPlaceholderText(script.logline.isEmpty()
                                     ? tr("What the story is about: who wants what, what stands in the way.")
                                     : tr("Optional: anything beyond the logline (“%1”).").arg(script.logline));
    m_step->setObjectName(u"developStep"_s);
    m_step->addItem(tr("Cast, outline and scenes"), u"all"_s);
    m_step->addItem(tr("The cast only"), u"characters"_s);
    m_step->addItem(tr("The outline only"), u"outline"_s);
    m_step->addItem(tr("The scenes, from the newest version"), u"scenes"_s);
    m_scenes->setObjectName(u"developScenes"_s);
    m_scenes->setRange(1, 200);
    m_scenes->setValue(StoryPrompts::defaultSceneCount(script.format));
    m_scenes->setAccessibleName(tr("Number of scenes"));
    m_parallel->setObjectName(u"developParallel"_s);
    m_parallel->setRange(1, 8);
    m_parallel->setValue(1);
    m_parallel->setToolTip(tr("1 writes each scene knowing the ones before it. More is faster: each "
                              "scene is then written from the outline alone."));
    m_review->setObjectName(u"developReview"_s);
    m_review->setChecked(true);
    m_estimate->setObjectName(u"developEstimate"_s);
    m_estimate->setWordWrap(true);
    m_estimate->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Steps:"), m_step);
    form->addRow(tr("S&cenes:"), m_scenes);
    form->addRow(tr("&Written at once:"), m_parallel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("&Start"));
    m_start->setObjectName(u"developStart"_s);
    m_start->setToolTip(tr("Send (Ctrl+Enter)"));
    sendOnCtrlEnter(this, m_start);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *promptLabel = new QLabel(tr("&What the story is about:"), this);
    promptLabel->setBuddy(m_prompt);
    layout->addWidget(promptLabel);
    layout->addWidget(m_prompt, 1);
    layout->addLayout(form);
    layout->addWidget(m_review);
    layout->addWidget(m_estimate);
    layout->addWidget(buttons);
    resize(560, 460);

    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &DevelopDialog::estimate);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DevelopDialog::onEstimated);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &DevelopDialog::requestChanged);
    connect(m_step, &QComboBox::currentIndexChanged, this, &DevelopDialog::requestChanged);
    connect(m_scenes, &QSpinBox::valueChanged, this, &DevelopDialog::requestChanged);
    connect(m_parallel, &QSpinBox::valueChanged, this, &DevelopDialog::requestChanged);
    requestChanged();
    estimate();
}

DevelopDialog::~DevelopDialog()
{
    m_watcher.waitForFinished();
}

StoryEngine::DevelopRequest DevelopDialog::request() const
{
    StoryEngine::DevelopRequest r;
    r.scriptId = m_script.id;
    r.prompt = m_prompt->toPlainText().trimmed();
    r.step = m_step->currentData().toString();
    r.scenes = m_scenes->value();
    r.parallel = m_parallel->value();
    r.review = r.step == u"all"_s && m_review->isChecked();
    return r;
}

void DevelopDialog::requestChanged()
{
    const QString step = m_step->currentData().toString();
    m_review->setEnabled(step == u"all"_s);
    m_scenes->setEnabled(step == u"all"_s || step == u"outline"_s);
    m_parallel->setEnabled(step == u"all"_s || step == u"scenes"_s);
    m_estimate->setText(tr("Working out what the run will use…"));
    m_timer.start();
}

void DevelopDialog::estimate()
{
    if (m_watcher.isRunning()) {
        m_timer.start(); // the next estimate waits for this one
        return;
    }
    Studio *studio = &m_studio;
    const StoryEngine::DevelopRequest asked = request();
    m_watcher.setFuture(QtConcurrent::run([studio, asked] {
        Result<StoryEngine::Estimate> estimate = studio->jobs().estimate(asked);
        studio->history().releaseThreadConnection();
        return estimate;
    }));
}

void DevelopDialog::onEstimated()
{
    if (m_timer.isActive()) {
        return; // the request changed meanwhile
    }
    const Result<StoryEngine::Estimate> estimate = m_watcher.result();
    if (!estimate) {
        m_estimate->setText(tr("No estimate: %1").arg(ErrorText::of(estimate.error())));
        return;
    }
    const QLocale locale;
    m_estimate->setText(tr("Estimate: about %1 tokens in and %2 out. Nothing is sent until you start.")
                            .arg(locale.toString(estimate->inputTokens), locale.toString(estimate->outputTokens)));
}

} // namespace Spielberg
