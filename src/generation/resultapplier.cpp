// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultapplier.h"

#include <core/fountainparser.h>
#include <core/promptbuilder.h>
#include <core/scenesplitter.h>
#include <storage/scenestore.h>
#include <storage/versionstore.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

ResultApplier::ResultApplier(Database &database, LibraryNotifier *notifier)
    : m_database(database)
    , m_notifier(notifier)
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

Result<std::optional<ScriptVersion>> ResultApplier::apply(const Job &job, const QString &text)
{
    if (job.kind == u"quick"_s) {
        return std::optional<ScriptVersion>();
    }
    VersionStore versions(m_database, m_notifier);
    const Result<std::optional<ScriptVersion>> existing = versions.forJob(job.id);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return existing;
    }
    if (job.scriptId == 0) {
        return makeError(ErrorCode::NotFound, u"the job's script was deleted; its text stays on the job"_s);
    }
    const QString prompt = QJsonDocument::fromJson(job.request.toUtf8()).object().value(u"prompt"_s).toString().simplified();
    const QString note = prompt.isEmpty() ? u"generated"_s
                                          : (prompt.size() > 80 ? prompt.left(77) + u"..."_s : prompt);
    if (job.kind == u"scene"_s) {
        const Result<Scene> scene = SceneStore(m_database).get(job.sceneId);
        if (!scene) {
            return scene.error();
        }
        const Result<ScriptVersion> base = versions.byId(scene->versionId);
        if (!base) {
            return base.error();
        }
        const Result<QString> content = replaceScene(base->content, scene->number - 1, text);
        if (!content) {
            return content.error();
        }
        Result<ScriptVersion> made = versions.create(job.scriptId, *content, u"scene_regenerated"_s,
                                                     u"scene %1: %2"_s.arg(scene->number).arg(note), job.id, base->number);
        if (!made) {
            return made.error();
        }
        return std::optional<ScriptVersion>(std::move(made).value());
    }
    const QString fountain = PromptBuilder::extractFountain(text);
    if (fountain.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"the model returned no text"_s);
    }
    Result<ScriptVersion> made = versions.create(job.scriptId, fountain, u"generated"_s, note, job.id, job.baseVersion);
    if (!made) {
        return made.error();
    }
    return std::optional<ScriptVersion>(std::move(made).value());
}

} // namespace Spielberg
