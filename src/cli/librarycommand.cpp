// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommand.h"

#include "arguments.h"
#include "cliapp.h"

#include <storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

LibraryCommand::LibraryCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString LibraryCommand::libraryPath(const Arguments &args)
{
    if (args.has(u"db"_s)) {
        return args.value(u"db"_s);
    }
    const QString env = qEnvironmentVariable("SPIELBERG_DB");
    return env.isEmpty() ? Database::defaultPath() : env;
}

int LibraryCommand::fail(int code, const QString &message)
{
    // One line, whatever the message carries (a driver's text may hold line breaks).
    m_err << "spielberg-cli: " << QString(message).replace(u'\n', u' ').trimmed() << Qt::endl;
    return code;
}

int LibraryCommand::fail(const Error &error)
{
    return fail(CliApp::RuntimeError, error.message);
}

Result<std::unique_ptr<Database>> LibraryCommand::openLibrary(const Arguments &args)
{
    const QString path = libraryPath(args);
    if (path.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"--db needs a path"_s);
    }
    return Database::open(path);
}

std::optional<qint64> LibraryCommand::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> LibraryCommand::idArgument(const Arguments &args, int index,
                                                 const QString &name)
{
    const std::optional<qint64> id = parseId(args.word(index));
    if (!id) {
        fail(CliApp::UsageError,
             u"%1 must be a positive whole number, not '%2'"_s.arg(name, args.word(index)));
    }
    return id;
}

void LibraryCommand::printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    m_out << QString::fromUtf8(text) << '\n';
}

bool LibraryCommand::wantsJson(const Arguments &args)
{
    return args.has(u"json"_s);
}

} // namespace Spielberg
