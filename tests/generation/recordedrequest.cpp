// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedrequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject RecordedRequest::toJson() const
{
    QJsonObject h;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        h.insert(it.key(), it.value());
    }
    return QJsonObject { { u"index"_s, index },
        { u"connection"_s, connection },
        { u"method"_s, method },
        { u"path"_s, path },
        { u"query"_s, query },
        { u"headers"_s, h },
        { u"body"_s, QString::fromUtf8(body) } };
}

} // namespace Spielberg::Test
