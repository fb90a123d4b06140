// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerrequest.h"

#include <core/job.h>
#include <core/promptbuilder.h>
#include <core/result.h>

#include <QList>
#include <QString>

namespace Spielberg {

class Database;

/**
 * The prompt of a job, composed from the library as it is when the job starts
 * (docs/architecture.md, "The life of a job"): the script, its cast, its scenes and the
 * version the job starts from, or the quick job's own choices; a continuation replays the
 * cut-off answer as a turn of its own. Reads only; any thread that may use the Database.
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
    Database &m_database;
};

} // namespace Spielberg
