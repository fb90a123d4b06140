// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptbuilder.h"

#include "fountainparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// The prompts are sent to the model, not shown to the writer: they stay in English whatever the
// interface language, so the cache prefix is the same for every writer.
const QString kPersona =
    u"You are a professional screenwriter and script editor. You write with economy and "
    "specificity: visual action lines in the present tense, subtext in dialogue, each character "
    "speaking in their own voice, and scenes that turn. You never explain the story in action "
    "lines, never write camera directions unless asked, and never add commentary about your "
    "work. You follow the writer's instructions and the project's settings below exactly."_s;

QString formatRules(const QString &format)
{
    if (format == u"treatment"_s) {
        return u"Format: a treatment. Write flowing prose in the present tense, in paragraphs, "
               "one or more per sequence, telling the whole story with its turns and ending. "
               "Use Fountain markup only for section headings (lines starting with #) if the "
               "story has acts. No dialogue blocks; a key line of dialogue may be quoted in "
               "prose. Output only the treatment."_s;
    }
    if (format == u"outline"_s) {
        return u"Format: an outline. Write it in Fountain: acts as sections (# Act One), "
               "sequences as sub-sections (## …), and each scene as a scene heading (INT./EXT. "
               "LOCATION - TIME) followed by a synopsis line starting with = that says what "
               "happens and what changes. No dialogue. Output only the outline."_s;
    }
    return u"Format: a screenplay in Fountain (https://fountain.io). Rules: scene headings start "
           "with INT., EXT., EST., INT./EXT. or I/E and stand alone between blank lines "
           "(INT. KITCHEN - NIGHT); action paragraphs are separated by blank lines; a character "
           "cue is the name in capitals on its own line, with (V.O.), (O.S.) or (CONT'D) after "
           "it when needed, directly followed by the dialogue (no blank line between cue, "
           "parentheticals and dialogue); parentheticals are in (brackets) on their own line; "
           "transitions are capitals ending in TO: between blank lines; dual dialogue puts ^ "
           "after the second cue; *italics*, **bold** and _underline_ are allowed sparingly. "
           "Output only the Fountain text: no title page unless asked, no notes, no commentary "
           "before or after it, and no code fences."_s;
}

QString lockBlock(const QString &genre, const QString &tone, const QString &title, const QString &logline)
{
    QStringList lines;
    if (!title.isEmpty()) {
        lines.append(u"Project: \"%1\"."_s.arg(title));
    }
    if (!logline.isEmpty()) {
        lines.append(u"Logline: %1"_s.arg(logline));
    }
    if (!genre.isEmpty()) {
        lines.append(u"Genre (locked for every version): %1. Stay within its conventions and "
                     "audience expectations."_s.arg(genre));
    }
    if (!tone.isEmpty()) {
        lines.append(u"Tone (locked for every version): %1. Keep every scene in this tone."_s.arg(tone));
    }
    if (lines.isEmpty()) {
        lines.append(u"No genre or tone is set: follow the writer's request."_s);
    }
    return lines.join(u'\n');
}

QString bible(QList<Character> characters)
{
    if (characters.isEmpty()) {
        return u"Character bible: none yet. Invent characters only as the request needs them."_s;
    }
    std::sort(characters.begin(), characters.end(),
              [](const Character &a, const Character &b) { return a.id < b.id; });
    QString out = u"Character bible (keep every character consistent with it; cue names are "
                  "the names below in capitals):"_s;
    for (const Character &c : characters) {
        out += u"\n\n## "_s + c.name;
        auto field = [&out](const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                out += u'\n' + label + u": "_s + value.trimmed();
            }
        };
        field(u"Personality"_s, c.personality);
        field(u"Goals"_s, c.goals);
        field(u"Voice"_s, c.voice);
        field(u"Backstory"_s, c.backstory);
    }
    return out;
}

// A neighbouring scene as a short summary: its heading and the start of its action.
QString summary(const Scene &scene)
{
    const Screenplay play = FountainParser::parse(scene.content);
    QString heading;
    QString firstAction;
    QStringList speakers;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::SceneHeading && heading.isEmpty()) {
            heading = e.text;
        } else if (e.type == ElementType::Action && firstAction.isEmpty() && !e.text.trimmed().isEmpty()) {
            firstAction = e.text.simplified();
        } else if (e.type == ElementType::Character && !speakers.contains(e.text)) {
            speakers.append(e.text);
        }
    }
    if (firstAction.size() > 240) {
        firstAction = firstAction.left(237) + u"..."_s;
    }
    QString out = heading.isEmpty() ? u"(no heading)"_s : heading;
    if (!scene.goal.isEmpty()) {
        out += u" — goal: "_s + scene.goal;
    }
    if (!firstAction.isEmpty()) {
        out += u" — "_s + firstAction;
    }
    if (!speakers.isEmpty()) {
        out += u" — speaking: "_s + speakers.join(u", "_s);
    }
    return out;
}

} // namespace

QString Prompt::systemText() const
{
    QStringList parts;
    for (const PromptBlock &b : system) {
        parts.append(b.text);
    }
    return parts.join(u"\n\n"_s);
}

QString PromptBuilder::persona()
{
    return kPersona;
}

QString PromptBuilder::rulesFor(const QString &format)
{
    return formatRules(format);
}

QString PromptBuilder::lockFor(const Script &script)
{
    return lockBlock(script.genre, script.tone, script.title, script.logline);
}

QString PromptBuilder::bibleOf(const QList<Character> &characters)
{
    return bible(characters);
}

QStringList PromptBuilder::speakers(const QString &text)
{
    QStringList names;
    for (const ScreenplayElement &e : FountainParser::parse(text).elements) {
        if (e.type == ElementType::Character) {
            const QString name = e.text.toUpper();
            if (!names.contains(name)) {
                names.append(name);
            }
        }
    }
    return names;
}

Prompt PromptBuilder::build(const ScriptJob &job)
{
    Prompt p;
    p.system.append(PromptBlock{kPersona + u"\n\n"_s + formatRules(job.script.format), false});
    p.system.append(PromptBlock{lockBlock(job.script.genre, job.script.tone, job.script.title, job.script.logline), false});
    p.system.append(PromptBlock{bible(job.characters), true});
    if (job.currentText.trimmed().isEmpty()) {
        p.user = u"Write the %1 from the writer's request below.\n\nRequest:\n%2"_s.arg(job.script.format, job.request.trimmed());
    } else {
        p.user = u"Here is the current text of the %1:\n\n<current>\n%2\n</current>\n\nWrite the whole "
                 "new version, complete from beginning to end (not only the changed parts), "
                 "following the writer's request below. Keep what the request does not ask to "
                 "change.\n\nRequest:\n%3"_s.arg(job.script.format, job.currentText, job.request.trimmed());
    }
    return p;
}

Prompt PromptBuilder::build(const SceneJob &job)
{
    Prompt p;
    // Scenes are always screenplay pages, whatever the script's format field says.
    p.system.append(PromptBlock{kPersona + u"\n\n"_s + formatRules(u"screenplay"_s), false});
    p.system.append(PromptBlock{lockBlock(job.script.genre, job.script.tone, job.script.title, job.script.logline), false});

    const Scene scene = job.scenes.value(job.sceneIndex);
    // Only the characters who appear in the scene: fewer tokens, and the model is not tempted
    // to bring in the rest.
    const QStringList present = speakers(scene.content);
    QList<Character> cast;
    for (const Character &c : job.characters) {
        if (present.contains(c.name.toUpper()) || scene.content.contains(c.name, Qt::CaseInsensitive)) {
            cast.append(c);
        }
    }
    p.system.append(PromptBlock{bible(cast), true});

    QStringList context;
    if (job.sceneIndex > 0) {
        context.append(u"The scene before: "_s + summary(job.scenes[job.sceneIndex - 1]));
    }
    if (job.sceneIndex + 1 < job.scenes.size()) {
        context.append(u"The scene after: "_s + summary(job.scenes[job.sceneIndex + 1]));
    }
    QStringList meta;
    auto field = [&meta](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            meta.append(label + u": "_s + value.trimmed());
        }
    };
    field(u"Setting"_s, scene.setting);
    field(u"Goal of the scene"_s, scene.goal);
    field(u"Tension"_s, scene.tension);
    field(u"Tone of the scene"_s, scene.tone);

    QString user = u"Rewrite scene %1 of %2.\n\n"_s.arg(job.sceneIndex + 1).arg(job.scenes.size());
    if (!context.isEmpty()) {
        user += context.join(u'\n') + u"\n\n"_s;
    }
    if (!meta.isEmpty()) {
        user += u"The writer's notes for this scene:\n"_s + meta.join(u'\n') + u"\n\n"_s;
    }
    user += u"The scene now:\n\n<scene>\n%1\n</scene>\n\n"_s.arg(scene.content.trimmed());
    user += u"Write only this scene, starting with its scene heading, so that it still leads "
            "from the scene before into the scene after."_s;
    if (!job.request.trimmed().isEmpty()) {
        user += u"\n\nRequest:\n"_s + job.request.trimmed();
    }
    p.user = user;
    return p;
}

Prompt PromptBuilder::build(const QuickJob &job)
{
    Prompt p;
    p.system.append(PromptBlock{kPersona + u"\n\n"_s + formatRules(job.format), false});
    p.system.append(PromptBlock{lockBlock(job.genre, job.tone, {}, {}), false});
    p.system.append(PromptBlock{bible(job.characters), true});
    p.user = u"Request:\n"_s + job.request.trimmed();
    return p;
}

QString PromptBuilder::continuation(const QString &partial)
{
    // Newer models reject an assistant prefill; the official advice is a user turn asking to
    // continue (docs/providers.md §1.4).
    const QString tail = partial.right(1500);
    return u"Your previous response was cut off because it reached the length limit. It ended "
           "with:\n\n<end>\n%1\n</end>\n\nContinue exactly from where it stopped, without "
           "repeating anything, in the same format."_s.arg(tail);
}

QString PromptBuilder::extractFountain(const QString &answer)
{
    QString text = answer;
    const qsizetype fence = text.indexOf(u"```"_s);
    if (fence >= 0) {
        const qsizetype bodyStart = text.indexOf(u'\n', fence);
        const qsizetype close = bodyStart < 0 ? -1 : text.indexOf(u"\n```"_s, bodyStart);
        if (bodyStart >= 0) {
            text = close < 0 ? text.mid(bodyStart + 1) : text.mid(bodyStart + 1, close - bodyStart);
        }
    }
    // Remove chatter before the first scene heading or title page ("Here is the scene:").
    const Screenplay play = FountainParser::parse(text);
    if (play.titlePage.isEmpty()) {
        for (const ScreenplayElement &e : play.elements) {
            if (e.type == ElementType::SceneHeading || e.type == ElementType::Section) {
                if (e.line > 1) {
                    const QStringList lines = text.split(u'\n');
                    const QStringList before = lines.mid(0, e.line - 1);
                    // Only drop a short preface that is plainly not script (ends with a colon).
                    const QString preface = before.join(u'\n').trimmed();
                    if (!preface.isEmpty() && preface.size() < 300 && preface.endsWith(u':')) {
                        text = lines.mid(e.line - 1).join(u'\n');
                    }
                }
                break;
            }
        }
    }
    while (text.startsWith(u'\n')) {
        text.remove(0, 1);
    }
    if (!text.endsWith(u'\n')) {
        text += u'\n';
    }
    return text;
}

} // namespace Spielberg
