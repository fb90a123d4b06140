// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedversionreview.h"

#include "../dialogs/comparedialog.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../noticebar.h"
#include "scriptview.h"

#include <studio/studio.h>

namespace Spielberg {

GeneratedVersionReview::GeneratedVersionReview(ScriptView &view, Studio &studio, NoticeBar *notice)
    : QObject(&view)
    , m_view(view)
    , m_studio(studio)
    , m_notice(notice)
{
}

void GeneratedVersionReview::offer(int number)
{
    const qint64 scriptId = m_view.scriptId();
    const Result<ScriptVersion> version = m_studio.history().version(scriptId, number);
    if (!version || !isGenerated(version->origin)) {
        return;
    }
    const int base = m_view.baseVersion();
    if (m_declined.contains(number) || number <= base) {
        return; // the writer chose their draft over it already, or the draft is past it
    }
    if (!m_view.hasUnsavedEdits() && (version->parentNumber == base || version->parentNumber == 0)) {
        if (m_view.adoptVersion(number)) {
            m_notice->showInformation(tr("Version %1 arrived from the model and is now in the editor. "
                                         "Select two versions and Compare to see what changed.")
                                          .arg(number));
        }
        return;
    }
    close();
    // Never a window in the middle of typing: the writer is told, and opens the review when
    // they choose (a dialog that takes the focus would take the next keystrokes too).
    m_notice->showAction(tr("The model finished version %1 of “%2”. Your draft stays as it is until "
                            "you choose.")
                             .arg(number)
                             .arg(m_view.script().title),
                         tr("&Review…"), [this, scriptId, number] {
                             if (m_view.scriptId() == scriptId) {
                                 showReview(number);
                             }
                         });
}

void GeneratedVersionReview::showReview(int number)
{
    const qint64 scriptId = m_view.scriptId();
    const Result<ScriptVersion> version = m_studio.history().version(scriptId, number);
    if (!version) {
        return;
    }
    const int base = m_view.baseVersion();
    close();
    m_dialog = new CompareDialog(&m_view);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTexts(tr("Your draft"), m_view.editor()->toPlainText(),
                       tr("Version %1 (%2)").arg(number).arg(Labels::origin(version->origin)),
                       version->content);
    const QString title = m_view.script().title.toHtmlEscaped();
    const QString question = m_view.hasUnsavedEdits()
        ? tr("The model finished version %1 of “%2”, but your draft has changes that are in no "
             "version. Use the new version (your draft is first kept as a version of its own), or "
             "keep working on your draft?")
              .arg(number)
              .arg(title)
        : tr("The model finished version %1 of “%2” from version %3, but your draft rests on "
             "version %4. Use the new version, or keep working on your draft?")
              .arg(number)
              .arg(title)
              .arg(version->parentNumber)
              .arg(base);
    m_dialog->setReview(question, tr("Use version %1").arg(number), tr("Keep my draft"));
    connect(m_dialog, &QDialog::accepted, this, [this, scriptId, number] {
        if (m_view.scriptId() == scriptId) { // the review closes with its script; in case not
            m_view.adoptVersion(number);
        }
    });
    connect(m_dialog, &QDialog::rejected, this, [this, scriptId, number] {
        if (m_view.scriptId() == scriptId) {
            m_declined.insert(number);
        }
    });
    m_dialog->show();
}

void GeneratedVersionReview::reset()
{
    close();
    m_declined.clear();
}

void GeneratedVersionReview::close()
{
    if (m_dialog) {
        m_dialog->close();
    }
}

} // namespace Spielberg
