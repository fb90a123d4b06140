// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/pagelayout.h>
#include <core/paginator.h>

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Spielberg {

/** What the editor shows about the text: its scenes (for the navigator) and its length. */
struct DraftOutline {
    struct SceneEntry {
        QString heading;
        int line = 0; ///< 0-based line (text block) of the heading
    };
    QList<SceneEntry> scenes;
    int pages = 0;
    int words = 0;
    QList<Page> pageList; ///< the pages as they print (the page view)
    /** 1-based source lines changed against the locked base (revision marks); empty without one. */
    QList<int> revisedLines;
};

/**
 * Parses and paginates a copy of the draft on a worker thread, so the scene navigator and the
 * live page count never cost the writer a keystroke. A request arriving while one runs only
 * replaces the waiting text; one more run follows when the current one ends (coalescing).
 * GUI thread only.
 */
class DraftAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit DraftAnalyzer(QObject *parent = nullptr);
    ~DraftAnalyzer() override;

    void analyze(const QString &text);
    /** Another script opens: what is waiting or running for the last one is never reported. */
    void reset();
    /** The layout pages are counted and laid out in (the settings' paper and (CONT'D)). */
    void setLayout(const PageLayout &layout) { m_layout = layout; }
    /** The locked base revisions are marked against; empty: none. */
    void setBase(const QString &base) { m_base = base; }
    const QString &base() const { return m_base; }
    static DraftOutline outline(const QString &text, const PageLayout &layout = PageLayout::letter(),
                                const QString &base = {});

Q_SIGNALS:
    void analyzed(const Spielberg::DraftOutline &outline);

private:
    void start();

    std::optional<QString> m_waiting;
    PageLayout m_layout = PageLayout::letter();
    quint64 m_generation = 0; ///< moves with reset()
    quint64 m_running = 0;    ///< the generation of the run in progress
    QString m_base;
    QFutureWatcher<DraftOutline> m_watcher;
};

} // namespace Spielberg
