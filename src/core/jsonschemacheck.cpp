// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschemacheck.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
QString where(const QString &path)
{
    return path.isEmpty() ? u"the answer"_s : path;
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"object"_s) {
        return v.isObject();
    }
    if (type == u"array"_s) {
        return v.isArray();
    }
    if (type == u"string"_s) {
        return v.isString();
    }
    if (type == u"boolean"_s) {
        return v.isBool();
    }
    if (type == u"number"_s) {
        return v.isDouble();
    }
    if (type == u"integer"_s) {
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    }
    if (type == u"null"_s) {
        return v.isNull();
    }
    return true; // a type this subset does not know constrains nothing
}
} // namespace

QStringList JsonSchemaCheck::problems(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    QStringList out;
    const QString type = schema.value(u"type"_s).toString();
    if (!type.isEmpty() && !hasType(value, type)) {
        out.append(u"%1: expected %2, found %3"_s.arg(where(path), type, typeOf(value)));
        return out;
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value)) {
        out.append(u"%1: %2 is not one of the allowed values"_s.arg(where(path), value.toVariant().toString()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString())) {
                out.append(u"%1: the required field \"%2\" is missing"_s.arg(where(path), name.toString()));
            }
        }
        const bool closed = schema.value(u"additionalProperties"_s) == QJsonValue(false);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (properties.contains(it.key())) {
                out += problems(it.value(), properties.value(it.key()).toObject(), child);
            } else if (closed) {
                out.append(u"%1: the field \"%2\" is not in the schema"_s.arg(where(path), it.key()));
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInt()) {
            out.append(u"%1: at least %2 items are needed, found %3"_s.arg(where(path))
                           .arg(schema.value(u"minItems"_s).toInt())
                           .arg(array.size()));
        }
        const QJsonObject items = schema.value(u"items"_s).toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                out += problems(array.at(i), items, u"%1[%2]"_s.arg(path.isEmpty() ? u"items"_s : path).arg(i));
            }
        }
    }
    return out;
}

} // namespace Spielberg
