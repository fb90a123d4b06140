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

QString StoryOutline::withSynopsis(const QString &content, const QString &synopsis)
{
    const QString line = synopsis.simplified();
    QStringList lines = content.split(u'\n');
    qsizetype first = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isSynopsisLine(lines[i])) {
            if (first < 0) {
                first = i;
                continue;
            }
            lines.removeAt(i--);
        }
    }
    if (first >= 0) {
        const bool crlf = lines[first].endsWith(u'\r');
        if (!line.isEmpty()) {
            lines[first] = u"= "_s + line + (crlf ? u"\r"_s : QString());
        } else {
            lines.removeAt(first);
            // The blank line that set the synopsis apart goes with it.
            if (first < lines.size() && lines[first].trimmed().isEmpty() && first > 0 && lines[first - 1].trimmed().isEmpty()) {
                lines.removeAt(first);
            }
        }
        return lines.join(u'\n');
    }
    if (line.isEmpty()) {
        return content;
    }
    // After the heading's line: a blank line, the synopsis, and a blank line before the rest.
    const qsizetype end = content.indexOf(u'\n');
    if (end < 0) {
        return content + u"\n\n= "_s + line + u"\n"_s;
    }
    const bool crlf = end > 0 && content[end - 1] == u'\r';
    const QString br = crlf ? u"\r\n"_s : u"\n"_s;
    QString rest = content.mid(end + 1);
    const bool restStartsBlank = rest.startsWith(br) || rest.startsWith(u'\n');
    return content.left(end + 1) + br + u"= "_s + line + br + (restStartsBlank ? QString() : br) + rest;
}

QString StoryOutline::withHeading(const QString &content, const QString &heading)
{
    QString line = heading.simplified().toUpper();
    if (line.isEmpty()) {
        return content;
    }
    if (!line.startsWith(u'.') && SceneSplitter::headingOf(line + u"\n\nx\n"_s).isEmpty()) {
        line.prepend(u'.'); // forced: the writer said it is a heading
    }
    qsizetype end = content.indexOf(u'\n');
    if (end < 0) {
        return line;
    }
    if (end > 0 && content[end - 1] == u'\r') {
        --end;
    }
    return line + content.mid(end);
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
