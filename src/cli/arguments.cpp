// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
// Options that take a value; all others are flags.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> s{
        u"db"_s, u"provider"_s, u"base-url"_s, u"model"_s, u"name"_s, u"personality"_s,
        u"goals"_s, u"voice"_s, u"backstory"_s, u"title"_s, u"logline"_s, u"genre"_s, u"tone"_s,
        u"format"_s, u"character"_s, u"file"_s, u"note"_s, u"version"_s, u"setting"_s, u"goal"_s,
        u"tension"_s, u"limit"_s, u"prompt"_s, u"status"_s, u"output"_s, u"paper"_s,
        u"step"_s, u"scenes"_s, u"parallel"_s, u"takes"_s, u"kind"_s, u"revision-base"_s, u"color"_s,
    };
    return s;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> s{u"json"_s, u"wait"_s, u"until-empty"_s, u"help"_s, u"resume"_s, u"estimate"_s, u"csv"_s};
    return s;
}
} // namespace

const QStringList &Arguments::globalOptions()
{
    static const QStringList s{u"db"_s,       u"json"_s,  u"provider"_s, u"base-url"_s,
                               u"model"_s,    u"help"_s};
    return s;
}

Result<Arguments> Arguments::parse(const QStringList &args)
{
    Arguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (optionsEnded || !arg.startsWith(u"--"_s) || arg == u"--"_s) {
            if (arg == u"--"_s && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            parsed.m_words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (valueOptions().contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    return makeError(ErrorCode::InvalidInput, u"option --%1 needs a value"_s.arg(name));
                }
                value = args[++i];
            }
            parsed.m_options[name].append(value);
        } else if (flagOptions().contains(name)) {
            if (hasInlineValue) {
                return makeError(ErrorCode::InvalidInput, u"option --%1 takes no value"_s.arg(name));
            }
            parsed.m_options[name].append(QString());
        } else {
            return makeError(ErrorCode::InvalidInput, u"unknown option --%1"_s.arg(name));
        }
    }
    return parsed;
}

QString Arguments::value(const QString &option, const QString &fallback) const
{
    const auto it = m_options.constFind(option);
    return it == m_options.cend() || it->isEmpty() ? fallback : it->last();
}

Result<void> Arguments::accept(const QStringList &allowed) const
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!globalOptions().contains(it.key()) && !allowed.contains(it.key())) {
            return makeError(ErrorCode::InvalidInput,
                             u"option --%1 does not apply to this command"_s.arg(it.key()));
        }
    }
    return {};
}

} // namespace Spielberg
