// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/linediff.h>

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Spielberg {

/** The two columns of a side-by-side diff, lines aligned, with each line's kind. */
struct SideBySide {
    enum class Mark { Same, Removed, Added, Filler };
    QStringList left;
    QStringList right;
    QList<Mark> leftMarks;
    QList<Mark> rightMarks;
    int changes = 0; ///< changed blocks
    int removed = 0; ///< lines
    int added = 0;   ///< lines

    /** Lays a line diff out in two columns: a run of deletions beside the insertions after it. */
    static SideBySide fromDiff(const QList<DiffLine> &diff);
};

/**
 * Two texts side by side with their differences highlighted (removed lines red on the left,
 * added lines green on the right, blank filler opposite), scrolling together. The diff (dtl,
 * through LineDiff) is computed on a worker thread, so a pair of long scripts never stalls the
 * window; a summary line says how much changed. GUI thread only.
 */
class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    /** Compares `from` (left) with `to` (right); the result shows when ready. */
    void setTexts(const QString &fromLabel, const QString &from, const QString &toLabel,
                  const QString &to);
    bool isReady() const { return m_ready; }
    const SideBySide &result() const { return m_result; }
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }

Q_SIGNALS:
    void ready();

private:
    void onDiffed();
    void paint(QPlainTextEdit *view, const QStringList &lines, const QList<SideBySide::Mark> &marks);

    QLabel *m_leftLabel;
    QLabel *m_rightLabel;
    QLabel *m_summary;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QFutureWatcher<SideBySide> m_watcher;
    SideBySide m_result;
    bool m_ready = false;
};

} // namespace Spielberg
