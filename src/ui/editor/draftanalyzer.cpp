// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftanalyzer.h"

#include <core/fountainparser.h>
#include <core/paginator.h>
#include <core/revisioncomparison.h>
#include <core/screenplaystatistics.h>

#include <QtConcurrent>

namespace Spielberg {

DraftAnalyzer::DraftAnalyzer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_running == m_generation) {
            Q_EMIT analyzed(m_watcher.result());
        }
        start();
    });
}

DraftAnalyzer::~DraftAnalyzer()
{
    m_watcher.waitForFinished(); // a pure computation: at most a few milliseconds
}

void DraftAnalyzer::analyze(const QString &text)
{
    m_waiting = text;
    start();
}

void DraftAnalyzer::reset()
{
    ++m_generation;
    m_waiting.reset();
}

void DraftAnalyzer::start()
{
    if (!m_waiting || m_watcher.isRunning()) {
        return;
    }
    m_running = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&DraftAnalyzer::outline, *std::exchange(m_waiting, std::nullopt),
                                          m_layout, m_base));
}

DraftOutline DraftAnalyzer::outline(const QString &text, const PageLayout &layout, const QString &base)
{
    const Screenplay play = FountainParser::parse(text);
    const ScreenplayStatistics stats = ScreenplayStatistics::compute(play, layout);
    DraftOutline out;
    out.pages = stats.pages;
    out.words = stats.words;
    out.pageList = Paginator::paginate(play, layout);
    if (!base.isEmpty()) {
        const RevisionComparison comparison = RevisionComparison::compare(FountainParser::parse(base), play);
        out.revisedLines = comparison.changedLines(play, base, text);
    }
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::SceneHeading) {
            out.scenes.append({e.text, qMax(0, e.line - 1)});
        }
    }
    return out;
}

} // namespace Spielberg
