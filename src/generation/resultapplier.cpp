// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultapplier.h"
#include "generationrequest.h"

#include <core/storyoutline.h>
#include <core/storyschema.h>
#include <storage/characterstore.h>
#include <storage/scriptstore.h>

#include <core/fountainparser.h>
#include <core/promptbuilder.h>
#include <core/scenesplitter.h>
#include <storage/scenestore.h>
#include <storage/versionstore.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

ResultApplier::ResultApplier(Database &database)
    : m_database(database)
{
}

Result<QString> ResultApplier::replaceScene(const QString &base, int index, const QString &scene)
{
    const SceneSplit split = SceneSplitter::split(base);
    if (index < 0 || index >= split.scenes.size()) {
        return makeError(ErrorCode::NotFound, u"the version has no scene %1"_s.arg(index + 1));
    }
    const QString old = split.scenes[index].content;
    // The old scene's trailing line breaks separate it from the next heading: keep them.
    qsizetype keep = old.size();
    while (keep > 0 && (old[keep - 1] == u'\n' || old[keep - 1] == u'\r')) {
        --keep;
    }
    const QString separator = old.mid(keep);
    QString body = PromptBuilder::extractFountain(scene);
    while (body.endsWith(u'\n')) {
        body.chop(1);
    }
    if (body.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"the model returned an empty scene"_s);
    }
    // The scene must open with a heading, or it would merge into the scene before.
    if (SceneSplitter::split(body + u"\n"_s).scenes.isEmpty()) {
        const qsizetype eol = old.indexOf(u'\n');
        body = old.left(eol < 0 ? old.size() : eol) + u"\n\n"_s + body;
    }
    QString out = split.preamble;
    for (qsizetype i = 0; i < split.scenes.size(); ++i) {
        out += i == index ? body + (separator.isEmpty() && i + 1 < split.scenes.size() ? u"\n\n"_s : separator)
                          : split.scenes[i].content;
    }
    return out;
}

Result<JobStore::Outcome> ResultApplier::resolve(Job &job, const QString &text) const
{
    using Made = JobStore::Outcome;
    if (job.kind == JobKind::Quick || job.kind == JobKind::SceneDraft) {
        return Made(); // a scene draft waits on the job until its run puts the scenes together
    }
    if (job.scriptId == 0 || !ScriptStore(m_database).get(job.scriptId)) {
        return makeError(ErrorCode::NotFound, u"the job's script was deleted; its text stays on the job"_s);
    }
    if (job.kind == JobKind::Characters) {
        return resolveCast(job, text);
    }
    if (job.kind == JobKind::Outline) {
        return resolveOutline(job, text);
    }
    if (job.kind == JobKind::Scene && job.takes.size() > 1) {
        return Made(); // takes wait for the writer to choose one
    }
    VersionStore versions(m_database);
    const Result<ScriptVersion> newest = versions.get(job.scriptId);
    if (!newest && newest.error().code != ErrorCode::NotFound) {
        return newest.error();
    }
    const QString prompt = QJsonDocument::fromJson(job.request.toUtf8()).object().value(u"prompt"_s).toString().simplified();
    QString note = prompt.isEmpty() ? u"generated"_s : (prompt.size() > 80 ? prompt.left(77) + u"..."_s : prompt);

    if (job.kind == JobKind::Scene) {
        if (job.sceneId == 0) {
            return makeError(ErrorCode::NotFound,
                             u"the version this scene job started from was deleted; its text stays on the job"_s);
        }
        const Result<Scene> scene = SceneStore(m_database).get(job.sceneId);
        if (!scene) {
            return scene.error();
        }
        const Result<ScriptVersion> base = versions.byId(scene->versionId);
        if (!base) {
            return base.error();
        }
        if (!newest) {
            return newest.error();
        }
        const int baseIndex = scene->number - 1;
        int index = baseIndex;
        if (newest->number != base->number) {
            const Rebase rebase = rebaseScene(base->content, baseIndex, newest->content, base->number, newest->number);
            if (!rebase.conflict.isEmpty()) {
                job.conflict = rebase.conflict;
                return Made();
            }
            index = rebase.index;
            note += u" (based on version %1)"_s.arg(base->number);
        }
        const Result<QList<Scene>> newestScenes = SceneStore(m_database).list(job.scriptId, newest->number);
        if (newestScenes && index < newestScenes->size() && newestScenes->at(index).locked) {
            job.conflict = u"scene %1 is locked in version %2; unlock it to take this text"_s.arg(index + 1).arg(newest->number);
            return Made();
        }
        const Result<QString> content = replaceScene(newest->content, index, text);
        if (!content) {
            return content.error();
        }
        JobStore::NewVersion made;
        made.version.scriptId = job.scriptId;
        made.version.content = *content;
        made.version.origin = VersionOrigin::SceneRegenerated;
        made.version.note = u"scene %1: %2"_s.arg(index + 1).arg(note);
        made.version.parentNumber = newest->number;
        made.sameScenes.insert(index, index);
        return Made{std::move(made), {}, false, {}};
    }
    const QString fountain = PromptBuilder::extractFountain(text);
    if (fountain.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"the model returned no text"_s);
    }
    if (newest && job.baseVersion > 0 && newest->number != job.baseVersion) {
        note += u" (based on version %1; version %2 was newer when it finished)"_s.arg(job.baseVersion).arg(newest->number);
    }
    JobStore::NewVersion made;
    made.version.scriptId = job.scriptId;
    made.version.content = fountain;
    made.version.origin = VersionOrigin::Generated;
    made.version.note = note;
    made.version.parentNumber = job.baseVersion;
    return Made{std::move(made), {}, false, {}};
}

Result<JobStore::Outcome> ResultApplier::resolveCast(Job &job, const QString &text) const
{
    CharacterStore characters(m_database);
    const Result<QList<Character>> library = characters.list();
    if (!library) {
        return library.error();
    }
    const StorySchema::CastAnswer cast = StorySchema::readCast(text, namesOf(*library));
    if (!cast.usable) {
        return makeError(ErrorCode::InvalidInput, u"the cast answer could not be used: %1"_s.arg(cast.problems.value(0)));
    }
    JobStore::Outcome out;
    // A name the library already has (case-insensitively) is attached, never added twice.
    for (const QString &name : cast.existing) {
        for (const Character &c : *library) {
            if (c.name == name) {
                out.attach.append(c.id);
                job.findings.append(u"%1 was already in the character library: attached as it is, not added again"_s.arg(name));
                break;
            }
        }
    }
    for (const Character &proposed : cast.characters) {
        const Result<Character> stored = characters.create(proposed);
        if (!stored) {
            return stored.error();
        }
        out.attach.append(stored->id);
        out.made.append(stored->id);
    }
    // A run that waits for the writer proposes its cast: kept, edited or dropped before the outline.
    out.propose = GenerationRequest::fromJson(QJsonDocument::fromJson(job.request.toUtf8()).object()).review;
    return out;
}

Result<JobStore::Outcome> ResultApplier::resolveOutline(Job &job, const QString &text) const
{
    const Result<QList<Character>> cast = CharacterStore(m_database).listForScript(job.scriptId);
    if (!cast) {
        return cast.error();
    }
    const QStringList names = namesOf(*cast);
    const int expected = QJsonDocument::fromJson(job.request.toUtf8()).object().value(u"scenes"_s).toInt();
    const StorySchema::OutlineAnswer outline = StorySchema::readOutline(text, expected, names);
    if (!outline.usable) {
        return makeError(ErrorCode::InvalidInput, u"the outline could not be used: %1"_s.arg(outline.problems.value(0)));
    }
    const Result<ScriptVersion> newest = VersionStore(m_database).get(job.scriptId);
    JobStore::NewVersion made;
    made.version.scriptId = job.scriptId;
    made.version.content = StoryOutline::toFountain(outline.scenes);
    made.version.origin = VersionOrigin::Outlined;
    made.version.note = u"outline: %1 scenes"_s.arg(outline.scenes.size());
    made.version.parentNumber = newest ? newest->number : 0;
    for (const OutlineScene &o : outline.scenes) {
        Scene scene;
        scene.setting = o.heading.toUpper();
        scene.goal = o.goal;
        scene.tension = o.tension;
        scene.tone = o.tone;
        made.given.append(scene);
    }
    return JobStore::Outcome{std::move(made), {}, false, {}};
}

ResultApplier::Rebase ResultApplier::rebaseScene(const QString &base, int index, const QString &newest,
                                                 int baseNumber, int newestNumber)
{
    const SceneSplit from = SceneSplitter::split(base);
    const SceneSplit to = SceneSplitter::split(newest);
    Rebase out;
    if (index < 0 || index >= from.scenes.size()) {
        out.conflict = u"version %1 has no scene %2"_s.arg(baseNumber).arg(index + 1);
        return out;
    }
    QStringList fromHeadings, toHeadings;
    for (const SplitScene &s : from.scenes) {
        fromHeadings.append(s.heading);
    }
    for (const SplitScene &s : to.scenes) {
        toHeadings.append(s.heading);
    }
    const QList<int> matches = SceneSplitter::matchHeadings(fromHeadings, toHeadings);
    out.index = int(matches.indexOf(index));
    const QString heading = from.scenes[index].heading;
    if (out.index < 0) {
        out.conflict = u"scene %1 (%2) is no longer in version %3: it was removed or its heading changed "
                       "after this job started from version %4"_s.arg(index + 1).arg(heading).arg(newestNumber).arg(baseNumber);
        return out;
    }
    // The blank lines after a scene belong to the gap before the next: compare the text alone.
    auto body = [](QString text) {
        while (!text.isEmpty() && (text.back() == u'\n' || text.back() == u'\r' || text.back() == u' ')) {
            text.chop(1);
        }
        return text;
    };
    if (body(from.scenes[index].content) != body(to.scenes[out.index].content)) {
        out.conflict = u"scene %1 (%2) was changed in version %3 after this job started from version %4; "
                       "the new text is kept on the job"_s.arg(out.index + 1).arg(heading).arg(newestNumber).arg(baseNumber);
    }
    return out;
}

} // namespace Spielberg
