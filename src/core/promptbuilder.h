// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "character.h"
#include "scene.h"
#include "script.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Spielberg {

/** One block of the system prompt; `cacheBreakpoint` marks the end of a cacheable prefix. */
struct PromptBlock {
    QString text;
    bool cacheBreakpoint = false;

    bool operator==(const PromptBlock &) const = default;
};

/** What a provider is sent: the system prompt in blocks and one user message. */
struct Prompt {
    QList<PromptBlock> system;
    QString user;
    /**
     * When set, the answer must be JSON of this schema, asked for through the provider's
     * structured output (docs/providers.md); `schemaName` names it where a provider wants one.
     */
    QJsonObject schema;
    QString schemaName;

    /** The system blocks joined, for providers without block-level caching. */
    QString systemText() const;
    bool operator==(const Prompt &) const = default;
};

/**
 * Composes the prompts of generation jobs from the library as it is when the job starts
 * (docs/architecture.md, "The life of a job", step 3).
 *
 * The system prompt is laid out for prompt caching, most stable first: (1) the screenwriter
 * persona and the format's rules, (2) the script's genre and tone lock, (3) the character bible,
 * serialised identically every time (sorted by id) and followed by the one cache breakpoint;
 * what changes per job (scene metadata, neighbours, the current text, the writer's request)
 * goes after it, in the user message. Screenplay output must be Fountain, and the prompt says
 * so. Pure and byte-stable: the same inputs give the same bytes.
 */
class PromptBuilder
{
public:
    /** A whole script: a new version from the writer's request and the current text. */
    struct ScriptJob {
        Script script;
        QList<Character> characters;
        QString currentText; ///< the base version's Fountain (empty for a first draft)
        QString request;     ///< the writer's instructions
    };

    /** One scene rewritten; everything else in the version stays byte-identical. */
    struct SceneJob {
        Script script;
        QList<Character> characters; ///< the script's; only those in the scene are sent
        QList<Scene> scenes;         ///< every scene of the base version, in order
        int sceneIndex = 0;          ///< which of them (0-based)
        QString request;             ///< optional extra instruction
    };

    /** A quick draft outside any script (the seed's direct generator). */
    struct QuickJob {
        QString format = QStringLiteral("screenplay");
        QString genre;
        QString tone;
        QList<Character> characters;
        QString request;
    };

    static Prompt build(const ScriptJob &job);
    static Prompt build(const SceneJob &job);
    static Prompt build(const QuickJob &job);

    /** The parts every system prompt is made of, for the story engine's prompts (StoryPrompts). */
    static QString persona();
    static QString rulesFor(const QString &format);
    static QString lockFor(const Script &script);
    /** The character bible, serialised identically every time (sorted by id). */
    static QString bibleOf(const QList<Character> &characters);

    /** The instruction appended after a max_tokens stop: continue, never an assistant prefill. */
    static QString continuation(const QString &partial);

    /** Names of the characters whose cues appear in Fountain `text` (extensions ignored). */
    static QStringList speakers(const QString &text);

    /**
     * The Fountain inside a model's answer: a ```fountain (or bare ```) fence around it is
     * removed, as is talk before the first heading when the answer is a screenplay.
     */
    static QString extractFountain(const QString &answer);
};

} // namespace Spielberg
