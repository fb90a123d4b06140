// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobbuilder.h"

#include <core/catalog.h>
#include <storage/characterstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Spielberg {

JobBuilder::JobBuilder(Database &database)
    : m_database(database)
{
}

Result<Job> JobBuilder::pending(const GenerationRequest &request, const ProviderConfig &provider) const
{
    if (request.prompt.trimmed().isEmpty() && request.kind != JobKind::Scene && request.kind != JobKind::Develop
        && request.continueJob.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::EmptyPrompt, {}, u"the prompt is empty: say what to write"_s);
    }
    if (provider.model.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::NoModel, {},
                         u"no model is chosen: pick one in Settings (or pass --model)"_s);
    }
    if (Result<void> ok = ProviderConfig::checkBaseUrl(provider.baseUrl); !ok) {
        return ok.error();
    }
    Job job;
    job.kind = request.kind;
    job.status = JobStatus::Pending;
    job.provider = provider.kindName();
    job.model = provider.model;
    job.baseUrl = provider.baseUrl;
    job.request = QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    if (request.kind == JobKind::Script) {
        const Result<Script> script = ScriptStore(m_database).get(request.scriptId);
        if (!script) {
            return script.error();
        }
        job.scriptId = script->id;
        if (request.baseVersion > 0) {
            // The version the writer's draft rests on, which need not be the newest.
            const Result<ScriptVersion> base = VersionStore(m_database).get(script->id, request.baseVersion);
            if (!base) {
                return base.error();
            }
            job.baseVersion = base->number;
        } else {
            const Result<ScriptVersion> newest = VersionStore(m_database).get(script->id);
            job.baseVersion = newest ? newest->number : 0;
        }
    } else if (request.kind == JobKind::Scene) {
        const Result<Scene> scene = SceneStore(m_database).get(request.sceneId);
        if (!scene) {
            return scene.error();
        }
        const Result<ScriptVersion> version = VersionStore(m_database).byId(scene->versionId);
        if (!version) {
            return version.error();
        }
        if (scene->locked) {
            return makeError(ErrorCode::InvalidInput,
                             u"scene %1 is locked: unlock it to regenerate it"_s.arg(scene->id));
        }
        job.sceneId = scene->id;
        job.scriptId = version->scriptId;
        job.baseVersion = version->number;
    } else if (request.kind == JobKind::Develop) {
        const Result<Script> script = ScriptStore(m_database).get(request.scriptId);
        if (!script) {
            return script.error();
        }
        job.scriptId = script->id;
    } else if (request.kind == JobKind::Quick) {
        if (!request.format.isEmpty()) {
            if (Result<void> ok = Catalog::check(u"format", request.format, Catalog::formats()); !ok) {
                return ok.error();
            }
        }
        if (!request.genre.isEmpty()) {
            if (Result<void> ok = Catalog::check(u"genre", request.genre, Catalog::genres()); !ok) {
                return ok.error();
            }
        }
        if (!request.tone.isEmpty()) {
            if (Result<void> ok = Catalog::check(u"tone", request.tone, Catalog::tones()); !ok) {
                return ok.error();
            }
        }
        for (qint64 id : request.characterIds) {
            if (const Result<Character> c = CharacterStore(m_database).get(id); !c) {
                return c.error();
            }
        }
    } else {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 jobs are steps of a develop run: start the run instead"_s.arg(toId(request.kind)));
    }
    return job;
}

} // namespace Spielberg
