// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptassembler.h"

#include "generationrequest.h"

#include <storage/characterstore.h>
#include <storage/jobstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Spielberg {

PromptAssembler::PromptAssembler(Database &database)
    : m_database(database)
{
}

Result<Prompt> PromptAssembler::assemble(const Job &job, QList<ChatTurn> &history, QString &prefix) const
{
    const GenerationRequest request = GenerationRequest::fromJson(QJsonDocument::fromJson(job.request.toUtf8()).object());
    if (!request.continueJob.isEmpty()) {
        const Result<Job> previous = JobStore(m_database).get(request.continueJob);
        if (!previous) {
            return previous.error();
        }
        QList<ChatTurn> earlier;
        QString earlierPrefix;
        Result<Prompt> original = assemble(*previous, earlier, earlierPrefix);
        if (!original) {
            return original;
        }
        // The model sees its own cut-off answer as a turn and is asked, as the user, to go on:
        // no assistant prefill, which newer models reject (docs/providers.md).
        history = earlier;
        history.append(ChatTurn{false, original->user});
        history.append(ChatTurn{true, previous->result});
        prefix = previous->result;
        Prompt p = *original;
        p.user = PromptBuilder::continuation(previous->result);
        return p;
    }
    if (job.kind == JobKind::Quick) {
        PromptBuilder::QuickJob quick;
        quick.format = request.format;
        quick.genre = request.genre;
        quick.tone = request.tone;
        quick.request = request.prompt;
        for (qint64 id : request.characterIds) {
            const Result<Character> c = CharacterStore(m_database).get(id);
            if (c) {
                quick.characters.append(*c);
            }
        }
        return PromptBuilder::build(quick);
    }
    const Result<Script> script = ScriptStore(m_database).get(job.scriptId);
    if (!script) {
        return makeError(ErrorCode::NotFound, u"the job's script no longer exists"_s);
    }
    const Result<QList<Character>> characters = CharacterStore(m_database).listForScript(script->id);
    if (!characters) {
        return characters.error();
    }
    if (job.kind == JobKind::Scene) {
        const Result<Scene> scene = SceneStore(m_database).get(job.sceneId);
        if (!scene) {
            return makeError(ErrorCode::NotFound, u"the job's scene no longer exists"_s);
        }
        const Result<ScriptVersion> version = VersionStore(m_database).byId(scene->versionId);
        if (!version) {
            return version.error();
        }
        const Result<QList<Scene>> scenes = SceneStore(m_database).list(script->id, version->number);
        if (!scenes) {
            return scenes.error();
        }
        PromptBuilder::SceneJob sceneJob{*script, *characters, *scenes, scene->number - 1, request.prompt};
        return PromptBuilder::build(sceneJob);
    }
    PromptBuilder::ScriptJob scriptJob{*script, *characters, {}, request.prompt};
    if (job.baseVersion > 0) {
        const Result<ScriptVersion> base = VersionStore(m_database).get(script->id, job.baseVersion);
        if (base) {
            scriptJob.currentText = base->content;
        }
    }
    return PromptBuilder::build(scriptJob);
}

} // namespace Spielberg
