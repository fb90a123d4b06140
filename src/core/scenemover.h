// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Spielberg {

/** Where one scene stands in a text: offsets into it, in QChar units. */
struct SceneSpan {
    int start = 0;   ///< the heading's line
    int bodyEnd = 0; ///< where the scene's own text ends: the section lines (`#`) after it are not its
    int end = 0;     ///< the next scene's heading line, or the end of the text
};

/** One replacement in a text: `removed` characters at `start` become `inserted`. */
struct TextEdit {
    int start = 0;
    int removed = 0;
    QString inserted;

    bool isEmpty() const { return removed == 0 && inserted.isEmpty(); }
    QString applyTo(const QString &text) const { return QString(text).replace(start, removed, inserted); }
};

/**
 * Moves a scene to another place in a script's Fountain: the story board's drag and drop
 * (docs/architecture.md, "The story board"). A scene is its heading's line up to the next
 * heading; the section lines (`# Act two`) that close it are the act's, not the scene's, so
 * they stay where they are and a scene can be dropped at the end of one act or the start of
 * the next. A blank line is added where a moved scene would otherwise touch the next heading;
 * nothing else changes. The result is one minimal edit, so the editor undoes it in one step.
 * Pure: spans() parses (a worker's job on a long script), move() only cuts strings.
 */
class SceneMover
{
public:
    /** Where each scene of `text` stands, in order. */
    static QList<SceneSpan> spans(const QString &text);

    /**
     * The edit that moves scene `from` (0-based) so that it comes right before scene `before`
     * (inside that scene's act), or, with `before` equal to the number of scenes, at the end.
     * `spans` must be spans(text). An empty edit when nothing moves or an index is out of range.
     */
    static TextEdit moveBefore(const QString &text, const QList<SceneSpan> &spans, int from, int before);
    /**
     * The edit that moves scene `from` right after scene `after`'s own text: at the end of the
     * act that scene closes, ahead of the section lines that follow it.
     */
    static TextEdit moveAfter(const QString &text, const QList<SceneSpan> &spans, int from, int after);

    /** The smallest edit that turns `text` into `text` with [start, end) replaced by `replacement`. */
    static TextEdit replace(const QString &text, int start, int end, const QString &replacement);

private:
    static TextEdit move(const QString &text, const QList<SceneSpan> &spans, int from, int at);
};

} // namespace Spielberg
