// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplayjson.h"

#include <core/screenplay.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Spielberg {

QJsonObject screenplayToJson(const Screenplay &play)
{
    QJsonArray title;
    for (const TitlePageEntry &entry : play.titlePage) {
        title.append(QJsonObject{{u"key"_s, entry.key}, {u"value"_s, entry.value}});
    }
    QJsonArray elements;
    for (const ScreenplayElement &e : play.elements) {
        QJsonObject o{{u"type"_s, elementTypeName(e.type)}, {u"text"_s, e.text}};
        if (e.type == ElementType::SceneHeading && !e.sceneNumber.isEmpty()) {
            o.insert(u"scene_number"_s, e.sceneNumber);
        }
        if (e.type == ElementType::Character) {
            if (!e.extension.isEmpty()) {
                o.insert(u"extension"_s, e.extension);
            }
            if (e.dual != DualSide::None) {
                o.insert(u"dual"_s, e.dual == DualSide::Left ? u"left"_s : u"right"_s);
            }
        }
        if (e.type == ElementType::Section) {
            o.insert(u"depth"_s, e.depth);
        }
        o.insert(u"line"_s, e.line);
        elements.append(o);
    }
    return QJsonObject{{u"title_page"_s, title}, {u"elements"_s, elements}};
}

} // namespace Spielberg
