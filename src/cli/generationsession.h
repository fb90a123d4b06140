// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <generation/credentialstore.h>
#include <generation/keychaincredentials.h>
#include <storage/librarynotifier.h>
#include <studio/jobdesk.h>

#include <QNetworkAccessManager>

#include <memory>

namespace Spielberg {

class Arguments;
class Database;

/**
 * What the generation commands share: the provider from --provider/--base-url/--model over the
 * app's settings, keys from the environment over the keychain, and the job desk on the library,
 * plus running it until one job (or every queued job) has finished.
 */
class GenerationSession
{
public:
    /** Builds the session; an Error for a bad provider name or base URL. */
    static Result<std::unique_ptr<GenerationSession>> create(const Arguments &args, Database &database);

    JobDesk &jobs() { return *m_jobs; }

    /** Runs this process's queue until job `id` finishes; returns the finished job. */
    Job runUntilFinished(const QString &id);
    /**
     * Runs this process's share of the run `runId` (its steps, `parallel` at once) until the
     * run ends: completed, failed or cancelled, wherever its steps ran. Returns the run.
     */
    Job runUntilRunEnds(const QString &runId, int parallel);
    /** Runs the queue until nothing is pending or running (`until-empty`), or forever. */
    void runQueue(bool untilEmpty);

private:
    explicit GenerationSession(Database &database);

    Database &m_database;
    LibraryNotifier m_notifier;
    KeychainCredentials m_keychain;
    EnvironmentCredentials m_credentials;
    QNetworkAccessManager m_network;
    std::unique_ptr<JobDesk> m_jobs;
};

} // namespace Spielberg
