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
    return r;
}

} // namespace Spielberg
