// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "character.h"
#include "outlinescene.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * The structured answers of the story engine's cast and outline steps (docs/architecture.md,
 * "The story engine"): the JSON schemas sent with the request (the subset both providers'
 * strict modes accept: every field required, no other fields) and the reading of an answer,
 * checked against the schema and then against what the step asked for. Pure.
 *
 * `problems` lists everything wrong, one line each, ready to be sent back in the one repair
 * request; `usable` says whether what was read can still be applied when the repair did not
 * help (the wrong parts left out and listed on the job).
 */
class StorySchema
{
public:
    /** The schema name sent to OpenAI-compatible providers (`json_schema.name`). */
    static constexpr const char *kCastName = "cast";
    static constexpr const char *kOutlineName = "outline";

    /** `{"characters": [{name, personality, goals, voice, backstory}]}` */
    static QJsonObject cast();
    /** `{"scenes": [{heading, synopsis, goal, tension, tone, characters: [name]}]}` */
    static QJsonObject outline();

    struct CastAnswer {
        /** New characters, in the answer's order; none whose name the bible already has. */
        QList<Character> characters;
        /** Proposed names the bible already had (case-insensitively): attached, not added. */
        QStringList existing;
        QStringList problems;
        bool usable = false;
    };
    /** Reads a cast answer; `knownNames` are the library's characters' names. */
    static CastAnswer readCast(const QString &answer, const QStringList &knownNames);

    struct OutlineAnswer {
        QList<OutlineScene> scenes;
        QStringList problems;
        bool usable = false;
    };
    /**
     * Reads an outline answer that should have `expected` scenes (0: any number) whose
     * characters are among `castNames` (names are given back as the bible spells them).
     */
    static OutlineAnswer readOutline(const QString &answer, int expected, const QStringList &castNames);

    /** The JSON inside an answer: a ```json fence around it is tolerated. */
    static QString jsonText(const QString &answer);
};

} // namespace Spielberg
