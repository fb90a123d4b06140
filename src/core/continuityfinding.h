// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * One continuity finding on a version (ContinuityCheck). `kind` is a stable id:
 * unknown_cue, several_names, unused_character, no_heading, empty_scene, no_dialogue.
 * `scene` is the 1-based scene number, 0 when it concerns the whole script.
 */
struct ContinuityFinding {
    QString kind;
    int scene = 0;
    QString detail;
    /** What `detail` names, for saying it in another language: a cue, a heading, a character (and its cues). */
    QStringList arguments;

    bool operator==(const ContinuityFinding &) const = default;
};

} // namespace Spielberg
