// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcsv.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r')) {
        return text;
    }
    return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        quoted.append(csvField(field));
    }
    return quoted.join(u',') + u"\r\n"_s;
}

// 2 -> "2", 2.375 -> "2.375": as the command line writes a JSON number.
QString csvNumber(double value)
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

} // namespace

QString ReportCsv::characters(const ScreenplayReport &report)
{
    QString out = csvLine({u"name"_s, u"scenes"_s, u"dialogue_blocks"_s, u"words"_s,
                           u"first_scene"_s, u"last_scene"_s, u"first_page"_s, u"last_page"_s});
    for (const ScreenplayReport::Character &c : report.characters) {
        out += csvLine({c.name, QString::number(c.scenes), QString::number(c.dialogueBlocks),
                        QString::number(c.words), c.firstScene, c.lastScene,
                        QString::number(c.firstPage), QString::number(c.lastPage)});
    }
    return out;
}

QString ReportCsv::locations(const ScreenplayReport &report)
{
    QString out = csvLine({u"name"_s, u"int_ext"_s, u"times"_s, u"scenes"_s, u"eighths"_s,
                           u"pages"_s, u"first_scene"_s});
    for (const ScreenplayReport::Location &l : report.locations) {
        out += csvLine({l.name, l.intExt, l.times.join(u"; "_s), QString::number(l.scenes),
                        QString::number(l.eighths), csvNumber(l.pages()), l.firstScene});
    }
    return out;
}

QString ReportCsv::scenes(const ScreenplayReport &report)
{
    QString out = csvLine({u"index"_s, u"number"_s, u"heading"_s, u"int_ext"_s, u"location"_s,
                           u"time"_s, u"page"_s, u"eighths"_s, u"characters"_s});
    for (const ScreenplayReport::Scene &s : report.scenes) {
        out += csvLine({QString::number(s.index), s.number, s.heading, s.intExt, s.location,
                        s.time, QString::number(s.page), QString::number(s.eighths),
                        s.characters.join(u"; "_s)});
    }
    return out;
}

QString ReportCsv::of(const QString &kind, const ScreenplayReport &report)
{
    if (kind == u"characters"_s) {
        return characters(report);
    }
    if (kind == u"locations"_s) {
        return locations(report);
    }
    return scenes(report);
}

} // namespace Spielberg
