// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationlauncher.h"
#include "errortext.h"


#include <studio/studio.h>
#include <generation/credentialstore.h>

#include <QHostAddress>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
bool isLoopback(const QString &baseUrl)
{
    const QString host = QUrl(baseUrl).host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

GenerationLauncher::GenerationLauncher(Studio &studio, QObject *parent)
    : QObject(parent)
    , m_studio(studio)
{
}

void GenerationLauncher::launch(const GenerationRequest &request, QObject *context,
                                std::function<void(Result<Job>)> done)
{
    const ProviderConfig provider = m_studio.jobs().provider();
    if (Result<void> ok = ProviderConfig::checkBaseUrl(provider.baseUrl); !ok) {
        done(makeError(ErrorCode::InvalidInput,
                       tr("The provider's address is not usable: %1 Fix it in Settings.")
                           .arg(ErrorText::of(ok.error()))));
        return;
    }
    const auto enqueue = [this, request, done] {
        // A script is generated from what the writer sees: a draft that differs from its base
        // is kept as a version first, and the job starts from it.
        Result<Job> job = request.kind == JobKind::Script
            ? m_studio.jobs().generate(request.scriptId, request.prompt, tr("Kept before generating"))
            : m_studio.jobs().enqueue(request);
        if (job) {
            Q_EMIT queued(*job);
        }
        done(job);
    };
    if (isLoopback(provider.baseUrl)) {
        enqueue(); // a local model: no key needed
        return;
    }
    const QString name = provider.kindName();
    QPointer<QObject> guard(context);
    m_studio.credentials().read(name, this, [guard, name, enqueue, done](Result<QString> key) {
        if (!guard) {
            return;
        }
        if (!key || key->isEmpty()) {
            const QString label = name == u"anthropic"_s ? tr("Anthropic") : tr("the provider");
            done(makeError(ErrorCode::InvalidInput,
                           tr("No API key for %1 yet. Add one in Settings (Ctrl+,), or choose "
                              "OpenAI-compatible there with a local model such as "
                              "http://localhost:11434/v1.")
                               .arg(label)));
            return;
        }
        enqueue();
    });
}

} // namespace Spielberg
