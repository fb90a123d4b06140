// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplayreport.h"

#include <QString>

namespace Spielberg {

/**
 * A report as CSV (RFC 4180: a header of the JSON keys, a line per row in the report's order,
 * fields with a comma, quote or line break quoted, CRLF line ends, lists joined by "; "): one
 * format for `report --csv` and the Reports dialog's Save as CSV. Pure, safe on any thread.
 */
class ReportCsv
{
public:
    static QString characters(const ScreenplayReport &report);
    static QString locations(const ScreenplayReport &report);
    static QString scenes(const ScreenplayReport &report);
    /** By kind: "characters", "locations" or "scenes". */
    static QString of(const QString &kind, const ScreenplayReport &report);
};

} // namespace Spielberg
