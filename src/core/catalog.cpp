// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

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
    static const QStringList s{u"manual"_s, u"generated"_s, u"scene_regenerated"_s, u"imported"_s,
                               u"restored"_s};
    return s;
}

const QStringList &Catalog::jobKinds()
{
    static const QStringList s{u"script"_s, u"scene"_s, u"quick"_s};
    return s;
}

const QStringList &Catalog::jobStatuses()
{
    static const QStringList s{u"pending"_s,   u"running"_s,   u"completed"_s,
                               u"failed"_s,    u"cancelled"_s, u"interrupted"_s};
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
