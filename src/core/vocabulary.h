// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/**
 * The closed sets of the library's data model as enums (docs/architecture.md, "Data"): what a
 * job is, where it stands, and where a version came from. Code compares enums; the lower-case
 * ids ("running", "scene_regenerated") exist only where text crosses a boundary: SQL, JSON and
 * the command line (toId(), fromId()). Registered with Q_ENUM_NS, so QTest and qDebug print
 * their names.
 */
namespace Spielberg::Vocabulary {
Q_NAMESPACE

enum class JobStatus { Pending, Running, Completed, Failed, Cancelled, Interrupted };
Q_ENUM_NS(JobStatus)

enum class JobKind {
    Script,
    Scene,
    Quick,
    Develop,    ///< a story-engine run: the parent of its steps
    Characters, ///< the run's cast step
    Outline,    ///< the run's outline step
    SceneDraft, ///< one scene written from the outline
};
Q_ENUM_NS(JobKind)

enum class VersionOrigin { Manual, Generated, SceneRegenerated, Imported, Restored, Outlined, Developed };
Q_ENUM_NS(VersionOrigin)

} // namespace Spielberg::Vocabulary

namespace Spielberg {

using Vocabulary::JobKind;
using Vocabulary::JobStatus;
using Vocabulary::VersionOrigin;

/** Whether a version with this origin came from the model (a whole script or one scene). */
constexpr bool isGenerated(VersionOrigin origin)
{
    return origin == VersionOrigin::Generated || origin == VersionOrigin::SceneRegenerated
        || origin == VersionOrigin::Outlined || origin == VersionOrigin::Developed;
}

/** Whether jobs of this kind are steps of a story-engine run (they have a parent). */
constexpr bool isStoryStep(JobKind kind)
{
    return kind == JobKind::Characters || kind == JobKind::Outline || kind == JobKind::SceneDraft;
}

/** The stored id of a value ("running", "scene", "scene_regenerated"). */
QString toId(JobStatus status);
QString toId(JobKind kind);
QString toId(VersionOrigin origin);

/** The value a stored id names, or nullopt for an id this program does not know. */
template<typename E>
std::optional<E> fromId(QStringView id);
template<>
std::optional<JobStatus> fromId<JobStatus>(QStringView id);
template<>
std::optional<JobKind> fromId<JobKind>(QStringView id);
template<>
std::optional<VersionOrigin> fromId<VersionOrigin>(QStringView id);

/** Every id of an enum, in declaration order (for validation messages and pickers). */
template<typename E>
QStringList allIds();
template<>
QStringList allIds<JobStatus>();
template<>
QStringList allIds<JobKind>();
template<>
QStringList allIds<VersionOrigin>();

} // namespace Spielberg
