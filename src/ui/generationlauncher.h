// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>

#include <QObject>

#include <functional>

#include <generation/generationrequest.h>

namespace Spielberg {

class Studio;

/**
 * Sends the writer's generation requests to the queue, after checking that the provider can
 * be reached: a remote provider needs an API key (from the keychain or the environment), a local
 * model on loopback does not. Without a key the request is refused with a sentence that says how
 * to add one or where to point instead. The key is read asynchronously (the keychain may ask
 * the writer). GUI thread only.
 */
class GenerationLauncher : public QObject
{
    Q_OBJECT
public:
    explicit GenerationLauncher(Studio &studio, QObject *parent = nullptr);

    /** Queues `request` when the provider is ready; `done` gets the queued job or why not. */
    void launch(const GenerationRequest &request, QObject *context,
                std::function<void(Result<Job>)> done);

Q_SIGNALS:
    /** A job was queued by launch(). */
    void queued(const Spielberg::Job &job);

private:
    Studio &m_studio;
};

} // namespace Spielberg
