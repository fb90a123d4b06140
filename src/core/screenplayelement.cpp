// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplayelement.h"

#include <array>
#include <utility>

namespace Spielberg {

namespace {
constexpr std::array<std::pair<ElementType, const char16_t *>, 11> kNames{{
    {ElementType::SceneHeading, u"scene_heading"},
    {ElementType::Action, u"action"},
    {ElementType::Character, u"character"},
    {ElementType::Parenthetical, u"parenthetical"},
    {ElementType::Dialogue, u"dialogue"},
    {ElementType::Transition, u"transition"},
    {ElementType::Centered, u"centered"},
    {ElementType::Lyrics, u"lyrics"},
    {ElementType::Section, u"section"},
    {ElementType::Synopsis, u"synopsis"},
    {ElementType::PageBreak, u"page_break"},
}};
} // namespace

QString elementTypeName(ElementType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<ElementType> elementTypeFromName(QStringView name)
{
    for (const auto &[t, n] : kNames) {
        if (name == QStringView(n)) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace Spielberg
