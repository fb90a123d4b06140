// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyoutline.h"

#include "scenesplitter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
const QRegularExpression &charactersNote()
{
    static const QRegularExpression re(u"\\[\\[\\s*Characters:\\s*([^\\]]*)\\]\\]"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

bool isSynopsisLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'=') && !t.startsWith(u"==="_s);
}
} // namespace

QString StoryOutline::toFountain(const QList<OutlineScene> &scenes)
{
    QStringList parts;
    for (const OutlineScene &scene : scenes) {
        QString heading = oneLine(scene.heading).toUpper();
        if (!SceneSplitter::headingOf(heading + u'\n').isEmpty()) {
            // A heading the parser reads as one as it stands.
        } else {
            heading = u"."_s + heading; // forced, so that it stays a scene
        }
        QString text = heading + u"\n\n"_s;
        if (!oneLine(scene.synopsis).isEmpty()) {
            text += u"= "_s + oneLine(scene.synopsis) + u"\n\n"_s;
        }
        QStringList names;
        for (const QString &name : scene.characters) {
            if (!oneLine(name).isEmpty()) {
                names.append(oneLine(name).remove(u']'));
            }
        }
        if (!names.isEmpty()) {
            text += u"[[Characters: "_s + names.join(u", "_s) + u"]]\n\n"_s;
        }
        parts.append(text);
    }
    QString out = parts.join(QString());
    while (out.endsWith(u"\n\n"_s)) {
        out.chop(1);
    }
    return out;
}

QString StoryOutline::synopsisOf(const QString &content)
{
    QStringList lines;
    for (const QString &line : content.split(u'\n')) {
        if (isSynopsisLine(line)) {
            lines.append(line.trimmed().mid(1).trimmed());
        }
    }
    return lines.join(u' ');
}

QStringList StoryOutline::charactersOf(const QString &content)
{
    const QRegularExpressionMatch m = charactersNote().match(content);
    if (!m.hasMatch()) {
        return {};
    }
    QStringList out;
    for (const QString &name : m.captured(1).split(u',')) {
        if (!name.trimmed().isEmpty()) {
            out.append(name.trimmed());
        }
    }
    return out;
}

QString StoryOutline::bodyOf(const QString &content)
{
    QString text = content;
    text.remove(charactersNote());
    QStringList kept;
    bool headingSeen = false;
    const QString heading = SceneSplitter::headingOf(content);
    for (const QString &line : text.split(u'\n')) {
        if (!headingSeen && !heading.isEmpty() && !line.trimmed().isEmpty()) {
            headingSeen = true;
            continue; // the heading's line
        }
        if (isSynopsisLine(line)) {
            continue;
        }
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.first().trimmed().isEmpty()) {
        kept.removeFirst();
    }
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty()) {
        kept.removeLast();
    }
    return kept.join(u'\n');
}

QList<OutlineScene> StoryOutline::fromScenes(const QList<Scene> &scenes)
{
    QList<OutlineScene> out;
    out.reserve(scenes.size());
    for (const Scene &scene : scenes) {
        OutlineScene o;
        o.heading = SceneSplitter::headingOf(scene.content);
        o.synopsis = synopsisOf(scene.content);
        o.characters = charactersOf(scene.content);
        o.goal = scene.goal;
        o.tension = scene.tension;
        o.tone = scene.tone;
        o.locked = scene.locked;
        o.content = scene.content;
        out.append(o);
    }
    return out;
}

} // namespace Spielberg
