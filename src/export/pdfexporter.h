// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/pagelayout.h>
#include <core/paginator.h>
#include <core/result.h>

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Spielberg {

struct Screenplay;

/**
 * Writes a screenplay as a PDF: the title page (when the screenplay has one, neither numbered
 * nor counted), then the pages of the Paginator, numbered "2." top right from the second. Text
 * is real text in Courier 12 (URW's Nimbus Mono PS, else Courier New or Courier Prime),
 * embedded, so it can be searched and extracted.
 *
 * A free function of values: call it from a worker thread (QtConcurrent) and never from the GUI
 * thread for a whole script. `cancel`, when given, is polled between pages; a cancelled export
 * removes its partial file and fails with ErrorCode::Cancelled.
 */
class PdfExporter
{
public:
    /**
     * Revision mode (a production draft against its locked base): each page on the colour's
     * paper, its header naming the colour and date, and an asterisk in the right margin beside
     * every printed line of a changed element. Scene numbers print (the screenplay carries the
     * locked ones, RevisionComparison::numbered()).
     */
    struct Revision {
        QString color = QStringLiteral("blue"); ///< RevisionComparison::colors(), maybe "double …"
        QDate date;
        QList<int> changedLines; ///< source lines of the changed elements (PageLine::sourceLine)
    };

    struct Options {
        PageLayout layout = PageLayout::letter();
        bool sceneNumbers = false; ///< print scene numbers on both sides of headings
        const std::atomic_bool *cancel = nullptr;
        std::optional<Revision> revision;
        /** Pages laid out already (a revision's locked pages); empty: the Paginator's. */
        QList<Page> pages;
    };

    /** Writes `path` (replacing it only when the whole export succeeded). */
    static Result<void> write(const Screenplay &play, const QString &path, const Options &options);
    static Result<void> write(const Screenplay &play, const QString &path)
    {
        return write(play, path, Options{});
    }
};

} // namespace Spielberg
