// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbatim provider transcripts of ../shared/protocols, section by section.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Spielberg::Test {

/**
 * The body of section `letter` ("B") of a transcript file: the lines after the section's
 * dashed header up to the next dashed line, as SSE bytes ending in a blank line. Empty when
 * the file is absent (../shared not beside the checkout).
 */
inline QByteArray transcript(const QString &file, char letter)
{
    QFile f(QStringLiteral(SPIELBERG_SHARED) + QStringLiteral("/protocols/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    qsizetype i = 0;
    const QByteArray start = QByteArray(1, letter) + ". ";
    while (i < lines.size() && !lines[i].startsWith(start)) {
        ++i;
    }
    while (i < lines.size() && !lines[i].startsWith("-----")) {
        ++i;
    }
    ++i;
    QByteArray body;
    for (; i < lines.size() && !lines[i].startsWith("-----"); ++i) {
        body += lines[i] + '\n';
    }
    while (body.endsWith("\n\n\n")) {
        body.chop(1);
    }
    return body;
}

} // namespace Spielberg::Test
