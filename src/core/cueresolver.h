// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * Which bible character a dialogue cue names (docs/architecture.md, "The story engine"): the
 * full name, the first or the last name, compared without case, accents of extensions aside
 * (`MARA (V.O.)`, `MARA (CONT'D)`) and titles (`MRS. QUINN`, `DR. REED`). A cue that names no
 * one may be a minor role: a generic part such as WAITER, GUARD #2 or POLICE OFFICER, which a
 * screenplay may use without a bible entry. Pure.
 */
class CueResolver
{
public:
    /** What one cue is. */
    struct Resolution {
        int character = -1; ///< index into the names given, or -1
        bool minorRole = false;
        QString cue;        ///< the cue as compared: upper case, extensions and dual marker removed
    };

    explicit CueResolver(const QStringList &bibleNames);

    Resolution resolve(const QString &cue) const;
    const QStringList &names() const { return m_names; }

    /** `cue` in upper case without extensions ("(V.O.)"), a dual-dialogue caret or an `@`. */
    static QString bareCue(const QString &cue);
    /** Whether a cue that names no bible character is a generic part (WAITER, GUARD #2…). */
    static bool isMinorRole(const QString &bareCue);

private:
    QStringList m_names;
    QList<QStringList> m_words; ///< each name's words, upper case, titles removed
};

} // namespace Spielberg
