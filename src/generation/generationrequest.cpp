// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationrequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Spielberg {

QJsonObject GenerationRequest::toJson() const
{
    QJsonObject o{{u"prompt"_s, prompt}};
    if (kind == JobKind::Quick) {
        o.insert(u"format"_s, format);
        o.insert(u"genre"_s, genre);
        o.insert(u"tone"_s, tone);
        QJsonArray ids;
        for (qint64 id : characterIds) {
            ids.append(id);
        }
        o.insert(u"characters"_s, ids);
    }
    if (!continueJob.isEmpty()) {
        o.insert(u"continue_job"_s, continueJob);
    }
    if (kind == JobKind::Develop) {
        o.insert(u"step"_s, step);
        o.insert(u"parallel"_s, parallel);
    }
    if (kind == JobKind::Develop || kind == JobKind::Outline) {
        o.insert(u"scenes"_s, scenes);
    }
    if ((kind == JobKind::Develop || kind == JobKind::Characters) && review) {
        o.insert(u"review"_s, true);
    }
    if (kind == JobKind::Scene && takes > 1) {
        o.insert(u"takes"_s, takes);
    }
    return o;
}

GenerationRequest GenerationRequest::fromJson(const QJsonObject &o)
{
    GenerationRequest r;
    r.prompt = o.value(u"prompt"_s).toString();
    r.format = o.value(u"format"_s).toString(u"screenplay"_s);
    r.genre = o.value(u"genre"_s).toString();
    r.tone = o.value(u"tone"_s).toString();
    for (const QJsonValue &v : o.value(u"characters"_s).toArray()) {
        r.characterIds.append(v.toInteger());
    }
    r.continueJob = o.value(u"continue_job"_s).toString();
    r.step = o.value(u"step"_s).toString(u"all"_s);
    r.scenes = o.value(u"scenes"_s).toInt();
    r.parallel = std::max(1, o.value(u"parallel"_s).toInt(1));
    r.takes = std::max(1, o.value(u"takes"_s).toInt(1));
    r.review = o.value(u"review"_s).toBool();
    return r;
}

} // namespace Spielberg
