// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountaincommand.h"

#include "arguments.h"
#include "cliapp.h"
#include "screenplayjson.h"

#include <core/fountainparser.h>

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Spielberg {

FountainCommand::FountainCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int FountainCommand::fail(int code, const QString &message)
{
    m_err << "spielberg-cli: " << message << Qt::endl;
    return code;
}

int FountainCommand::run(const Arguments &args)
{
    const QString sub = args.word(1);
    if (sub == u"parse"_s) {
        return parse(args);
    }
    if (sub.isEmpty()) {
        return fail(CliApp::UsageError, u"fountain needs a subcommand: parse (see --help)"_s);
    }
    return fail(CliApp::UsageError, u"unknown fountain subcommand '%1' (see --help)"_s.arg(sub));
}

int FountainCommand::parse(const Arguments &args)
{
    if (const Result<void> ok = args.accept({}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 3) {
        return fail(CliApp::UsageError, u"usage: fountain parse FILE [--json]"_s);
    }
    const QString path = args.word(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(CliApp::RuntimeError, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    const Result<QString> text = FountainParser::decode(file.readAll());
    if (!text) {
        return fail(CliApp::RuntimeError, u"%1: %2"_s.arg(path, text.error().message));
    }
    const Screenplay play = FountainParser::parse(*text);
    if (args.has(u"json"_s)) {
        m_out << QJsonDocument(screenplayToJson(play)).toJson(QJsonDocument::Compact) << '\n';
        return CliApp::Success;
    }
    for (const TitlePageEntry &entry : play.titlePage) {
        m_out << entry.key << ": " << QString(entry.value).replace(u'\n', u"\n    "_s) << '\n';
    }
    for (const ScreenplayElement &e : play.elements) {
        m_out << qSetFieldWidth(15) << Qt::left << elementTypeName(e.type) << qSetFieldWidth(0)
              << QString(e.text).replace(u'\n', u"\n               "_s) << '\n';
    }
    return CliApp::Success;
}

} // namespace Spielberg
