// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakescenario.h"

#include <QString>
#include <QStringList>

namespace Spielberg::Test {

struct RecordedRequest;

/**
 * Answers the story engine's requests as a language model would, for FakeScenario::Kind::Story
 * (docs/providers.md §5). Reads the request body of either protocol (Anthropic Messages or OpenAI
 * chat completions) and writes what it asks for:
 * - a structured request whose schema has `characters` gets a CAST: {"characters": [...]} with
 *   four new characters (or "exactly N characters"), none named like the known ones;
 * - one whose schema has `scenes` gets an OUTLINE: {"scenes": [...]} with "exactly N scenes"
 *   (8 when the request does not say), cast from the known characters;
 * - any other request gets a SCENE in Fountain: the `Heading:` line of the request, action, then
 *   dialogue among the `Characters present:`.
 * The known characters are the `## Full Name` lines of the system text and the user messages,
 * but for a section of the prompt's own: a `## ` line whose next line is other text than a bible
 * field (`Personality:`, `Goals:`…) or another `#` line. Text varies with a hash of the request (a
 * scene's with its heading and number), never with time or the process, so an answer is the same in
 * every run and a repair gets what a clean first request would have got.
 *
 * The faults of the scenario (faultNames()) spoil a first request's answer the way real models
 * do; a repair (messages with an assistant turn, then a last user turn) gets a correct answer
 * unless the fault's name ends in `Always`. A fault that does not concern the kind of answer
 * (wrongHeading for a cast) does nothing. Pure; any thread.
 */
class FakeStoryteller
{
public:
    /**
     * The Kind::Answer scenario that answers request: the text above, inputTokens the body size
     * / 4, outputTokens the text size / 4, and story's modifiers, stop reason and headers. With
     * story.tokensPerSecond > 0 the text is sent in deltas of four characters (one token),
     * trickleMs = 1000 / tokensPerSecond apart.
     */
    static FakeScenario answer(const FakeScenario &story, const RecordedRequest &request);

    /** The faults answer() knows, without the `Always` variants (each fault has one). */
    static QStringList faultNames();
    /** Whether name is one of faultNames(), or one of them followed by `Always`. */
    static bool isFault(const QString &name);
};

} // namespace Spielberg::Test
