// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyengine.h"

#include "generationrequest.h"
#include "jobbuilder.h"
#include "jobqueue.h"
#include "logging.h"

#include <core/scenesplitter.h>
#include <core/storyoutline.h>
#include <core/storyprompts.h>
#include <storage/characterstore.h>
#include <storage/jobstore.h>
#include <storage/librarynotifier.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QJsonDocument>

#include <algorithm>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
constexpr int kMaxScenes = 200;
constexpr int kMaxParallel = 8;

GenerationRequest requestOf(const Job &job)
{
    return GenerationRequest::fromJson(QJsonDocument::fromJson(job.request.toUtf8()).object());
}

QString stepName(JobKind kind)
{
    switch (kind) {
    case JobKind::Characters:
        return u"cast"_s;
    case JobKind::Outline:
        return u"outline"_s;
    default:
        return u"scene"_s;
    }
}

bool isActive(JobStatus status)
{
    return status == JobStatus::Pending || status == JobStatus::Running;
}

/** A run's usage is its steps' usage. */
void addUpTokens(Job &run, const QList<Job> &steps)
{
    run.inputTokens = run.outputTokens = 0;
    for (const Job &step : steps) {
        run.inputTokens += step.inputTokens;
        run.outputTokens += step.outputTokens;
    }
}

qint64 tokensOf(const QString &text)
{
    return (text.toUtf8().size() + 3) / 4; // about four bytes a token, for English text
}
} // namespace

StoryEngine::StoryEngine(Database &database, LibraryNotifier *notifier, JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_queue(queue)
{
    if (m_queue) {
        // Whichever step ends, its run looks at what comes next (a queued call: the queue is
        // still inside its own signal).
        auto onStep = [this](const Job &job) {
            if (job.parentId.isEmpty()) {
                return;
            }
            const QString runId = job.parentId;
            QTimer::singleShot(0, this, [this, runId] {
                if (const Result<Job> run = advance(runId); !run) {
                    qCWarning(lcGeneration) << "could not advance run" << runId << ":" << run.error().message;
                }
            });
        };
        connect(m_queue, &JobQueue::jobFinished, this, onStep);
    }
}

QList<JobKind> StoryEngine::stepsOf(const QString &step)
{
    if (step == u"all"_s) {
        return {JobKind::Characters, JobKind::Outline, JobKind::SceneDraft};
    }
    if (step == u"characters"_s) {
        return {JobKind::Characters};
    }
    if (step == u"outline"_s) {
        return {JobKind::Outline};
    }
    if (step == u"scenes"_s) {
        return {JobKind::SceneDraft};
    }
    return {};
}

Result<Job> StoryEngine::develop(const DevelopRequest &request)
{
    const Result<Script> script = ScriptStore(m_database).get(request.scriptId);
    if (!script) {
        return script.error();
    }
    const QList<JobKind> steps = stepsOf(request.step);
    if (steps.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"unknown step \"%1\": use characters, outline, scenes or all"_s.arg(request.step));
    }
    if (request.scenes < 0 || request.scenes > kMaxScenes) {
        return makeError(ErrorCode::InvalidInput,
                         u"the number of scenes must be between 1 and %1"_s.arg(kMaxScenes));
    }
    if (request.parallel < 1 || request.parallel > kMaxParallel) {
        return makeError(ErrorCode::InvalidInput,
                         u"parallel must be between 1 and %1"_s.arg(kMaxParallel));
    }
    if (!m_queue) {
        return makeError(ErrorCode::Internal, u"no job queue to run the story engine's steps"_s);
    }
    const Result<std::optional<Job>> unfinished = unfinishedRun(request.scriptId);
    if (!unfinished) {
        return unfinished.error();
    }
    if (*unfinished && (*unfinished)->status != JobStatus::Cancelled && (*unfinished)->status != JobStatus::Failed) {
        return makeError(ErrorCode::InvalidInput,
                         u"script %1 already has a run that did not finish (job %2, %3): resume it or cancel it first"_s
                             .arg(request.scriptId)
                             .arg((*unfinished)->id, toId((*unfinished)->status)));
    }
    int baseVersion = 0;
    if (const Result<ScriptVersion> newest = VersionStore(m_database).get(request.scriptId)) {
        baseVersion = newest->number;
    }
    if (!steps.contains(JobKind::Outline) && steps.contains(JobKind::SceneDraft)) {
        const Result<QList<Scene>> scenes = SceneStore(m_database).list(request.scriptId, baseVersion);
        if (baseVersion == 0 || !scenes || scenes->isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             u"script %1 has no version with scenes to write: run the outline step first"_s.arg(request.scriptId));
        }
    }

    GenerationRequest asked;
    asked.kind = JobKind::Develop;
    asked.scriptId = request.scriptId;
    asked.prompt = request.prompt;
    asked.step = request.step;
    asked.scenes = request.scenes > 0 ? request.scenes : StoryPrompts::defaultSceneCount(script->format);
    asked.parallel = request.parallel;
    asked.review = request.review;
    Result<Job> built = JobBuilder(m_database).pending(asked, m_queue->provider());
    if (!built) {
        return built.error();
    }
    Job run = *built;
    run.scriptId = request.scriptId;
    run.baseVersion = baseVersion;
    run.status = JobStatus::Running; // never claimed: its steps run
    run.startedAt = QDateTime::currentDateTimeUtc();
    const Result<Job> stored = JobStore(m_database, m_notifier).create(run);
    if (!stored) {
        return stored;
    }
    Q_EMIT runChanged(*stored);
    return advance(stored->id);
}

Result<Job> StoryEngine::runOf(const QString &runId) const
{
    Result<Job> run = JobStore(m_database).get(runId);
    if (run && run->kind != JobKind::Develop) {
        return makeError(ErrorCode::InvalidInput, u"job %1 is not a develop run"_s.arg(runId));
    }
    return run;
}

Result<Job> StoryEngine::addStep(const Job &run, JobKind kind, int sceneNumber, int baseVersion)
{
    const GenerationRequest runRequest = requestOf(run);
    GenerationRequest asked;
    asked.kind = kind;
    asked.scriptId = run.scriptId;
    asked.scenes = runRequest.scenes;
    asked.review = runRequest.review && kind == JobKind::Characters;
    Job step;
    step.kind = kind;
    step.status = JobStatus::Pending;
    step.scriptId = run.scriptId;
    step.parentId = run.id;
    step.sceneNumber = sceneNumber;
    step.baseVersion = baseVersion;
    step.provider = run.provider;
    step.model = run.model;
    step.baseUrl = run.baseUrl;
    step.request = QString::fromUtf8(QJsonDocument(asked.toJson()).toJson(QJsonDocument::Compact));
    // Another process advancing the same run may have added it a moment ago: the unique index
    // refuses the second row, which is what we want.
    return JobStore(m_database, m_notifier).create(step);
}

Result<Job> StoryEngine::endRun(Job run, JobStatus status, const QString &error)
{
    JobStore jobs(m_database, m_notifier);
    const JobStatus was = run.status;
    if (const Result<QList<Job>> steps = jobs.children(run.id)) {
        addUpTokens(run, *steps);
    }
    run.status = status;
    run.error = error;
    run.completedAt = QDateTime::currentDateTimeUtc();
    const Result<std::optional<Job>> ended = jobs.transition(run, {was});
    if (!ended) {
        return ended.error();
    }
    const Result<Job> now = *ended ? Result<Job>(**ended) : jobs.get(run.id);
    if (*ended && status == JobStatus::Failed) {
        stopSteps(run.id); // the run cannot complete: the steps still going (in parallel) stop with it
    }
    if (now) {
        Q_EMIT runChanged(*now);
    }
    return now;
}

Result<Job> StoryEngine::advance(const QString &runId)
{
    JobStore jobs(m_database, m_notifier);
    Result<Job> loaded = runOf(runId);
    if (!loaded) {
        return loaded;
    }
    const Job run = *loaded;
    if (run.status != JobStatus::Running) {
        return run;
    }
    Q_EMIT runChanged(run); // a step of it ended, or the writer looked again
    if (!ScriptStore(m_database).get(run.scriptId)) {
        return endRun(run, JobStatus::Failed, u"The script was deleted; the run stopped. What its steps received "
                                              "stays on them."_s);
    }
    const GenerationRequest request = requestOf(run);
    const Result<QList<Job>> loadedSteps = jobs.children(runId);
    if (!loadedSteps) {
        return loadedSteps.error();
    }
    const QList<Job> &steps = *loadedSteps;
    auto find = [&steps](JobKind kind) -> const Job * {
        for (const Job &s : steps) {
            if (s.kind == kind) {
                return &s;
            }
        }
        return nullptr;
    };

    int outlineVersion = run.baseVersion;
    const QList<JobKind> kinds = stepsOf(request.step);
    for (const JobKind kind : kinds) {
        if (kind != JobKind::SceneDraft) {
            const Job *step = find(kind);
            if (!step && request.review && kind != kinds.first()) {
                Q_EMIT runChanged(run);
                return run; // the writer looks at what the step before made; goOn() adds this one
            }
            if (!step) {
                if (const Result<Job> added = addStep(run, kind, 0, 0); !added) {
                    qCInfo(lcGeneration) << "run" << runId << "step not added:" << added.error().message;
                }
                Q_EMIT runChanged(run);
                return run;
            }
            switch (step->status) {
            case JobStatus::Completed:
                break;
            case JobStatus::Failed:
                return endRun(run, JobStatus::Failed, u"The %1 step failed: %2"_s.arg(stepName(kind), step->error));
            case JobStatus::Cancelled:
                return cancel(runId);
            default:
                return run; // still going, or interrupted (resume() requeues it)
            }
            if (kind == JobKind::Outline) {
                const Result<std::optional<ScriptVersion>> made = VersionStore(m_database).forJob(step->id);
                if (!made) {
                    return made.error();
                }
                if (!*made) {
                    return endRun(run, JobStatus::Failed, u"The outline step completed without an outline version."_s);
                }
                outlineVersion = (*made)->number;
            }
            continue;
        }

        QHash<int, const Job *> drafts;
        int active = 0;
        for (const Job &s : steps) {
            if (s.kind == JobKind::SceneDraft) {
                drafts.insert(s.sceneNumber, &s);
                active += isActive(s.status) ? 1 : 0;
                outlineVersion = s.baseVersion; // the outline the writer let go on (the same for all)
            }
        }
        if (drafts.isEmpty() && request.review && kind != kinds.first()) {
            Q_EMIT runChanged(run);
            return run; // the writer edits the outline first; goOn() writes the scenes
        }
        const Result<QList<Scene>> scenes = SceneStore(m_database).list(run.scriptId, outlineVersion);
        if (!scenes || scenes->isEmpty()) {
            return endRun(run, JobStatus::Failed,
                          u"Version %1 has no scenes to write; the run stopped."_s.arg(outlineVersion));
        }
        bool done = true;
        bool blocked = false; // in order: a scene waits for the ones before it
        for (qsizetype i = 0; i < scenes->size(); ++i) {
            if (scenes->at(i).locked) {
                continue;
            }
            const int number = int(i + 1);
            if (const Job *draft = drafts.value(number)) {
                switch (draft->status) {
                case JobStatus::Completed:
                    continue;
                case JobStatus::Failed:
                    return endRun(run, JobStatus::Failed, u"Scene %1 failed: %2"_s.arg(number).arg(draft->error));
                case JobStatus::Cancelled:
                    return cancel(runId);
                default:
                    done = false;
                    blocked = blocked || request.parallel == 1;
                    continue;
                }
            }
            done = false;
            if (blocked || active >= request.parallel) {
                continue;
            }
            if (const Result<Job> added = addStep(run, JobKind::SceneDraft, number, outlineVersion); !added) {
                qCInfo(lcGeneration) << "run" << runId << "scene" << number << "not added:" << added.error().message;
            }
            ++active;
            blocked = request.parallel == 1;
        }
        if (!done) {
            Q_EMIT runChanged(run);
            return run;
        }
        return assemble(run, steps, outlineVersion);
    }
    return endRun(run, JobStatus::Completed, {});
}

Result<std::optional<JobKind>> StoryEngine::awaiting(const QString &runId) const
{
    const Result<Job> run = runOf(runId);
    if (!run) {
        return run.error();
    }
    const GenerationRequest request = requestOf(*run);
    if (run->status != JobStatus::Running || !request.review) {
        return std::optional<JobKind>{};
    }
    const Result<QList<Job>> steps = JobStore(m_database).children(runId);
    if (!steps) {
        return steps.error();
    }
    const QList<JobKind> kinds = stepsOf(request.step);
    for (qsizetype i = 1; i < kinds.size(); ++i) {
        auto has = [&steps](JobKind kind, bool completed) {
            return std::any_of(steps->cbegin(), steps->cend(), [kind, completed](const Job &s) {
                return s.kind == kind && (!completed || s.status == JobStatus::Completed);
            });
        };
        if (!has(kinds[i], false)) {
            return has(kinds[i - 1], true) ? std::optional<JobKind>(kinds[i]) : std::optional<JobKind>{};
        }
    }
    return std::optional<JobKind>{};
}

Result<Job> StoryEngine::goOn(const QString &runId, int fromVersion)
{
    const Result<std::optional<JobKind>> next = awaiting(runId);
    if (!next) {
        return next.error();
    }
    const Result<Job> run = runOf(runId);
    if (!run) {
        return run;
    }
    if (!*next) {
        return makeError(ErrorCode::InvalidInput, u"run %1 is not waiting for the writer"_s.arg(runId));
    }
    if (**next == JobKind::Outline) {
        // The cast the writer did not drop is the cast the outline is written for.
        if (Result<void> kept = ScriptStore(m_database, m_notifier).keepProposed(run->scriptId); !kept) {
            return kept.error();
        }
        if (const Result<Job> added = addStep(*run, JobKind::Outline, 0, 0); !added) {
            return added.error();
        }
        return advance(runId);
    }
    // The scenes are written from the script's newest version: the outline as the writer left it.
    const Result<ScriptVersion> newest = VersionStore(m_database).get(run->scriptId, fromVersion);
    if (!newest) {
        return newest.error();
    }
    const Result<QList<Scene>> scenes = SceneStore(m_database).list(run->scriptId, newest->number);
    if (!scenes) {
        return scenes.error();
    }
    int first = 0;
    for (qsizetype i = 0; i < scenes->size() && first == 0; ++i) {
        first = scenes->at(i).locked ? 0 : int(i + 1);
    }
    if (first == 0) {
        return makeError(ErrorCode::InvalidInput,
                         scenes->isEmpty() ? u"version %1 has no scenes to write"_s.arg(newest->number)
                                           : u"every scene of version %1 is locked: nothing to write"_s.arg(newest->number));
    }
    if (const Result<Job> added = addStep(*run, JobKind::SceneDraft, first, newest->number); !added) {
        return added.error();
    }
    return advance(runId);
}

Result<Job> StoryEngine::assemble(Job run, const QList<Job> &steps, int outlineVersion)
{
    VersionStore versions(m_database);
    const Result<ScriptVersion> outline = versions.get(run.scriptId, outlineVersion);
    if (!outline) {
        return endRun(run, JobStatus::Failed, u"The outline (version %1) was deleted; the run stopped."_s.arg(outlineVersion));
    }
    const Result<QList<Scene>> scenes = SceneStore(m_database).list(run.scriptId, outlineVersion);
    if (!scenes) {
        return scenes.error();
    }
    QHash<int, QString> written;
    for (const Job &s : steps) {
        if (s.kind == JobKind::SceneDraft && s.status == JobStatus::Completed) {
            written.insert(s.sceneNumber, s.result);
        }
    }
    const SceneSplit split = SceneSplitter::split(outline->content);
    QString content = split.preamble;
    QList<Scene> given;
    for (qsizetype i = 0; i < scenes->size(); ++i) {
        const Scene &scene = scenes->at(i);
        if (!content.isEmpty() && !content.endsWith(u"\n\n"_s)) {
            content += content.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s;
        }
        if (scene.locked) {
            content += scene.content; // as the writer locked it, byte for byte
        } else {
            QString text = written.value(int(i + 1));
            while (text.endsWith(u'\n') || text.endsWith(u' ')) {
                text.chop(1);
            }
            // The outline's synopsis stays under the heading (it prints nothing): the scene's
            // card keeps saying what the scene is for.
            if (const QString synopsis = StoryOutline::synopsisOf(scene.content);
                !synopsis.isEmpty() && StoryOutline::synopsisOf(text).isEmpty()) {
                text = StoryOutline::withSynopsis(text, synopsis);
            }
            content += text + u'\n';
        }
        Scene carried = scene;
        carried.content.clear();
        given.append(carried);
    }
    JobStore::NewVersion made;
    made.version.scriptId = run.scriptId;
    made.version.content = content;
    made.version.origin = VersionOrigin::Developed;
    made.version.note = u"developed scene by scene from version %1: %2 scenes"_s.arg(outlineVersion).arg(scenes->size());
    made.version.parentNumber = outlineVersion;
    made.given = given;

    const Job running = run;
    run.status = JobStatus::Completed;
    run.error.clear();
    run.completedAt = QDateTime::currentDateTimeUtc();
    addUpTokens(run, steps);
    const Result<JobStore::Finished> finished = JobStore(m_database, m_notifier).finish(
        run, QString(), [&made](Job &) { return Result<JobStore::Outcome>(JobStore::Outcome{made, {}, false, {}}); });
    if (!finished) {
        return endRun(running, JobStatus::Failed,
                      u"The scenes could not be put together: %1"_s.arg(finished.error().message));
    }
    Q_EMIT runChanged(finished->job);
    return finished->job;
}

Result<Job> StoryEngine::cancel(const QString &runId)
{
    JobStore jobs(m_database, m_notifier);
    Result<Job> run = runOf(runId);
    if (!run) {
        return run;
    }
    const JobStatus was = run->status;
    if (was == JobStatus::Completed || was == JobStatus::Failed || was == JobStatus::Cancelled) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::JobNotCancellable, {runId, toId(was)},
                         u"job %1 is %2; only a run in progress can be cancelled"_s.arg(runId, toId(was)));
    }
    Job cancelled = *run;
    if (const Result<QList<Job>> steps = jobs.children(runId)) {
        addUpTokens(cancelled, *steps);
    }
    cancelled.status = JobStatus::Cancelled;
    cancelled.error = u"Cancelled by the writer."_s;
    cancelled.completedAt = QDateTime::currentDateTimeUtc();
    const Result<std::optional<Job>> marked = jobs.transition(cancelled, {was});
    if (!marked) {
        return marked.error();
    }
    stopSteps(runId);
    const Result<Job> now = jobs.get(runId);
    if (now) {
        Q_EMIT runChanged(*now);
    }
    return now;
}

void StoryEngine::stopSteps(const QString &runId)
{
    JobStore jobs(m_database, m_notifier);
    const Result<QList<Job>> steps = jobs.children(runId);
    if (!steps) {
        return;
    }
    // A running one wherever it runs; an interrupted one so that it is not resumed.
    for (const Job &step : *steps) {
        if (isActive(step.status) && m_queue) {
            if (const Result<Job> c = m_queue->cancel(step.id); !c) {
                qCInfo(lcGeneration) << "step" << step.id << "not cancelled:" << c.error().message;
            }
        } else if (step.status == JobStatus::Interrupted) {
            Job s = step;
            s.status = JobStatus::Cancelled;
            s.error = u"Cancelled with its run."_s;
            (void)jobs.transition(s, {JobStatus::Interrupted});
        }
    }
}

Result<Job> StoryEngine::resume(const QString &runId)
{
    JobStore jobs(m_database, m_notifier);
    Result<Job> run = runOf(runId);
    if (!run) {
        return run;
    }
    if (run->status == JobStatus::Completed) {
        return makeError(ErrorCode::InvalidInput, u"run %1 already completed; there is nothing to resume"_s.arg(runId));
    }
    // The run goes on first (so that nothing it requeues runs for a run that moved meanwhile);
    // completed steps are kept and never asked again, the others go back in the queue.
    if (run->status != JobStatus::Running) {
        Job going = *run;
        const JobStatus was = going.status;
        going.status = JobStatus::Running;
        going.error.clear();
        going.completedAt = {};
        const Result<std::optional<Job>> moved = jobs.transition(going, {was});
        if (!moved) {
            return moved.error();
        }
        if (!*moved) {
            return makeError(ErrorCode::InvalidInput, u"run %1 changed while it was being resumed; look at it again"_s.arg(runId));
        }
    }
    if (const Result<QList<Job>> steps = jobs.children(runId)) {
        for (const Job &step : *steps) {
            if (step.status == JobStatus::Interrupted || step.status == JobStatus::Failed
                || step.status == JobStatus::Cancelled) {
                const Result<Job> again = m_queue ? m_queue->retry(step.id) : Result<Job>(step);
                if (!again) {
                    return again.error();
                }
            }
        }
    }
    return advance(runId);
}

Result<std::optional<Job>> StoryEngine::unfinishedRun(qint64 scriptId) const
{
    const Result<QList<Job>> runs = JobStore(m_database).forScript(scriptId, JobKind::Develop);
    if (!runs) {
        return runs.error();
    }
    for (const Job &run : *runs) {
        if (run.status != JobStatus::Completed) {
            return std::optional<Job>(run);
        }
        return std::optional<Job>(); // the newest run completed
    }
    return std::optional<Job>();
}

Result<std::optional<ScriptVersion>> StoryEngine::versionOf(const Job &run) const
{
    VersionStore versions(m_database);
    Result<std::optional<ScriptVersion>> developed = versions.forJob(run.id);
    if (!developed || *developed) {
        return developed;
    }
    const Result<QList<Job>> steps = JobStore(m_database).children(run.id);
    if (!steps) {
        return steps.error();
    }
    for (const Job &step : *steps) {
        if (step.kind == JobKind::Outline) {
            return versions.forJob(step.id);
        }
    }
    return std::optional<ScriptVersion>();
}

Result<StoryEngine::Estimate> StoryEngine::estimate(const DevelopRequest &request) const
{
    const Result<Script> script = ScriptStore(m_database).get(request.scriptId);
    if (!script) {
        return script.error();
    }
    const QList<JobKind> steps = stepsOf(request.step);
    if (steps.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         u"unknown step \"%1\": use characters, outline, scenes or all"_s.arg(request.step));
    }
    const Result<QList<Character>> attached = CharacterStore(m_database).listForScript(request.scriptId);
    if (!attached) {
        return attached.error();
    }
    QList<Character> cast = *attached;
    const int sceneCount = request.scenes > 0 ? request.scenes : StoryPrompts::defaultSceneCount(script->format);
    auto promptTokens = [](const Prompt &p) {
        return tokensOf(p.systemText()) + tokensOf(p.user)
            + tokensOf(QString::fromUtf8(QJsonDocument(p.schema).toJson(QJsonDocument::Compact)));
    };
    Estimate out;
    // A proposed character: about 150 tokens of JSON; an outline scene about 90.
    constexpr int kCharacterTokens = 150;
    constexpr int kProposed = 4;
    constexpr int kOutlineSceneTokens = 90;
    if (steps.contains(JobKind::Characters)) {
        out.inputTokens += promptTokens(StoryPrompts::build(StoryPrompts::CastJob{*script, cast, request.prompt}));
        out.outputTokens += kProposed * kCharacterTokens;
        for (int i = 0; i < kProposed; ++i) {
            Character c;
            c.name = u"Proposed Character"_s;
            c.personality = c.goals = c.voice = c.backstory = QString(u'x').repeated(kCharacterTokens); // ~ a field's size
            cast.append(c);
        }
    }
    QList<OutlineScene> outline;
    if (steps.contains(JobKind::Outline)) {
        out.inputTokens += promptTokens(StoryPrompts::build(StoryPrompts::OutlineJob{*script, cast, sceneCount, request.prompt}));
        out.outputTokens += qint64(sceneCount) * kOutlineSceneTokens;
        for (int i = 0; i < sceneCount; ++i) {
            OutlineScene s;
            s.heading = u"INT. A PLACE IN THE STORY - DAY"_s;
            s.synopsis = QString(u'x').repeated(160);
            for (int c = 0; c < std::min<qsizetype>(2, cast.size()); ++c) {
                s.characters.append(cast[c].name);
            }
            outline.append(s);
        }
    } else if (steps.contains(JobKind::SceneDraft)) {
        const Result<QList<Scene>> scenes = SceneStore(m_database).list(request.scriptId);
        if (!scenes || scenes->isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             u"script %1 has no version with scenes to write: run the outline step first"_s.arg(request.scriptId));
        }
        outline = StoryOutline::fromScenes(*scenes);
    }
    if (steps.contains(JobKind::SceneDraft)) {
        const int perScene = StoryPrompts::sceneTokens(int(outline.size()));
        const QString sample = QString(u'x').repeated(perScene * 4);
        StoryPrompts::SceneDraftJob draft{*script, cast, outline, 0, QStringList(outline.size(), QString()), request.prompt};
        for (qsizetype i = 0; i < outline.size(); ++i) {
            if (outline[i].locked) {
                draft.written[i] = outline[i].content;
                continue;
            }
            draft.index = int(i);
            out.inputTokens += promptTokens(StoryPrompts::build(draft));
            out.outputTokens += perScene;
            if (request.parallel == 1) {
                draft.written[i] = sample; // the next scene sees this one
            }
        }
    }
    return out;
}

} // namespace Spielberg
