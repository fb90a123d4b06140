// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * Checks a JSON value against the subset of JSON Schema that the providers' structured outputs
 * accept and the story engine uses (docs/architecture.md, "The story engine"): `type` (object,
 * array, string, integer, number, boolean), `properties`, `required`,
 * `additionalProperties: false`, `items`, `enum`, `minItems`. Returns one line per problem,
 * each naming where it is (`scenes[2].heading`), in the order met; none when it conforms. Pure.
 */
class JsonSchemaCheck
{
public:
    static QStringList problems(const QJsonValue &value, const QJsonObject &schema,
                                const QString &path = {});
};

} // namespace Spielberg
