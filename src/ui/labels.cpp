// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <cmath>

#include <core/catalog.h>

#include <QComboBox>
#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Spielberg {

QString Labels::genre(const QString &id)
{
    static const QHash<QString, const char *> names{
        {u"action"_s, QT_TR_NOOP("Action")},           {u"adventure"_s, QT_TR_NOOP("Adventure")},
        {u"animation"_s, QT_TR_NOOP("Animation")},     {u"comedy"_s, QT_TR_NOOP("Comedy")},
        {u"crime"_s, QT_TR_NOOP("Crime")},             {u"documentary"_s, QT_TR_NOOP("Documentary")},
        {u"drama"_s, QT_TR_NOOP("Drama")},             {u"family"_s, QT_TR_NOOP("Family")},
        {u"fantasy"_s, QT_TR_NOOP("Fantasy")},         {u"historical"_s, QT_TR_NOOP("Historical")},
        {u"horror"_s, QT_TR_NOOP("Horror")},           {u"musical"_s, QT_TR_NOOP("Musical")},
        {u"mystery"_s, QT_TR_NOOP("Mystery")},         {u"romance"_s, QT_TR_NOOP("Romance")},
        {u"sci-fi"_s, QT_TR_NOOP("Science fiction")},  {u"thriller"_s, QT_TR_NOOP("Thriller")},
        {u"war"_s, QT_TR_NOOP("War")},                 {u"western"_s, QT_TR_NOOP("Western")},
    };
    const auto it = names.constFind(id);
    return it == names.cend() ? id : tr(*it);
}

QString Labels::tone(const QString &id)
{
    static const QHash<QString, const char *> names{
        {u"dark"_s, QT_TR_NOOP("Dark")},             {u"light"_s, QT_TR_NOOP("Light")},
        {u"gritty"_s, QT_TR_NOOP("Gritty")},         {u"whimsical"_s, QT_TR_NOOP("Whimsical")},
        {u"suspenseful"_s, QT_TR_NOOP("Suspenseful")}, {u"satirical"_s, QT_TR_NOOP("Satirical")},
        {u"romantic"_s, QT_TR_NOOP("Romantic")},     {u"melancholic"_s, QT_TR_NOOP("Melancholic")},
        {u"hopeful"_s, QT_TR_NOOP("Hopeful")},       {u"tense"_s, QT_TR_NOOP("Tense")},
        {u"comedic"_s, QT_TR_NOOP("Comedic")},       {u"epic"_s, QT_TR_NOOP("Epic")},
    };
    const auto it = names.constFind(id);
    return it == names.cend() ? id : tr(*it);
}

QString Labels::format(const QString &id)
{
    if (id == u"screenplay"_s) {
        return tr("Screenplay");
    }
    if (id == u"treatment"_s) {
        return tr("Treatment");
    }
    if (id == u"outline"_s) {
        return tr("Outline");
    }
    return id;
}

QString Labels::origin(VersionOrigin origin)
{
    switch (origin) {
    case VersionOrigin::Manual:
        //: how a version came to be: saved by the writer
        return tr("Saved");
    case VersionOrigin::Generated:
        return tr("Generated");
    case VersionOrigin::SceneRegenerated:
        return tr("Scene regenerated");
    case VersionOrigin::Imported:
        return tr("Imported");
    case VersionOrigin::Restored:
        return tr("Restored");
    case VersionOrigin::Outlined:
        //: how a version came to be: the story engine's outline of the scenes
        return tr("Outlined");
    case VersionOrigin::Developed:
        //: how a version came to be: every scene written from the outline by the story engine
        return tr("Developed");
    }
    return toId(origin);
}

QString Labels::jobKind(JobKind kind)
{
    switch (kind) {
    case JobKind::Script:
        //: a generation job that writes a whole script
        return tr("Script");
    case JobKind::Scene:
        //: a generation job that rewrites one scene
        return tr("Scene");
    case JobKind::Quick:
        return tr("Quick draft");
    case JobKind::Develop:
        //: a story-engine run: cast, outline and scenes
        return tr("Story run");
    case JobKind::Characters:
        //: a story-engine step that proposes the cast
        return tr("Cast");
    case JobKind::Outline:
        //: a story-engine step that outlines the scenes
        return tr("Outline");
    case JobKind::SceneDraft:
        //: a story-engine step that writes one scene of the outline
        return tr("Scene draft");
    }
    return toId(kind);
}

QString Labels::jobStatus(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Interrupted:
        return tr("Interrupted");
    }
    return toId(status);
}

void Labels::fillGenres(QComboBox *box, bool allowNone)
{
    box->clear();
    if (allowNone) {
        box->addItem(tr("(none)"), QString());
    }
    for (const QString &id : Catalog::genres()) {
        box->addItem(genre(id), id);
    }
}

void Labels::fillTones(QComboBox *box, bool allowNone)
{
    box->clear();
    if (allowNone) {
        box->addItem(tr("(none)"), QString());
    }
    for (const QString &id : Catalog::tones()) {
        box->addItem(tone(id), id);
    }
}

void Labels::fillFormats(QComboBox *box)
{
    box->clear();
    for (const QString &id : Catalog::formats()) {
        box->addItem(format(id), id);
    }
}

void Labels::select(QComboBox *box, const QString &id)
{
    const int index = box->findData(id);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QString Labels::dateTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    // Compact, as lists need: the time alone today, day and month this year, else the date.
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s); // some locales' short format still has seconds
    const QString time = locale.toString(local.time(), timeFormat);
    if (local.date() == today) {
        return time;
    }
    if (local.date().year() == today.year()) {
        return tr("%1, %2").arg(locale.toString(local.date(), u"d MMM"_s), time);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString Labels::dateAndTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    const QString format = local.date().year() == QDate::currentDate().year() ? u"d MMM"_s : u"d MMM yyyy"_s;
    return tr("%1, %2").arg(locale.toString(local.date(), format), locale.toString(local.time(), timeFormat));
}

QString Labels::duration(qint64 ms)
{
    if (ms < 0) {
        return {};
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 3600) {
        return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString Labels::elementKind(ElementMarkup::Kind kind)
{
    using Kind = ElementMarkup::Kind;
    switch (kind) {
    case Kind::General: return tr("General");
    case Kind::SceneHeading: return tr("Scene heading");
    case Kind::Action: return tr("Action", "screenplay element");
    case Kind::Character: return tr("Character");
    case Kind::Parenthetical: return tr("Parenthetical");
    case Kind::Dialogue: return tr("Dialogue");
    case Kind::Transition: return tr("Transition");
    case Kind::Shot: return tr("Shot");
    case Kind::Lyrics: return tr("Lyrics");
    case Kind::Centered: return tr("Centered");
    }
    return {};
}

QString Labels::cardColor(const QString &name)
{
    static const QHash<QString, const char *> names{
        {u"red"_s, QT_TR_NOOP("Red")},     {u"orange"_s, QT_TR_NOOP("Orange")}, {u"yellow"_s, QT_TR_NOOP("Yellow")},
        {u"green"_s, QT_TR_NOOP("Green")}, {u"teal"_s, QT_TR_NOOP("Teal")},     {u"blue"_s, QT_TR_NOOP("Blue")},
        {u"purple"_s, QT_TR_NOOP("Purple")}, {u"grey"_s, QT_TR_NOOP("Grey")}};
    if (name.isEmpty()) {
        return tr("By tone");
    }
    const char *label = names.value(name);
    return label ? tr(label) : name;
}

QString Labels::finding(const ContinuityFinding &f)
{
    const QString a = f.arguments.value(0);
    const QString b = f.arguments.value(1);
    if (f.kind == u"unknown_cue"_s) {
        return tr("%1 speaks but is neither in the character bible nor a minor role").arg(a);
    }
    if (f.kind == u"several_names"_s) {
        return tr("%1 is cued under several names: %2").arg(a, b);
    }
    if (f.kind == u"unused_character"_s) {
        return tr("%1 is in the script's cast but never on the page").arg(a);
    }
    if (f.kind == u"no_heading"_s) {
        return tr("Text before the first scene heading belongs to no scene: “%1”").arg(a);
    }
    if (f.kind == u"empty_scene"_s) {
        return tr("%1 has nothing in it").arg(a);
    }
    if (f.kind == u"no_dialogue"_s) {
        return tr("%1 is still an outline scene: it has no dialogue").arg(a);
    }
    return f.detail;
}

QString Labels::eighths(double pages)
{
    const int total = int(std::lround(pages * 8));
    const int whole = total / 8;
    const int rest = total % 8;
    if (rest == 0) {
        return QString::number(whole);
    }
    return whole == 0 ? u"%1/8"_s.arg(rest) : u"%1 %2/8"_s.arg(whole).arg(rest);
}

} // namespace Spielberg
