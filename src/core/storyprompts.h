// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "character.h"
#include "outlinescene.h"
#include "promptbuilder.h"
#include "script.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * The prompts of the story engine's steps (docs/architecture.md, "The story engine"): the cast
 * and the outline, asked for as JSON with a schema (StorySchema), and each scene, written with
 * the context it needs and no more.
 *
 * A scene's system prompt starts with one block that is the same, byte for byte, for every
 * scene of a run (persona, Fountain rules, the locked genre and tone, the whole outline as
 * synopses) and carries the cache breakpoint; the bible entries of the characters present come
 * after it, and the scene's own brief, the summaries of the scenes already written and the last
 * lines of the scene before go in the user message. Pure and byte-stable.
 */
class StoryPrompts
{
public:
    struct CastJob {
        Script script;
        QList<Character> existing; ///< the script's characters: fixed, given to the model
        QString request;           ///< the writer's prompt
    };
    struct OutlineJob {
        Script script;
        QList<Character> cast;
        int scenes = 40;
        QString request;
    };
    struct SceneDraftJob {
        Script script;
        QList<Character> cast;      ///< the script's; only those present are sent
        QList<OutlineScene> outline; ///< every scene of the run's outline, in order
        int index = 0;               ///< which one to write (0-based)
        /** Scenes already written, by outline index (empty where not written or not used). */
        QStringList written;
        QString request;
    };

    static Prompt build(const CastJob &job);
    static Prompt build(const OutlineJob &job);
    static Prompt build(const SceneDraftJob &job);

    /**
     * The cast members in an outline scene: those its characters note names, or, without a
     * note (a version already written), those who speak in it or are named in it.
     */
    static QList<Character> presentIn(const OutlineScene &scene, const QList<Character> &cast);

    /** The one repair request after an answer with problems: what is wrong, a line each. */
    static QString repair(const QStringList &problems, bool json);

    /** The scene count an outline gets when the writer names none: by the script's format. */
    static int defaultSceneCount(const QString &format);
    /** A written scene in one line: its speakers and the start of its action. */
    static QString summaryOf(const QString &scene);
    /** The last `count` non-empty lines of a scene. */
    static QString lastLines(const QString &scene, int count = 8);
    /** Output tokens a scene of the run is expected to take (for estimates). */
    static int sceneTokens(int sceneCount);
};

} // namespace Spielberg
