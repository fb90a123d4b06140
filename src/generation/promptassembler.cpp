// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptassembler.h"

#include "generationrequest.h"

#include <core/storyoutline.h>
#include <core/storyprompts.h>
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
    if (isStoryStep(job.kind)) {
        return assembleStep(job, request, *script, *characters);
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

Result<Prompt> PromptAssembler::assembleStep(const Job &job, const GenerationRequest &request,
                                             const Script &script, const QList<Character> &cast) const
{
    // The writer's prompt is the run's.
    QString prompt = request.prompt;
    bool inOrder = true; // each scene sees the ones before it; in parallel, the outline alone
    if (!job.parentId.isEmpty()) {
        const Result<Job> run = JobStore(m_database).get(job.parentId);
        if (!run) {
            return makeError(ErrorCode::NotFound, u"the run this step belongs to no longer exists"_s);
        }
        const GenerationRequest runRequest = GenerationRequest::fromJson(QJsonDocument::fromJson(run->request.toUtf8()).object());
        prompt = runRequest.prompt;
        inOrder = runRequest.parallel <= 1;
    }
    if (job.kind == JobKind::Characters) {
        return StoryPrompts::build(StoryPrompts::CastJob{script, cast, prompt});
    }
    if (job.kind == JobKind::Outline) {
        const int scenes = request.scenes > 0 ? request.scenes : StoryPrompts::defaultSceneCount(script.format);
        return StoryPrompts::build(StoryPrompts::OutlineJob{script, cast, scenes, prompt});
    }
    const Result<QList<Scene>> scenes = SceneStore(m_database).list(script.id, job.baseVersion);
    if (!scenes) {
        return makeError(ErrorCode::NotFound, u"the outline (version %1) this scene is written from no longer exists"_s
                                                  .arg(job.baseVersion));
    }
    StoryPrompts::SceneDraftJob draft;
    draft.script = script;
    draft.cast = cast;
    draft.outline = StoryOutline::fromScenes(*scenes);
    draft.index = job.sceneNumber - 1;
    draft.request = prompt;
    if (draft.index < 0 || draft.index >= draft.outline.size()) {
        return makeError(ErrorCode::NotFound, u"version %1 has no scene %2"_s.arg(job.baseVersion).arg(job.sceneNumber));
    }
    // What is written so far: the scenes this run completed and the ones the writer locked.
    draft.written = QStringList(draft.outline.size(), QString());
    for (qsizetype i = 0; inOrder && i < draft.outline.size(); ++i) {
        if (draft.outline[i].locked) {
            draft.written[i] = draft.outline[i].content;
        }
    }
    if (inOrder && !job.parentId.isEmpty()) {
        const Result<QList<Job>> siblings = JobStore(m_database).children(job.parentId);
        if (siblings) {
            for (const Job &s : *siblings) {
                if (s.kind == JobKind::SceneDraft && s.status == JobStatus::Completed && s.sceneNumber >= 1
                    && s.sceneNumber <= draft.written.size()) {
                    draft.written[s.sceneNumber - 1] = s.result;
                }
            }
        }
    }
    return StoryPrompts::build(draft);
}

} // namespace Spielberg
