// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenplayelement.h"

#include <QList>
#include <QString>

namespace Spielberg {

/** One `Key: value` entry of a title page; a value of several lines keeps its line breaks. */
struct TitlePageEntry {
    QString key;
    QString value;

    bool operator==(const TitlePageEntry &) const = default;
};

/** A parsed screenplay: the title page (possibly empty) and the body, in order. */
struct Screenplay {
    QList<TitlePageEntry> titlePage;
    QList<ScreenplayElement> elements;

    bool operator==(const Screenplay &) const = default;
};

} // namespace Spielberg
