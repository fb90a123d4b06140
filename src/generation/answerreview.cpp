// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerreview.h"

#include "generationrequest.h"

#include <core/cueresolver.h>
#include <core/promptbuilder.h>
#include <core/scenegate.h>
#include <core/scenesplitter.h>
#include <core/storyprompts.h>
#include <core/storyschema.h>
#include <storage/characterstore.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

AnswerReview::AnswerReview(Database &database)
    : m_database(database)
{
}

QString AnswerReview::headingLine(const QString &sceneContent)
{
    for (const QString &line : sceneContent.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            return line.trimmed();
        }
    }
    return {};
}

AnswerReview::Review AnswerReview::review(const Job &job, const QString &answer) const
{
    Review out;
    out.text = answer;
    const bool story = isStoryStep(job.kind) || job.kind == JobKind::Scene;
    if (!story || job.scriptId == 0) {
        return out;
    }
    const Result<QList<Character>> cast = CharacterStore(m_database).listForScript(job.scriptId);
    QStringList names = cast ? namesOf(*cast) : QStringList();
    if (job.kind == JobKind::Characters) {
        const Result<QList<Character>> library = CharacterStore(m_database).list();
        const StorySchema::CastAnswer read = StorySchema::readCast(answer, library ? namesOf(*library) : QStringList());
        out.json = true;
        out.problems = read.problems;
        out.usable = read.usable;
        out.text = StorySchema::jsonText(answer);
        return out;
    }
    if (job.kind == JobKind::Outline) {
        const GenerationRequest request = GenerationRequest::fromJson(QJsonDocument::fromJson(job.request.toUtf8()).object());
        int expected = request.scenes;
        if (expected <= 0) {
            const Result<Script> script = ScriptStore(m_database).get(job.scriptId);
            expected = StoryPrompts::defaultSceneCount(script ? script->format : u"screenplay"_s);
        }
        const StorySchema::OutlineAnswer read = StorySchema::readOutline(answer, expected, names);
        out.json = true;
        out.problems = read.problems;
        out.usable = read.usable;
        out.text = StorySchema::jsonText(answer);
        return out;
    }
    if (job.kind == JobKind::Scene) {
        // A scene of a script written by hand: the names it already uses are known too (an
        // imported script often has no bible at all).
        if (const Result<QList<Scene>> scenes = SceneStore(m_database).list(job.scriptId, job.baseVersion)) {
            for (const Scene &s : *scenes) {
                for (const QString &speaker : PromptBuilder::speakers(s.content)) {
                    if (!names.contains(speaker, Qt::CaseInsensitive)) {
                        names.append(speaker);
                    }
                }
            }
        }
    }
    const CueResolver resolver(names);
    out.problems = SceneGate::problems(answer, resolver);
    if (job.kind == JobKind::SceneDraft) {
        QString heading;
        if (const Result<QList<Scene>> scenes = SceneStore(m_database).list(job.scriptId, job.baseVersion);
            scenes && job.sceneNumber >= 1 && job.sceneNumber <= scenes->size()) {
            heading = headingLine(scenes->at(job.sceneNumber - 1).content);
        }
        out.text = SceneGate::clean(answer, heading);
        // Under its heading there must be something: a scene that came back empty fails.
        out.usable = !SceneSplitter::split(out.text).scenes.isEmpty()
            && out.text.trimmed().size() > heading.size() && !answer.trimmed().isEmpty();
    } else {
        out.usable = !answer.trimmed().isEmpty();
    }
    return out;
}

} // namespace Spielberg
