// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * A parsed `spielberg-cli` command line: the words (command, subcommand, ids, files) and the
 * options, which may stand anywhere on the line (`--name value` or `--name=value`). Which
 * options take a value is known for all commands at once; each command then checks that it
 * accepts the ones given (accept()).
 */
class Arguments
{
public:
    /** Parses the arguments after the program name; a usage Error names the bad option. */
    static Result<Arguments> parse(const QStringList &args);

    const QStringList &words() const { return m_words; }
    QString word(int index) const { return m_words.value(index); }

    bool has(const QString &option) const { return m_options.contains(option); }
    /** The last value given for the option, or `fallback`. */
    QString value(const QString &option, const QString &fallback = {}) const;
    /** Every value given for a repeatable option, in order. */
    QStringList values(const QString &option) const { return m_options.value(option); }

    /**
     * Checks that every option given is either global or in `allowed`; a usage Error names the
     * first one that is not.
     */
    Result<void> accept(const QStringList &allowed) const;

    static const QStringList &globalOptions();

private:
    QStringList m_words;
    QMap<QString, QStringList> m_options;
};

} // namespace Spielberg
