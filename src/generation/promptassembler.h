// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerrequest.h"

#include <core/character.h>
#include <core/job.h>
#include <core/promptbuilder.h>
#include <core/result.h>
#include <core/script.h>

#include <QList>
#include <QString>

namespace Spielberg {

class Database;
struct GenerationRequest;

/**
 * The prompt of a job, composed from the library as it is when the job starts
 * (docs/architecture.md, "The life of a job"): the script, its cast, its scenes and the
 * version the job starts from, or the quick job's own choices; a continuation replays the
 * cut-off answer as a turn of its own; a story step's prompt is StoryPrompts' (a scene draft
 * sees its run's outline and the scenes already written). Reads only; any thread that may use the Database.
 */
class PromptAssembler
{
public:
    explicit PromptAssembler(Database &database);

    /**
     * The prompt for `job`. For a continuation, `history` receives the earlier turns and
     * `prefix` the text already written, which the new answer continues.
     */
    Result<Prompt> assemble(const Job &job, QList<ChatTurn> &history, QString &prefix) const;

private:
    /** A story-engine step: the cast, the outline or one scene written from the outline. */
    Result<Prompt> assembleStep(const Job &job, const GenerationRequest &request, const Script &script,
                                const QList<Character> &cast) const;

    Database &m_database;
};

} // namespace Spielberg
