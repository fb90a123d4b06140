// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <core/continuityfinding.h>
#include <core/elementmarkup.h>
#include <core/vocabulary.h>

#include <QString>

class QComboBox;
class QDateTime;

namespace Spielberg {

/**
 * The words a writer reads for the library's stored ids (Catalog): genres, tones, formats,
 * version origins, job kinds and statuses, translated. Unknown ids are shown as they are.
 */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString genre(const QString &id);
    static QString tone(const QString &id);
    static QString format(const QString &id);
    static QString origin(VersionOrigin origin);
    static QString jobKind(JobKind kind);
    static QString jobStatus(JobStatus status);

    /** Fills `box` with "(none)" (when `allowNone`) and the catalog's genres; data = id. */
    static void fillGenres(QComboBox *box, bool allowNone = true);
    static void fillTones(QComboBox *box, bool allowNone = true);
    static void fillFormats(QComboBox *box);
    /** Selects the item whose data is `id` (the first when none is). */
    static void select(QComboBox *box, const QString &id);

    /** A stored UTC time as the writer's local date and time, short. */
    static QString dateTime(const QDateTime &utc);
    /** A stored UTC time always with its date ("5 Dec, 14:05"; the year when not this one). */
    static QString dateAndTime(const QDateTime &utc);
    /** A duration in milliseconds as "1:05" or "1 h 02 min"; empty for a negative one. */
    static QString duration(qint64 ms);
    /** A card colour's name (SceneCardModel::colorNames()) in the writer's language; empty: "By tone". */
    static QString cardColor(const QString &name);
    /** A continuity finding in the writer's language. */
    static QString finding(const ContinuityFinding &finding);
    /** An element a writer picks while typing: "Scene heading", "Character"… */
    static QString elementKind(ElementMarkup::Kind kind);
    /** A length in pages as schedules count it, in eighths: "1 3/8". */
    static QString eighths(double pages);
};

} // namespace Spielberg
