// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    static DraftOutline outline(const QString &text);

Q_SIGNALS:
    void analyzed(const Spielberg::DraftOutline &outline);

private:
    void start();

    std::optional<QString> m_waiting;
    QFutureWatcher<DraftOutline> m_watcher;
};

} // namespace Spielberg
