// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

#include <optional>

namespace Spielberg {

class GenerationLauncher;
class NoticeBar;
class Studio;

/**
 * Quick generate: a draft from a prompt alone, with its own format, genre, tone and characters,
 * not tied to a script. The answer streams into the window as the model writes it; when it is
 * done, "Save as new script" makes a script of it (version 1, origin generated). The job runs in
 * the queue like any other, so closing the window loses nothing: the Jobs tab keeps it, and
 * reopens it here with "Open draft". GUI thread only.
 */
class QuickGenerateDialog : public QDialog
{
    Q_OBJECT
public:
    QuickGenerateDialog(Studio &studio, GenerationLauncher &launcher, QWidget *parent = nullptr);

    /** Shows an existing quick job (its request, its text, its state). */
    void showJob(const Job &job);
    QString jobId() const { return m_jobId; }

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QPlainTextEdit *output() const { return m_output; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *saveButton() const { return m_save; }

    void generate();
    /** Makes a script of the finished text; returns its id (0 on failure). */
    qint64 saveAsScript(const QString &title);

Q_SIGNALS:
    void scriptCreated(qint64 scriptId);

private:
    void onJobChanged(const Job &job);
    void updateState(const Job &job);

    Studio &m_studio;
    GenerationLauncher &m_launcher;
    NoticeBar *m_notice;
    QPlainTextEdit *m_prompt;
    QComboBox *m_format;
    QComboBox *m_genre;
    QComboBox *m_tone;
    QListWidget *m_characters;
    QPlainTextEdit *m_output;
    QLabel *m_state;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QString m_jobId;
    std::optional<JobStatus> m_status;
};

} // namespace Spielberg
