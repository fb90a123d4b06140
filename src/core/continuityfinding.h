// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

    bool operator==(const ContinuityFinding &) const = default;
};

} // namespace Spielberg
