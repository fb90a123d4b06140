// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyschema.h"

#include "cueresolver.h"
#include "jsonschemacheck.h"
#include "scenesplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QJsonObject stringField(const QString &description)
{
    return QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, description}};
}

QJsonObject closedObject(const QJsonObject &properties)
{
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        required.append(it.key());
    }
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, properties},
                       {u"required"_s, required},
                       {u"additionalProperties"_s, false}};
}

QJsonObject arrayOf(const QJsonObject &items)
{
    return QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, items}};
}

/** Parses the answer; on failure one problem line saying where. */
std::optional<QJsonObject> parse(const QString &answer, QStringList &problems)
{
    const QString text = StorySchema::jsonText(answer);
    if (text.trimmed().isEmpty()) {
        problems.append(u"The answer is empty; answer with the JSON object only."_s);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(u"The answer is not valid JSON (%1 at character %2); answer with the JSON "
                        "object only, complete."_s.arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems.append(u"The answer is JSON but not an object; answer with the JSON object only."_s);
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

QJsonObject StorySchema::cast()
{
    const QJsonObject character = closedObject({
        {u"name"_s, stringField(u"Full name as it appears in the script"_s)},
        {u"personality"_s, stringField(u"Personality in a few sentences"_s)},
        {u"goals"_s, stringField(u"What the character wants and needs"_s)},
        {u"voice"_s, stringField(u"How the character speaks"_s)},
        {u"backstory"_s, stringField(u"What shaped the character before the story"_s)},
    });
    return closedObject({{u"characters"_s, arrayOf(character)}});
}

QJsonObject StorySchema::outline()
{
    const QJsonObject scene = closedObject({
        {u"heading"_s, stringField(u"Scene heading: INT. or EXT., location, time of day"_s)},
        {u"synopsis"_s, stringField(u"What happens, in one or two sentences"_s)},
        {u"goal"_s, stringField(u"What the scene must achieve in the story"_s)},
        {u"tension"_s, stringField(u"The conflict or pressure in the scene"_s)},
        {u"tone"_s, stringField(u"The scene's tone"_s)},
        {u"characters"_s, arrayOf(stringField(u"A character present, named as in the cast"_s))},
    });
    return closedObject({{u"scenes"_s, arrayOf(scene)}});
}

QString StorySchema::jsonText(const QString &answer)
{
    QString text = answer.trimmed();
    if (text.startsWith(u"```"_s)) {
        const qsizetype firstBreak = text.indexOf(u'\n');
        const qsizetype close = text.lastIndexOf(u"```"_s);
        if (firstBreak > 0 && close > firstBreak) {
            text = text.mid(firstBreak + 1, close - firstBreak - 1).trimmed();
        }
    }
    // A sentence before or after the object ("Here is the cast:"): the object is the answer.
    if (!text.startsWith(u'{')) {
        const qsizetype open = text.indexOf(u'{');
        const qsizetype close = text.lastIndexOf(u'}');
        if (open > 0 && close > open) {
            text = text.mid(open, close - open + 1);
        }
    } else if (!text.endsWith(u'}')) {
        const qsizetype close = text.lastIndexOf(u'}');
        const QString after = text.mid(close + 1).trimmed();
        if (close > 0 && !after.isEmpty() && !after.contains(u'{') && !after.contains(u'"')) {
            text = text.left(close + 1);
        }
    }
    return text;
}

StorySchema::CastAnswer StorySchema::readCast(const QString &answer, const QStringList &knownNames)
{
    CastAnswer out;
    const std::optional<QJsonObject> object = parse(answer, out.problems);
    if (!object) {
        return out;
    }
    out.problems = JsonSchemaCheck::problems(*object, cast());
    const QJsonArray list = object->value(u"characters"_s).toArray();
    QStringList seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Character c;
        c.name = o.value(u"name"_s).toString().simplified();
        c.personality = o.value(u"personality"_s).toString().trimmed();
        c.goals = o.value(u"goals"_s).toString().trimmed();
        c.voice = o.value(u"voice"_s).toString().trimmed();
        c.backstory = o.value(u"backstory"_s).toString().trimmed();
        if (c.name.isEmpty()) {
            out.problems.append(u"characters[%1]: the name is empty"_s.arg(i));
            continue;
        }
        if (seen.contains(c.name, Qt::CaseInsensitive)) {
            out.problems.append(u"characters[%1]: %2 is proposed twice"_s.arg(i).arg(c.name));
            continue;
        }
        seen.append(c.name);
        const auto known = std::find_if(knownNames.cbegin(), knownNames.cend(), [&c](const QString &n) {
            return n.compare(c.name, Qt::CaseInsensitive) == 0;
        });
        if (known != knownNames.cend()) {
            out.existing.append(*known);
            continue;
        }
        for (const auto &[field, value] : {std::pair{u"personality"_s, c.personality}, std::pair{u"goals"_s, c.goals},
                                           std::pair{u"voice"_s, c.voice}, std::pair{u"backstory"_s, c.backstory}}) {
            if (value.isEmpty()) {
                out.problems.append(u"characters[%1] (%2): \"%3\" is empty"_s.arg(i).arg(c.name, field));
            }
        }
        out.characters.append(c);
    }
    if (list.isEmpty()) {
        out.problems.append(u"No characters were proposed; propose the characters the story needs."_s);
    }
    out.usable = !out.characters.isEmpty() || !out.existing.isEmpty();
    return out;
}

StorySchema::OutlineAnswer StorySchema::readOutline(const QString &answer, int expected, const QStringList &castNames)
{
    OutlineAnswer out;
    const std::optional<QJsonObject> object = parse(answer, out.problems);
    if (!object) {
        return out;
    }
    out.problems = JsonSchemaCheck::problems(*object, outline());
    const QJsonArray list = object->value(u"scenes"_s).toArray();
    const CueResolver resolver(castNames);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        OutlineScene scene;
        scene.heading = o.value(u"heading"_s).toString().simplified();
        scene.synopsis = o.value(u"synopsis"_s).toString().simplified();
        scene.goal = o.value(u"goal"_s).toString().simplified();
        scene.tension = o.value(u"tension"_s).toString().simplified();
        scene.tone = o.value(u"tone"_s).toString().simplified();
        if (scene.heading.isEmpty()) {
            out.problems.append(u"scenes[%1]: the heading is empty"_s.arg(i));
            scene.heading = u"INT. UNKNOWN - DAY"_s;
        } else if (SceneSplitter::headingOf(scene.heading.toUpper() + u'\n').isEmpty()) {
            out.problems.append(u"scenes[%1]: \"%2\" is not a scene heading (INT. or EXT., place, time "
                                "of day)"_s.arg(i).arg(scene.heading));
        }
        if (scene.synopsis.isEmpty()) {
            out.problems.append(u"scenes[%1]: the synopsis is empty"_s.arg(i));
        }
        for (const QJsonValue &v : o.value(u"characters"_s).toArray()) {
            const QString name = v.toString().simplified();
            if (name.isEmpty()) {
                continue;
            }
            const CueResolver::Resolution r = resolver.resolve(name);
            if (r.character >= 0) {
                if (!scene.characters.contains(castNames[r.character])) {
                    scene.characters.append(castNames[r.character]);
                }
            } else {
                out.problems.append(u"scenes[%1]: \"%2\" is not a character of this story's cast"_s.arg(i).arg(name));
            }
        }
        out.scenes.append(scene);
    }
    if (list.isEmpty()) {
        out.problems.append(u"The outline has no scenes; write %1."_s.arg(
            expected > 0 ? u"exactly %1 scenes"_s.arg(expected) : u"the scenes of the story"_s));
    } else if (expected > 0 && list.size() != expected) {
        out.problems.append(u"The outline has %1 scenes; exactly %2 were asked for."_s.arg(list.size()).arg(expected));
    }
    out.usable = !out.scenes.isEmpty();
    return out;
}

} // namespace Spielberg
