// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generationrequest.h"
#include "providerconfig.h"

#include <core/job.h>
#include <core/result.h>

namespace Spielberg {

class Database;

/**
 * The pending row of a request, checked before anything is queued: a prompt where one is
 * needed, a model and a usable base URL, and that what it names exists (the script, the
 * version to start from, the scene, the characters, the catalog ids of a quick job). Provider,
 * model and base URL are fixed in the row; keys never are. Reads only; any thread that may use
 * the Database.
 */
class JobBuilder
{
public:
    explicit JobBuilder(Database &database);

    /** The row to store for `request`, sent to `provider`; an Error naming what is wrong. */
    Result<Job> pending(const GenerationRequest &request, const ProviderConfig &provider) const;

private:
    Database &m_database;
};

} // namespace Spielberg
