// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyprompts.h"

#include <algorithm>

#include "cueresolver.h"
#include "fountainparser.h"
#include "storyoutline.h"
#include "storyschema.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QString request(const QString &text)
{
    return text.trimmed().isEmpty() ? u"(none: follow the logline)"_s : text.trimmed();
}

QString outlineSynopses(const QList<OutlineScene> &outline)
{
    QStringList lines;
    for (qsizetype i = 0; i < outline.size(); ++i) {
        const OutlineScene &s = outline[i];
        QString line = u"%1. %2"_s.arg(i + 1).arg(s.heading);
        if (!s.synopsis.isEmpty()) {
            line += u" — "_s + s.synopsis;
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}
} // namespace

int StoryPrompts::defaultSceneCount(const QString &format)
{
    if (format == u"treatment"_s) {
        return 25;
    }
    if (format == u"outline"_s) {
        return 30;
    }
    return 40; // a feature: about 40 scenes of 2–3 pages
}

int StoryPrompts::sceneTokens(int sceneCount)
{
    // A feature is about 110 pages of about 180 tokens each, spread over its scenes; a scene is
    // rarely longer than four pages, however few the scenes asked for.
    const int pages = 110;
    return std::clamp(pages * 180 / std::max(1, sceneCount), 250, 4 * 180);
}

QString StoryPrompts::summaryOf(const QString &scene)
{
    const Screenplay play = FountainParser::parse(scene);
    QString action;
    QStringList speakers;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::Action && action.isEmpty() && !e.text.trimmed().isEmpty()) {
            action = e.text.simplified();
        } else if (e.type == ElementType::Character && !speakers.contains(e.text.toUpper())) {
            speakers.append(e.text.toUpper());
        }
    }
    if (action.size() > 200) {
        action = action.left(197) + u"..."_s;
    }
    QString out = action.isEmpty() ? u"(no action)"_s : action;
    if (!speakers.isEmpty()) {
        out += u" Speaking: "_s + speakers.join(u", "_s) + u'.';
    }
    return out;
}

QString StoryPrompts::lastLines(const QString &scene, int count)
{
    QStringList lines;
    for (const QString &line : scene.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(line.trimmed());
        }
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

Prompt StoryPrompts::build(const CastJob &job)
{
    Prompt p;
    p.system.append(PromptBlock{PromptBuilder::persona() + u"\n\nYou are developing a new story with the "
                                "writer: first its cast, then an outline, then each scene."_s, false});
    p.system.append(PromptBlock{PromptBuilder::lockFor(job.script), true});
    QString user = u"Propose the cast this story needs: between 3 and 6 new characters, each with a "
                   "full name (first and last), personality, goals, voice and backstory.\n\n"
                   "The writer's request: %1\n\n"_s.arg(request(job.request));
    if (job.existing.isEmpty()) {
        user += u"Characters already in the story: none.\n\n"_s;
    } else {
        user += u"Characters already in the story (fixed: keep them as they are and do not propose "
                "them again):\n\n"_s + PromptBuilder::bibleOf(job.existing).section(u"\n\n"_s, 1) + u"\n\n"_s;
    }
    user += u"Answer with the JSON object only: {\"characters\": [{\"name\", \"personality\", \"goals\", "
            "\"voice\", \"backstory\"}]}."_s;
    p.user = user;
    p.schema = StorySchema::cast();
    p.schemaName = QString::fromLatin1(StorySchema::kCastName);
    return p;
}

Prompt StoryPrompts::build(const OutlineJob &job)
{
    Prompt p;
    p.system.append(PromptBlock{PromptBuilder::persona() + u"\n\nYou are developing a new story with the "
                                "writer: first its cast, then an outline, then each scene."_s, false});
    p.system.append(PromptBlock{PromptBuilder::lockFor(job.script), false});
    p.system.append(PromptBlock{PromptBuilder::bibleOf(job.cast), true});
    p.user = u"Outline the screenplay as exactly %1 scenes, in story order, with a beginning, a middle "
             "and an end that pay off the logline.\n\nThe writer's request: %2\n\n"
             "For each scene give its heading (INT. or EXT., place, time of day), a synopsis of one "
             "or two sentences, its goal, its tension, its tone and the characters present, named "
             "exactly as in the character bible (no one else).\n\n"
             "Answer with the JSON object only: {\"scenes\": [{\"heading\", \"synopsis\", \"goal\", "
             "\"tension\", \"tone\", \"characters\"}]}."_s.arg(job.scenes).arg(request(job.request));
    p.schema = StorySchema::outline();
    p.schemaName = QString::fromLatin1(StorySchema::kOutlineName);
    return p;
}

Prompt StoryPrompts::build(const SceneDraftJob &job)
{
    Prompt p;
    // The stable prefix: identical for every scene of the run.
    p.system.append(PromptBlock{PromptBuilder::persona() + u"\n\n"_s + PromptBuilder::rulesFor(u"screenplay"_s)
                                    + u"\n\n"_s + PromptBuilder::lockFor(job.script)
                                    + u"\n\nThe outline of the whole screenplay (you write one scene at a "
                                      "time):\n"_s + outlineSynopses(job.outline),
                                true});
    const OutlineScene scene = job.outline.value(job.index);
    const QList<Character> present = presentIn(scene, job.cast);
    p.system.append(PromptBlock{PromptBuilder::bibleOf(present), false});

    const QStringList names = namesOf(present);
    QString user = u"Write scene %1 of %2.\n"_s.arg(job.index + 1).arg(job.outline.size());
    user += u"Heading: %1\n"_s.arg(scene.heading);
    auto field = [&user](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            user += label + u": "_s + value.trimmed() + u'\n';
        }
    };
    field(u"Synopsis"_s, scene.synopsis);
    const QString body = StoryOutline::bodyOf(scene.content);
    if (!body.trimmed().isEmpty()) {
        // A version already written: the scene as it stands is part of the brief.
        user += u"The scene as it stands (write it anew):\n<scene>\n"_s + body + u"\n</scene>\n"_s;
    }
    field(u"Goal"_s, scene.goal);
    field(u"Tension"_s, scene.tension);
    field(u"Tone"_s, scene.tone);
    user += u"Characters present: %1\n"_s.arg(names.join(u", "_s));
    QStringList story;
    for (int i = 0; i < job.index && i < job.written.size(); ++i) {
        if (!job.written[i].isEmpty()) {
            story.append(u"%1. %2"_s.arg(i + 1).arg(summaryOf(job.written[i])));
        }
    }
    if (!story.isEmpty()) {
        user += u"\nThe story so far (scenes already written):\n"_s + story.join(u'\n') + u'\n';
    }
    if (job.index > 0 && job.index - 1 < job.written.size() && !job.written[job.index - 1].isEmpty()) {
        user += u"\nThe last lines of the scene before:\n"_s + lastLines(job.written[job.index - 1]) + u'\n';
    }
    if (!job.request.trimmed().isEmpty()) {
        user += u"\nThe writer's request for the whole story: "_s + job.request.trimmed() + u'\n';
    }
    user += u"\nWrite only this scene, in Fountain, starting with its heading exactly as given. Cue the "
            "characters by the names in the character bible, in capitals; minor parts (a waiter, a "
            "guard) may appear unnamed. No commentary and no code fences."_s;
    p.user = user;
    return p;
}

QList<Character> StoryPrompts::presentIn(const OutlineScene &scene, const QList<Character> &cast)
{
    QList<Character> present;
    for (const Character &c : cast) {
        if (scene.characters.contains(c.name, Qt::CaseInsensitive)) {
            present.append(c);
        }
    }
    if (!scene.characters.isEmpty() || scene.content.isEmpty()) {
        return present;
    }
    // No characters note (a version written by hand or by an earlier run): who speaks in the
    // scene, or is named in it.
    const CueResolver resolver(namesOf(cast));
    QList<bool> seen(cast.size(), false);
    for (const ScreenplayElement &e : FountainParser::parse(scene.content).elements) {
        if (e.type == ElementType::Character) {
            if (const int i = resolver.resolve(e.text).character; i >= 0) {
                seen[i] = true;
            }
        }
    }
    for (qsizetype i = 0; i < cast.size(); ++i) {
        const QString first = cast[i].name.section(u' ', 0, 0);
        if (seen[i] || scene.content.contains(cast[i].name, Qt::CaseInsensitive)
            || (first.size() > 2 && scene.content.contains(first, Qt::CaseInsensitive))) {
            present.append(cast[i]);
        }
    }
    return present;
}

QString StoryPrompts::repair(const QStringList &problems, bool json)
{
    QString out = u"Your answer has problems:\n"_s;
    for (const QString &problem : problems) {
        out += u"- "_s + problem + u'\n';
    }
    out += json ? u"\nAnswer again with the corrected JSON object only, complete."_s
                : u"\nWrite the whole scene again with these fixed, in Fountain only."_s;
    return out;
}

} // namespace Spielberg
