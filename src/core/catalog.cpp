// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

const QStringList &Catalog::genres()
{
    static const QStringList s{u"action"_s,   u"adventure"_s,  u"animation"_s, u"comedy"_s,
                               u"crime"_s,    u"documentary"_s, u"drama"_s,    u"family"_s,
                               u"fantasy"_s,  u"historical"_s, u"horror"_s,    u"musical"_s,
                               u"mystery"_s,  u"romance"_s,    u"sci-fi"_s,    u"thriller"_s,
                               u"war"_s,      u"western"_s};
    return s;
}

const QStringList &Catalog::tones()
{
    static const QStringList s{u"dark"_s,      u"light"_s,    u"gritty"_s,      u"whimsical"_s,
                               u"suspenseful"_s, u"satirical"_s, u"romantic"_s, u"melancholic"_s,
                               u"hopeful"_s,   u"tense"_s,    u"comedic"_s,     u"epic"_s};
    return s;
}

const QStringList &Catalog::formats()
{
    static const QStringList s{u"screenplay"_s, u"treatment"_s, u"outline"_s};
    return s;
}

const QStringList &Catalog::versionOrigins()
{
    static const QStringList s = allIds<VersionOrigin>();
    return s;
}

const QStringList &Catalog::jobKinds()
{
    static const QStringList s = allIds<JobKind>();
    return s;
}

const QStringList &Catalog::jobStatuses()
{
    static const QStringList s = allIds<JobStatus>();
    return s;
}

Result<void> Catalog::check(QStringView field, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value)) {
        return {};
    }
    return makeError(ErrorCode::InvalidInput,
                     u"unknown %1 '%2' (choose one of: %3)"_s.arg(field, value,
                                                                 allowed.join(u", "_s)));
}

} // namespace Spielberg
