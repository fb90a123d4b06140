// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Spielberg {

ProviderConfig GenerationSettings::provider(const QSettings &settings)
{
    ProviderConfig config;
    config.kind = ProviderConfig::kindFromName(settings.value(u"provider/kind"_s, u"anthropic"_s).toString())
                      .value_or(ProviderConfig::Kind::Anthropic);
    config.baseUrl = settings.value(u"provider/baseUrl"_s, ProviderConfig::defaultBaseUrl(config.kind)).toString();
    config.model = settings.value(u"provider/model"_s).toString();
    config.maxTokens = settings.value(u"provider/maxTokens"_s, config.maxTokens).toInt();
    if (settings.contains(u"provider/temperature"_s)) {
        config.temperature = settings.value(u"provider/temperature"_s).toDouble();
    }
    return config;
}

void GenerationSettings::setProvider(QSettings &settings, const ProviderConfig &config)
{
    settings.setValue(u"provider/kind"_s, config.kindName());
    settings.setValue(u"provider/baseUrl"_s, config.baseUrl);
    settings.setValue(u"provider/model"_s, config.model);
    settings.setValue(u"provider/maxTokens"_s, config.maxTokens);
    if (config.temperature) {
        settings.setValue(u"provider/temperature"_s, *config.temperature);
    } else {
        settings.remove(u"provider/temperature"_s);
    }
}

JobQueueSettings GenerationSettings::queue(const QSettings &settings)
{
    JobQueueSettings q;
    q.concurrency = std::clamp(settings.value(u"jobs/concurrency"_s, q.concurrency).toInt(), 1, 16);
    q.totalLimitMs = qint64(settings.value(u"jobs/totalLimitMinutes"_s, 30).toInt()) * 60 * 1000;
    q.idleLimitMs = qint64(settings.value(u"jobs/idleLimitSeconds"_s, 90).toInt()) * 1000;
    return q;
}

void GenerationSettings::setQueue(QSettings &settings, const JobQueueSettings &queue)
{
    settings.setValue(u"jobs/concurrency"_s, queue.concurrency);
    settings.setValue(u"jobs/totalLimitMinutes"_s, int(queue.totalLimitMs / 60000));
    settings.setValue(u"jobs/idleLimitSeconds"_s, int(queue.idleLimitMs / 1000));
}

} // namespace Spielberg
