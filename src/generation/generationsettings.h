// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobqueuesettings.h"
#include "providerconfig.h"

class QSettings;

namespace Spielberg {

/**
 * The writer's generation settings in QSettings, shared by the app and the command line:
 * provider kind, base URL, model, max tokens, optional temperature, concurrency and time limits.
 * Never the API key (that lives in the CredentialStore).
 */
class GenerationSettings
{
public:
    static ProviderConfig provider(const QSettings &settings);
    static void setProvider(QSettings &settings, const ProviderConfig &config);
    static JobQueueSettings queue(const QSettings &settings);
    static void setQueue(QSettings &settings, const JobQueueSettings &queue);
};

} // namespace Spielberg
