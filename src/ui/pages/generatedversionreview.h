// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Spielberg {

class CompareDialog;
class NoticeBar;
class ScriptView;
class Studio;

/**
 * What happens when the model finishes a version of the open script: it becomes the draft by
 * itself only when the draft holds no typing of its own and the model started from the version
 * the draft rests on; otherwise the writer sees it beside the draft and chooses (docs/
 * architecture.md, "Where a result lands"). A version the writer declined is not offered again
 * while the script stays open. GUI thread only.
 */
class GeneratedVersionReview : public QObject
{
    Q_OBJECT
public:
    GeneratedVersionReview(ScriptView &view, Studio &studio, NoticeBar *notice);

    /**
     * Version `number` of the open script arrived (or was found on opening it): taken into the
     * editor when nothing typed is at stake, else announced in the notice bar, whose Review
     * button opens the side-by-side review (never a window in the middle of typing).
     */
    void offer(int number);
    /** Opens the side-by-side review of version `number` against the draft. */
    void showReview(int number);
    /** The script changes: the review closes, as "Keep my draft", and the declined are forgotten. */
    void reset();
    /** Closes the review window, if one is open (nothing changes). */
    void close();
    /** The review window, while one is open. */
    CompareDialog *dialog() const { return m_dialog; }

private:
    ScriptView &m_view;
    Studio &m_studio;
    NoticeBar *m_notice;
    QPointer<CompareDialog> m_dialog;
    QSet<int> m_declined;
};

} // namespace Spielberg
