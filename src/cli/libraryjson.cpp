// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryjson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject LibraryJson::character(const Character &c)
{
    return {{u"id"_s, c.id},
            {u"owner"_s, c.owner},
            {u"name"_s, c.name},
            {u"personality"_s, c.personality},
            {u"goals"_s, c.goals},
            {u"voice"_s, c.voice},
            {u"backstory"_s, c.backstory},
            {u"created_at"_s, time(c.createdAt)},
            {u"updated_at"_s, time(c.updatedAt)}};
}

QJsonObject LibraryJson::script(const Script &s)
{
    return {{u"id"_s, s.id},
            {u"owner"_s, s.owner},
            {u"title"_s, s.title},
            {u"logline"_s, s.logline},
            {u"genre"_s, s.genre},
            {u"tone"_s, s.tone},
            {u"format"_s, s.format},
            {u"created_at"_s, time(s.createdAt)},
            {u"updated_at"_s, time(s.updatedAt)}};
}

QJsonObject LibraryJson::script(const Script &s, const QList<Character> &characters)
{
    QJsonObject out = script(s);
    out.insert(u"characters"_s, array(characters, &LibraryJson::character));
    return out;
}

QJsonObject LibraryJson::job(const Job &j, int versionNumber)
{
    const QJsonDocument request = QJsonDocument::fromJson(j.request.toUtf8());
    QJsonObject out{{u"id"_s, j.id},
                    {u"owner"_s, j.owner},
                    {u"kind"_s, toId(j.kind)},
                    {u"status"_s, toId(j.status)},
                    {u"script_id"_s, j.scriptId > 0 ? QJsonValue(j.scriptId) : QJsonValue()},
                    {u"scene_id"_s, j.sceneId > 0 ? QJsonValue(j.sceneId) : QJsonValue()},
                    {u"base_version"_s, j.baseVersion > 0 ? QJsonValue(j.baseVersion) : QJsonValue()},
                    {u"request"_s, request.isObject() ? QJsonValue(request.object()) : QJsonValue(j.request)},
                    {u"provider"_s, j.provider},
                    {u"model"_s, j.model},
                    {u"base_url"_s, j.baseUrl},
                    {u"partial"_s, j.partial},
                    {u"result"_s, j.result},
                    {u"error"_s, j.error},
                    {u"attempts"_s, j.attempts},
                    {u"input_tokens"_s, j.inputTokens},
                    {u"output_tokens"_s, j.outputTokens},
                    {u"request_ids"_s, QJsonArray::fromStringList(j.requestIds)},
                    {u"stop_reason"_s, j.stopReason},
                    {u"runner"_s, j.runner},
                    {u"heartbeat_at"_s, time(j.heartbeatAt)},
                    {u"created_at"_s, time(j.createdAt)},
                    {u"started_at"_s, time(j.startedAt)},
                    {u"completed_at"_s, time(j.completedAt)},
                    {u"parent_id"_s, j.parentId.isEmpty() ? QJsonValue() : QJsonValue(j.parentId)},
                    {u"scene_number"_s, j.sceneNumber > 0 ? QJsonValue(j.sceneNumber) : QJsonValue()},
                    {u"findings"_s, QJsonArray::fromStringList(j.findings)},
                    {u"takes"_s, QJsonArray::fromStringList(j.takes)}};
    if (versionNumber > 0) {
        out.insert(u"version_number"_s, versionNumber);
    }
    if (!j.conflict.isEmpty()) {
        // A scene result that was not applied: no version, and why (README, "The command line").
        out.insert(u"version_number"_s, QJsonValue());
        out.insert(u"conflict"_s, j.conflict);
    }
    return out;
}

QJsonObject LibraryJson::version(const ScriptVersion &v)
{
    return {{u"id"_s, v.id},
            {u"script_id"_s, v.scriptId},
            {u"number"_s, v.number},
            {u"content"_s, v.content},
            {u"origin"_s, toId(v.origin)},
            {u"note"_s, v.note},
            {u"job_id"_s, v.jobId.isEmpty() ? QJsonValue() : QJsonValue(v.jobId)},
            {u"parent_number"_s, v.parentNumber > 0 ? QJsonValue(v.parentNumber) : QJsonValue()},
            {u"created_at"_s, time(v.createdAt)}};
}

QJsonObject LibraryJson::scene(const Scene &s)
{
    return {{u"id"_s, s.id},
            {u"version_id"_s, s.versionId},
            {u"number"_s, s.number},
            {u"setting"_s, s.setting},
            {u"goal"_s, s.goal},
            {u"tension"_s, s.tension},
            {u"tone"_s, s.tone},
            {u"content"_s, s.content},
            {u"locked"_s, s.locked},
            {u"color"_s, s.color}};
}

QJsonObject LibraryJson::step(const Job &j)
{
    return {{u"id"_s, j.id},
            {u"kind"_s, toId(j.kind)},
            {u"status"_s, toId(j.status)},
            {u"scene_number"_s, j.sceneNumber > 0 ? QJsonValue(j.sceneNumber) : QJsonValue()}};
}

QJsonObject LibraryJson::finding(const ContinuityFinding &f)
{
    return {{u"kind"_s, f.kind}, {u"scene"_s, f.scene > 0 ? QJsonValue(f.scene) : QJsonValue()}, {u"detail"_s, f.detail}};
}

QJsonObject LibraryJson::searchHit(const SearchHit &hit)
{
    return {{u"kind"_s, hit.kind},
            {u"id"_s, hit.id},
            {u"script_id"_s, hit.scriptId > 0 ? QJsonValue(hit.scriptId) : QJsonValue()},
            {u"title"_s, hit.title},
            {u"snippet"_s, hit.snippet},
            {u"rank"_s, hit.rank}};
}

QJsonArray LibraryJson::diff(const QList<DiffLine> &lines)
{
    QJsonArray out;
    for (const DiffLine &line : lines) {
        out.append(QJsonObject{{u"op"_s, LineDiff::opName(line.op)}, {u"text"_s, line.text}});
    }
    return out;
}

} // namespace Spielberg
