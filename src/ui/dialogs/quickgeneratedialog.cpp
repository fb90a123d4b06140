// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickgeneratedialog.h"

#include "sendshortcut.h"
#include "../errortext.h"

#include "../generationlauncher.h"
#include "../labels.h"
#include "../noticebar.h"

#include <studio/studio.h>
#include <core/promptbuilder.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

QuickGenerateDialog::QuickGenerateDialog(Studio &studio, GenerationLauncher &launcher,
                                         QWidget *parent)
    : QDialog(parent)
    , m_studio(studio)
    , m_launcher(launcher)
    , m_notice(new NoticeBar(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_format(new QComboBox(this))
    , m_genre(new QComboBox(this))
    , m_tone(new QComboBox(this))
    , m_characters(new QListWidget(this))
    , m_output(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_save(new QPushButton(tr("&Save as new script…"), this))
{
    setObjectName(u"quickGenerateDialog"_s);
    setWindowTitle(tr("Quick generate"));
    m_prompt->setObjectName(u"quickPrompt"_s);
    m_prompt->setPlaceholderText(tr("What should the model write? e.g. A two-page cold open: a "
                                    "lighthouse keeper sees a flare on a night she swore to stay "
                                    "inside."));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(110);
    Labels::fillFormats(m_format);
    Labels::fillGenres(m_genre);
    Labels::fillTones(m_tone);
    m_format->setObjectName(u"quickFormat"_s);
    m_genre->setObjectName(u"quickGenre"_s);
    m_tone->setObjectName(u"quickTone"_s);
    m_characters->setObjectName(u"quickCharacters"_s);
    m_characters->setAccessibleName(tr("Characters for the draft"));
    m_characters->setMaximumHeight(110);
    if (const Result<QList<Character>> library = studio.library().characters()) {
        for (const Character &c : *library) {
            auto *item = new QListWidgetItem(c.name, m_characters);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_output->setObjectName(u"quickOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The model's text appears here as it is written."));
    m_output->setAccessibleName(tr("Generated text"));
    m_state->setObjectName(u"quickState"_s);
    m_generate->setObjectName(u"quickGenerateButton"_s);
    m_generate->setDefault(true);
    m_generate->setToolTip(tr("Send (Ctrl+Enter)"));
    sendOnCtrlEnter(this, m_generate);
    m_cancel->setObjectName(u"quickStopButton"_s);
    m_cancel->setEnabled(false);
    m_save->setObjectName(u"quickSaveButton"_s);
    m_save->setEnabled(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Prompt:"), m_prompt);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_format);
    choices->addWidget(m_genre);
    choices->addWidget(m_tone);
    auto *choicesLabel = new QLabel(tr("&Format, genre, tone:"), this);
    choicesLabel->setBuddy(m_format); // a row holding a layout gets no buddy by itself
    form->addRow(choicesLabel, choices);
    form->addRow(tr("&Characters:"), m_characters);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addLayout(buttons);
    resize(860, 720);

    connect(m_generate, &QPushButton::clicked, this, &QuickGenerateDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_jobId.isEmpty()) {
            (void)m_studio.jobs().cancel(m_jobId);
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString firstLine = m_prompt->toPlainText().section(u'\n', 0, 0).left(60).trimmed();
        const QString title = QInputDialog::getText(this, tr("Save as new script"), tr("Title:"),
                                                    QLineEdit::Normal, firstLine, &ok);
        if (ok) {
            saveAsScript(title);
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(&studio.jobs(), &JobDesk::jobChanged, this, &QuickGenerateDialog::onJobChanged);
    connect(&studio.jobs(), &JobDesk::attemptStarted, this, [this](const QString &id) {
        if (id == m_jobId) {
            m_output->clear();
        }
    });
    connect(&studio.jobs(), &JobDesk::textStreamed, this,
            [this](const QString &id, const QString &delta) {
                if (id != m_jobId) {
                    return;
                }
                QTextCursor cursor(m_output->document());
                cursor.movePosition(QTextCursor::End);
                cursor.insertText(delta);
                m_output->ensureCursorVisible();
            });
    updateState({});
}

void QuickGenerateDialog::generate()
{
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty()) {
        m_notice->showError(tr("Write a prompt first: the model needs to know what to write."));
        m_prompt->setFocus();
        return;
    }
    GenerationRequest request;
    request.kind = JobKind::Quick;
    request.prompt = prompt;
    request.format = m_format->currentData().toString();
    request.genre = m_genre->currentData().toString();
    request.tone = m_tone->currentData().toString();
    for (int i = 0; i < m_characters->count(); ++i) {
        if (m_characters->item(i)->checkState() == Qt::Checked) {
            request.characterIds << m_characters->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    m_generate->setEnabled(false);
    m_output->clear();
    m_launcher.launch(request, this, [this](Result<Job> job) {
        if (!job) {
            m_generate->setEnabled(true);
            m_notice->showError(ErrorText::of(job.error()));
            return;
        }
        m_jobId = job->id;
        updateState(*job);
    });
}

void QuickGenerateDialog::showJob(const Job &job)
{
    m_jobId = job.id;
    const QJsonObject request = QJsonDocument::fromJson(job.request.toUtf8()).object();
    const GenerationRequest r = GenerationRequest::fromJson(request);
    m_prompt->setPlainText(r.prompt);
    Labels::select(m_format, r.format);
    Labels::select(m_genre, r.genre);
    Labels::select(m_tone, r.tone);
    for (int i = 0; i < m_characters->count(); ++i) {
        QListWidgetItem *item = m_characters->item(i);
        item->setCheckState(r.characterIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_output->setPlainText(job.result.isEmpty() ? job.partial : job.result);
    updateState(job);
}

void QuickGenerateDialog::onJobChanged(const Job &job)
{
    if (job.id == m_jobId) {
        updateState(job);
        if (job.status == JobStatus::Completed && !job.result.isEmpty()) {
            m_output->setPlainText(job.result);
        }
    }
}

void QuickGenerateDialog::updateState(const Job &job)
{
    m_status = job.id.isEmpty() ? std::nullopt : std::optional<JobStatus>(job.status);
    const bool active = m_status == JobStatus::Pending || m_status == JobStatus::Running;
    m_generate->setEnabled(!active);
    m_generate->setText(job.id.isEmpty() ? tr("&Generate") : tr("&Generate again"));
    m_cancel->setEnabled(active);
    m_save->setEnabled(m_status == JobStatus::Completed);
    if (job.id.isEmpty()) {
        m_state->setText(tr("Nothing generated yet."));
    } else if (job.status == JobStatus::Pending) {
        m_state->setText(tr("Waiting for a free slot…"));
    } else if (job.status == JobStatus::Running) {
        m_state->setText(tr("The model is writing…"));
    } else if (job.status == JobStatus::Completed) {
        m_state->setText(tr("Done."));
    } else if (!job.error.isEmpty()) {
        m_state->setText(Labels::jobStatus(job.status));
        m_notice->showError(job.error);
    } else {
        m_state->setText(Labels::jobStatus(job.status));
    }
}

qint64 QuickGenerateDialog::saveAsScript(const QString &title)
{
    const QString text = m_output->toPlainText();
    if (text.trimmed().isEmpty() || m_status != JobStatus::Completed) {
        m_notice->showError(tr("There is no finished text to save yet."));
        return 0;
    }
    Script script;
    script.title = title.trimmed().isEmpty() ? tr("Quick draft") : title.trimmed();
    script.genre = m_genre->currentData().toString();
    script.tone = m_tone->currentData().toString();
    script.format = m_format->currentData().toString();
    QList<qint64> characters;
    for (int i = 0; i < m_characters->count(); ++i) {
        if (m_characters->item(i)->checkState() == Qt::Checked) {
            characters << m_characters->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    // The script and its first version, together or not at all.
    ScriptVersion first;
    first.content = PromptBuilder::extractFountain(text);
    first.origin = VersionOrigin::Generated;
    first.note = tr("Quick generate");
    first.jobId = m_jobId;
    const Result<Script> made = m_studio.library().createScript(script, characters, first);
    if (!made) {
        m_notice->showError(tr("The script could not be created: %1").arg(ErrorText::of(made.error())));
        return 0;
    }
    m_notice->showInformation(tr("Saved as “%1”.").arg(made->title));
    Q_EMIT scriptCreated(made->id);
    return made->id;
}

} // namespace Spielberg
