// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftanalyzer.h"

#include <core/fountainparser.h>
#include <core/paginator.h>
#include <core/screenplaystatistics.h>

#include <QtConcurrent>

namespace Spielberg {

DraftAnalyzer::DraftAnalyzer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Q_EMIT analyzed(m_watcher.result());
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

void DraftAnalyzer::start()
{
    if (!m_waiting || m_watcher.isRunning()) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&DraftAnalyzer::outline, *std::exchange(m_waiting, std::nullopt)));
}

DraftOutline DraftAnalyzer::outline(const QString &text)
{
    const Screenplay play = FountainParser::parse(text);
    const ScreenplayStatistics stats = ScreenplayStatistics::compute(play);
    DraftOutline out;
    out.pages = stats.pages;
    out.words = stats.words;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::SceneHeading) {
            out.scenes.append({e.text, qMax(0, e.line - 1)});
        }
    }
    return out;
}

} // namespace Spielberg
