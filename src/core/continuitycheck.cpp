// SPDX-License-Identifier: GPL-3.0-or-later
#include "continuitycheck.h"

#include "cueresolver.h"
#include "fountainparser.h"
#include "scenesplitter.h"
#include "storyoutline.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spielberg {

QList<ContinuityFinding> ContinuityCheck::check(const QString &fountain, const QStringList &bibleNames)
{
    QList<ContinuityFinding> out;
    const CueResolver resolver(bibleNames);
    const SceneSplit split = SceneSplitter::split(fountain);

    // Text before the first heading belongs to no scene (a title page aside).
    for (const ScreenplayElement &e : FountainParser::parse(split.preamble).elements) {
        if (e.type == ElementType::Action || e.type == ElementType::Character || e.type == ElementType::Dialogue) {
            out.append({u"no_heading"_s, 0,
                        u"text before the first scene heading belongs to no scene: \"%1\""_s.arg(
                            e.text.simplified().left(60)),
                        {e.text.simplified().left(60)}});
            break;
        }
    }

    QHash<int, QStringList> cuesOf;        // character index → bare cues used, in order
    QHash<QString, int> firstScene;        // "index|cue" → first scene number
    QMap<QString, int> unknown;            // bare cue → first scene
    QList<bool> onPage(bibleNames.size(), false);
    const QString lowerText = fountain.toLower();
    for (qsizetype n = 0; n < split.scenes.size(); ++n) {
        const int number = int(n + 1);
        const QString &content = split.scenes[n].content;
        const Screenplay play = FountainParser::parse(content);
        bool hasBody = false;
        bool hasDialogue = false;
        for (const ScreenplayElement &e : play.elements) {
            if (e.type == ElementType::SceneHeading || e.type == ElementType::Synopsis
                || e.type == ElementType::Section) {
                continue;
            }
            if (!e.text.trimmed().isEmpty()) {
                hasBody = true;
            }
            if (e.type == ElementType::Dialogue) {
                hasDialogue = true;
            }
            if (e.type != ElementType::Character) {
                continue;
            }
            const CueResolver::Resolution r = resolver.resolve(e.text);
            if (r.character >= 0) {
                onPage[r.character] = true;
                QStringList &cues = cuesOf[r.character];
                if (!cues.contains(r.cue)) {
                    cues.append(r.cue);
                    firstScene.insert(QString::number(r.character) + u'|' + r.cue, number);
                }
            } else if (!r.minorRole && !unknown.contains(r.cue)) {
                unknown.insert(r.cue, number);
            }
        }
        const bool outlineScene = !StoryOutline::synopsisOf(content).isEmpty();
        if (!hasBody && !outlineScene) {
            out.append({u"empty_scene"_s, number,
                        u"%1 has nothing in it"_s.arg(split.scenes[n].heading), {split.scenes[n].heading}});
        } else if (outlineScene && !hasDialogue && StoryOutline::bodyOf(content).trimmed().isEmpty()) {
            // A synopsis and nothing written under it (a written scene keeps its synopsis, and
            // a silent one is no outline scene).
            out.append({u"no_dialogue"_s, number,
                        u"%1 is still an outline scene: it has no dialogue"_s.arg(split.scenes[n].heading),
                        {split.scenes[n].heading}});
        }
    }
    for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
        out.append({u"unknown_cue"_s, it.value(),
                    u"%1 speaks but is neither in the character bible nor a minor role"_s.arg(it.key()), {it.key()}});
    }
    for (auto it = cuesOf.cbegin(); it != cuesOf.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;
        }
        const int scene = firstScene.value(QString::number(it.key()) + u'|' + it.value().at(1));
        out.append({u"several_names"_s, scene,
                    u"%1 is cued under several names: %2"_s.arg(bibleNames[it.key()], it.value().join(u" / "_s)),
                    {bibleNames[it.key()], it.value().join(u" / "_s)}});
    }
    for (qsizetype i = 0; i < bibleNames.size(); ++i) {
        if (onPage[i]) {
            continue;
        }
        // Named in the action is on the page too, if silent.
        const QString name = bibleNames[i].simplified();
        const QString first = name.section(u' ', 0, 0).toLower();
        const bool named = !name.isEmpty() && (lowerText.contains(name.toLower()) || (first.size() > 2 && lowerText.contains(first)));
        if (!named) {
            out.append({u"unused_character"_s, 0,
                        u"%1 is attached to the script but never on the page"_s.arg(name), {name}});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ContinuityFinding &a, const ContinuityFinding &b) {
        return a.scene < b.scene;
    });
    return out;
}

} // namespace Spielberg
