// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinescene.h"
#include "scene.h"

#include <QList>
#include <QString>

namespace Spielberg {

/**
 * An outline as Fountain and back (docs/architecture.md, "The story engine"). An `outlined`
 * version is valid Fountain: each scene is its heading, its synopsis as a `= …` line and the
 * characters present as a note `[[Characters: A, B]]`, which prints nothing. Reading takes any
 * version's scenes, written by the engine or edited by hand: what a scene does not say stays
 * empty. Pure.
 */
class StoryOutline
{
public:
    /** The Fountain of an outline: one scene after another, a blank line between them. */
    static QString toFountain(const QList<OutlineScene> &scenes);
    /** The outline a version's scene rows describe (heading, synopsis, characters, metadata). */
    static QList<OutlineScene> fromScenes(const QList<Scene> &scenes);
    /** The synopsis lines of a scene's Fountain (`= …`), joined by a space. */
    static QString synopsisOf(const QString &content);
    /**
     * A scene's Fountain with its synopsis set to `synopsis`: the first `= …` line replaced (the
     * others dropped), or a new one after the heading; an empty synopsis removes them.
     */
    static QString withSynopsis(const QString &content, const QString &synopsis);
    /**
     * A scene's Fountain with its first line (the heading) replaced by `heading`, in capitals;
     * a heading Fountain would not read as one ("the roof") is forced with a leading period.
     */
    static QString withHeading(const QString &content, const QString &heading);
    /** The names of a `[[Characters: …]]` note in a scene's Fountain. */
    static QStringList charactersOf(const QString &content);
    /**
     * A scene's text without its heading line, synopsis lines and the characters note: what a
     * scene_draft writes below the heading.
     */
    static QString bodyOf(const QString &content);
};

} // namespace Spielberg
