// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
template<typename E, std::size_t N>
using Table = std::array<std::pair<E, QLatin1StringView>, N>;

constexpr Table<JobStatus, 6> kStatuses{{{JobStatus::Pending, "pending"_L1},
                                         {JobStatus::Running, "running"_L1},
                                         {JobStatus::Completed, "completed"_L1},
                                         {JobStatus::Failed, "failed"_L1},
                                         {JobStatus::Cancelled, "cancelled"_L1},
                                         {JobStatus::Interrupted, "interrupted"_L1}}};
constexpr Table<JobKind, 7> kKinds{{{JobKind::Script, "script"_L1},
                                    {JobKind::Scene, "scene"_L1},
                                    {JobKind::Quick, "quick"_L1},
                                    {JobKind::Develop, "develop"_L1},
                                    {JobKind::Characters, "characters"_L1},
                                    {JobKind::Outline, "outline"_L1},
                                    {JobKind::SceneDraft, "scene_draft"_L1}}};
constexpr Table<VersionOrigin, 7> kOrigins{{{VersionOrigin::Manual, "manual"_L1},
                                            {VersionOrigin::Generated, "generated"_L1},
                                            {VersionOrigin::SceneRegenerated, "scene_regenerated"_L1},
                                            {VersionOrigin::Imported, "imported"_L1},
                                            {VersionOrigin::Restored, "restored"_L1},
                                            {VersionOrigin::Outlined, "outlined"_L1},
                                            {VersionOrigin::Developed, "developed"_L1}}};

template<typename E, std::size_t N>
QString idOf(const Table<E, N> &table, E value)
{
    for (const auto &[e, id] : table) {
        if (e == value) {
            return QString(id);
        }
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, QStringView id)
{
    for (const auto &[e, name] : table) {
        if (id == name) {
            return e;
        }
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList idsOf(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table) {
        out.append(QString(entry.second));
    }
    return out;
}
} // namespace

QString toId(JobStatus status)
{
    return idOf(kStatuses, status);
}

QString toId(JobKind kind)
{
    return idOf(kKinds, kind);
}

QString toId(VersionOrigin origin)
{
    return idOf(kOrigins, origin);
}

template<>
std::optional<JobStatus> fromId<JobStatus>(QStringView id)
{
    return valueOf(kStatuses, id);
}

template<>
std::optional<JobKind> fromId<JobKind>(QStringView id)
{
    return valueOf(kKinds, id);
}

template<>
std::optional<VersionOrigin> fromId<VersionOrigin>(QStringView id)
{
    return valueOf(kOrigins, id);
}

template<>
QStringList allIds<JobStatus>()
{
    return idsOf(kStatuses);
}

template<>
QStringList allIds<JobKind>()
{
    return idsOf(kKinds);
}

template<>
QStringList allIds<VersionOrigin>()
{
    return idsOf(kOrigins);
}

} // namespace Spielberg
