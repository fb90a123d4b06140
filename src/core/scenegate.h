// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Spielberg {

class CueResolver;

/**
 * The quality gate every scene the story engine writes goes through (docs/architecture.md,
 * "The story engine"). Deterministic, pure.
 *
 * problems() reads the model's answer as it came: it must be one scene of Fountain with
 * something in it, with no code fences or talk around it, and every cue must name a bible
 * character (full, first or last name, extensions aside) or a minor role, each character under
 * one cue name. Each problem is one line, fit to send back in the repair request and to keep on
 * the job. clean() makes the text the version holds: fences and talk outside the scene cut,
 * the outline's heading on top (the outline owns each heading), and any other heading inside
 * kept as a forced action line, so that the scene stays one scene.
 */
class SceneGate
{
public:
    static QStringList problems(const QString &answer, const CueResolver &cast);
    static QString clean(const QString &answer, const QString &heading);
};

} // namespace Spielberg
