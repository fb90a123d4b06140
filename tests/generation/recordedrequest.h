// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Spielberg::Test {

/** One HTTP request as FakeProvider received it. Plain value; any thread. */
struct RecordedRequest {
    /** Position among all requests the provider received, from 0. */
    int index = -1;
    /** Which TCP connection carried it, from 0 in order of acceptance. */
    int connection = -1;
    QString method;
    /** The request target's path, without the query. */
    QString path;
    /** The query without the '?', or empty. */
    QString query;
    /** Lower-cased names; repeated headers joined with ", ". */
    QMap<QString, QString> headers;
    QByteArray body;

    /** The value of a header, by name in any case; empty when absent. */
    QString header(const QString &name) const { return headers.value(name.toLower()); }
    /** The body as a JSON object, or an empty one when it is not one. */
    QJsonObject json() const;
    /** method, path, query, headers and body (as text) in one object, for logs. */
    QJsonObject toJson() const;
};

} // namespace Spielberg::Test
