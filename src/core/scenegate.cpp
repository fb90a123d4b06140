// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenegate.h"

#include "cueresolver.h"
#include "fountainparser.h"
#include "promptbuilder.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
/** Lines of talk a model puts around a scene ("Here is the scene:", "Let me know…"). */
bool isTalk(const QString &line)
{
    static const QRegularExpression talk(
        u"^(here('s| is| are) (the|your|a|my)\\b|sure[,!.]|certainly[,!.]|of course[,!.]|below is|"
        "i hope (this|you)|i've (written|kept|made|revised)|let me know|feel free|hope this helps|"
        "note:|as requested)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return talk.match(line.trimmed()).hasMatch();
}

/**
 * The action paragraphs outside the scene that are talk: before its heading, or last (after
 * everything the scene says). Dialogue is never talk, whatever it says ("Okay.").
 */
QList<ScreenplayElement> talkAround(const Screenplay &play)
{
    QList<ScreenplayElement> out;
    const QList<ScreenplayElement> &elements = play.elements;
    for (const ScreenplayElement &e : elements) {
        if (e.type == ElementType::SceneHeading) {
            break;
        }
        if (e.type == ElementType::Action && isTalk(e.text.section(u'\n', 0, 0))) {
            out.append(e);
        }
    }
    if (!elements.isEmpty() && elements.last().type == ElementType::Action && isTalk(elements.last().text.section(u'\n', 0, 0))
        && !out.contains(elements.last())) {
        out.append(elements.last());
    }
    return out;
}
} // namespace

QStringList SceneGate::problems(const QString &answer, const CueResolver &cast)
{
    QStringList out;
    if (answer.trimmed().isEmpty()) {
        out.append(u"The scene came back empty; write the scene."_s);
        return out;
    }
    const QStringList lines = answer.split(u'\n');
    if (std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.trimmed().startsWith(u"```"_s); })) {
        out.append(u"The answer has code fences (```); write plain Fountain without them."_s);
    }
    const Screenplay play = FountainParser::parse(answer);
    const QList<ScreenplayElement> talk = talkAround(play);
    if (!talk.isEmpty()) {
        out.append(u"The answer has commentary outside the scene (\"%1\"); write only the scene."_s.arg(
            talk.first().text.section(u'\n', 0, 0).trimmed().left(60)));
    }

    int headings = 0;
    bool hasBody = false;
    QHash<int, QStringList> cuesOf;
    QStringList unknown;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::SceneHeading) {
            ++headings;
            continue;
        }
        if (e.type != ElementType::Synopsis && !e.text.trimmed().isEmpty() && !talk.contains(e)) {
            hasBody = true;
        }
        if (e.type != ElementType::Character) {
            continue;
        }
        const CueResolver::Resolution r = cast.resolve(e.text);
        if (r.character >= 0) {
            QStringList &cues = cuesOf[r.character];
            if (!cues.contains(r.cue)) {
                cues.append(r.cue);
            }
        } else if (!r.minorRole && !unknown.contains(r.cue)) {
            unknown.append(r.cue);
        }
    }
    if (!hasBody) {
        out.append(u"The scene has no action or dialogue."_s);
    }
    if (headings > 1) {
        out.append(u"The answer has %1 scene headings; write only this one scene."_s.arg(headings));
    }
    for (const QString &cue : unknown) {
        out.append(u"%1 is not in the character bible; use a bible character or a minor role (WAITER, "
                   "GUARD #2)."_s.arg(cue));
    }
    for (auto it = cuesOf.cbegin(); it != cuesOf.cend(); ++it) {
        if (it.value().size() > 1) {
            out.append(u"%1 is cued under several names (%2); use one."_s.arg(cast.names().at(it.key()),
                                                                              it.value().join(u", "_s)));
        }
    }
    return out;
}

QString SceneGate::clean(const QString &answer, const QString &heading)
{
    QString text = PromptBuilder::extractFountain(answer);
    QStringList lines = text.split(u'\n');
    // Talk around the scene ("Here is…", "Let me know…"): whole action paragraphs, never dialogue.
    const QList<ScreenplayElement> talk = talkAround(FountainParser::parse(text));
    for (auto it = talk.crbegin(); it != talk.crend(); ++it) {
        const qsizetype from = it->line - 1;
        const qsizetype count = it->text.count(u'\n') + 1;
        if (from >= 0 && from + count <= lines.size()) {
            lines.remove(from, count);
        }
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty()) {
        lines.removeFirst();
    }
    // The outline owns the heading: replace the one the answer opens with, or add it.
    if (!lines.isEmpty()) {
        const Screenplay first = FountainParser::parse(QString(lines.first() + u"\n\n"_s));
        if (!first.elements.isEmpty() && first.elements.first().type == ElementType::SceneHeading) {
            lines.removeFirst();
        }
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty()) {
        lines.removeFirst();
    }
    // Another heading inside would cut the outline's scene in two: it stays as an action line
    // (forced with `!`), and the gate has said so.
    const Screenplay inside = FountainParser::parse(lines.join(u'\n'));
    for (const ScreenplayElement &e : inside.elements) {
        if (e.type == ElementType::SceneHeading && e.line >= 1 && e.line <= lines.size()) {
            QString &line = lines[e.line - 1];
            const QString written = line.trimmed();
            line = u'!' + (written.startsWith(u'.') ? written.mid(1) : written);
        }
    }
    QString body = lines.join(u'\n');
    QString out = heading.trimmed();
    if (!body.isEmpty()) {
        out += u"\n\n"_s + body;
    }
    return out + u'\n';
}

} // namespace Spielberg
