// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include <core/reportcsv.h>

#include "arguments.h"
#include "cliapp.h"

#include <core/fountainparser.h>
#include <core/screenplayreport.h>
#include <storage/database.h>
#include <studio/versionhistory.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// A column of a report: its JSON key, which is also its CSV header, and its head in the text
// table (empty: left out of the table). `eighths` shows a count of eighths as "1 3/8".
struct Column {
    QString key;
    QString title;
    bool eighths = false;
};

// One report as the three outputs need it: the columns, and per row an object keyed by them.
struct Table {
    QList<Column> columns;
    QList<QJsonObject> rows;
    QString none; // the text output of an empty report
};

// A scene named by its printed number; a character who speaks in no scene has none.
QJsonValue sceneValue(const QString &number)
{
    return number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(number);
}

Table charactersTable(const ScreenplayReport &report)
{
    Table table;
    table.columns = {{u"name"_s, u"CHARACTER"_s},           {u"scenes"_s, u"SCENES"_s},
                     {u"dialogue_blocks"_s, u"BLOCKS"_s},    {u"words"_s, u"WORDS"_s},
                     {u"first_scene"_s, u"FIRST SCENE"_s},   {u"last_scene"_s, u"LAST SCENE"_s},
                     {u"first_page"_s, u"FIRST PAGE"_s},     {u"last_page"_s, u"LAST PAGE"_s}};
    table.none = u"no characters"_s;
    for (const ScreenplayReport::Character &c : report.characters) {
        table.rows.append(QJsonObject{{u"name"_s, c.name},
                                      {u"scenes"_s, c.scenes},
                                      {u"dialogue_blocks"_s, c.dialogueBlocks},
                                      {u"words"_s, c.words},
                                      {u"first_scene"_s, sceneValue(c.firstScene)},
                                      {u"last_scene"_s, sceneValue(c.lastScene)},
                                      {u"first_page"_s, c.firstPage},
                                      {u"last_page"_s, c.lastPage}});
    }
    return table;
}

Table locationsTable(const ScreenplayReport &report)
{
    Table table;
    table.columns = {{u"name"_s, u"LOCATION"_s},   {u"int_ext"_s, u"INT/EXT"_s},
                     {u"times"_s, u"TIMES"_s},     {u"scenes"_s, u"SCENES"_s},
                     {u"eighths"_s, u"PAGES"_s, true}, {u"pages"_s, QString()},
                     {u"first_scene"_s, u"FIRST SCENE"_s}};
    table.none = u"no locations"_s;
    for (const ScreenplayReport::Location &l : report.locations) {
        table.rows.append(QJsonObject{{u"name"_s, l.name},
                                      {u"int_ext"_s, l.intExt},
                                      {u"times"_s, QJsonArray::fromStringList(l.times)},
                                      {u"scenes"_s, l.scenes},
                                      {u"eighths"_s, l.eighths},
                                      {u"pages"_s, l.pages()},
                                      {u"first_scene"_s, sceneValue(l.firstScene)}});
    }
    return table;
}

Table scenesTable(const ScreenplayReport &report)
{
    Table table;
    table.columns = {{u"index"_s, QString()},         {u"number"_s, u"SCENE"_s},
                     {u"heading"_s, QString()},       {u"int_ext"_s, u"INT/EXT"_s},
                     {u"location"_s, u"LOCATION"_s},  {u"time"_s, u"TIME"_s},
                     {u"page"_s, u"PAGE"_s},          {u"eighths"_s, u"LENGTH"_s, true},
                     {u"characters"_s, u"CHARACTERS"_s}};
    table.none = u"no scenes"_s;
    for (const ScreenplayReport::Scene &s : report.scenes) {
        table.rows.append(QJsonObject{{u"index"_s, s.index},
                                      {u"number"_s, s.number},
                                      {u"heading"_s, s.heading},
                                      {u"int_ext"_s, s.intExt},
                                      {u"location"_s, s.location},
                                      {u"time"_s, s.time},
                                      {u"page"_s, s.page},
                                      {u"eighths"_s, s.eighths},
                                      {u"characters"_s, QJsonArray::fromStringList(s.characters)}});
    }
    return table;
}

// 2 -> "2", 2.375 -> "2.375": a report's numbers are whole or eighths, three decimals at most.
QString numberText(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

// A length as schedules write it: 11 -> "1 3/8", 3 -> "3/8", 16 -> "2".
QString eighthsText(int eighths)
{
    const int whole = eighths / 8;
    const int rest = eighths % 8;
    if (rest == 0) {
        return QString::number(whole);
    }
    return whole == 0 ? u"%1/8"_s.arg(rest) : u"%1 %2/8"_s.arg(whole).arg(rest);
}

// A value as one cell of text: a list joined by `separator`, null as nothing.
QString cellText(const QJsonValue &value, const QString &separator)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        QStringList parts;
        for (qsizetype k = 0; k < items.size(); ++k) {
            parts.append(cellText(items.at(k), separator));
        }
        return parts.join(separator);
    }
    default:
        return QString();
    }
}

// The columns with a title, aligned: numbers to the right, text to the left, "-" for nothing.
QString textTable(const Table &table)
{
    QList<Column> shown;
    for (const Column &c : table.columns) {
        if (!c.title.isEmpty()) {
            shown.append(c);
        }
    }
    QList<QStringList> lines;
    QStringList head;
    for (const Column &c : std::as_const(shown)) {
        head.append(c.title);
    }
    lines.append(head);
    QList<bool> numeric(shown.size(), true);
    for (const QJsonObject &row : table.rows) {
        QStringList cells;
        for (qsizetype k = 0; k < shown.size(); ++k) {
            const QJsonValue value = row.value(shown.at(k).key);
            numeric[k] = numeric.at(k) && value.isDouble();
            const QString text = shown.at(k).eighths ? eighthsText(value.toInt()) : cellText(value, u", "_s);
            cells.append(text.isEmpty() ? u"-"_s : text);
        }
        lines.append(cells);
    }
    QList<qsizetype> widths(shown.size(), 0);
    for (const QStringList &cells : std::as_const(lines)) {
        for (qsizetype k = 0; k < shown.size(); ++k) {
            widths[k] = std::max(widths.at(k), cells.at(k).size());
        }
    }
    QString out;
    for (const QStringList &cells : std::as_const(lines)) {
        QString line;
        for (qsizetype k = 0; k < shown.size(); ++k) {
            if (k > 0) {
                line += u"  "_s;
            }
            line += numeric.at(k) ? cells.at(k).rightJustified(widths.at(k))
                                  : cells.at(k).leftJustified(widths.at(k));
        }
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        out += line;
        out += u'\n';
    }
    return out;
}

} // namespace

ReportCommand::ReportCommand(QTextStream &out, QTextStream &err)
    : LibraryCommand(out, err)
{
}

int ReportCommand::run(const Arguments &args)
{
    if (const Result<void> ok = args.accept({u"version"_s, u"kind"_s, u"csv"_s}); !ok) {
        return fail(CliApp::UsageError, ok.error().message);
    }
    if (args.words().size() != 2) {
        return fail(CliApp::UsageError,
                    u"usage: report SCRIPT [--version N] --kind characters|locations|scenes [--csv] [--json]"_s);
    }
    const std::optional<qint64> script = idArgument(args, 1, u"SCRIPT"_s);
    if (!script) {
        return CliApp::UsageError;
    }
    int number = 0;
    if (args.has(u"version"_s)) {
        bool ok = false;
        number = args.value(u"version"_s).toInt(&ok);
        if (!ok || number <= 0) {
            return fail(CliApp::UsageError,
                        u"--version must be a version number (1, 2, …), not '%1'"_s.arg(args.value(u"version"_s)));
        }
    }
    if (!args.has(u"kind"_s)) {
        return fail(CliApp::UsageError, u"report needs --kind: characters, locations or scenes"_s);
    }
    const QString kind = args.value(u"kind"_s);
    if (kind != u"characters"_s && kind != u"locations"_s && kind != u"scenes"_s) {
        return fail(CliApp::UsageError,
                    u"unknown --kind '%1' (choose characters, locations or scenes)"_s.arg(kind));
    }
    const bool csv = args.has(u"csv"_s);
    if (csv && wantsJson(args)) {
        return fail(CliApp::UsageError, u"--csv and --json exclude each other: choose one"_s);
    }
    auto db = openLibrary(args);
    if (!db) {
        return fail(db.error());
    }
    const Result<ScriptVersion> version = VersionHistory(**db).version(*script, number);
    if (!version) {
        return fail(version.error());
    }
    const ScreenplayReport report = ScreenplayReport::compute(FountainParser::parse(version->content));
    Table table;
    if (kind == u"characters"_s) {
        table = charactersTable(report);
    } else if (kind == u"locations"_s) {
        table = locationsTable(report);
    } else {
        table = scenesTable(report);
    }
    if (wantsJson(args)) {
        QJsonArray rows;
        for (const QJsonObject &row : std::as_const(table.rows)) {
            rows.append(row);
        }
        printJson(rows);
        return CliApp::Success;
    }
    if (csv) {
        m_out << ReportCsv::of(kind, report);
        return CliApp::Success;
    }
    if (table.rows.isEmpty()) {
        m_out << table.none << '\n';
        return CliApp::Success;
    }
    m_out << textTable(table);
    return CliApp::Success;
}

} // namespace Spielberg
