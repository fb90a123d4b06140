// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/screenplay.h>
#include <export/screenplayfile.h>

#include <QString>

#include <optional>

class QTextStream;

namespace Spielberg {

class Arguments;

/** `fountain parse|stats|export FILE`: screenplay files outside the library. */
class FountainCommand
{
public:
    FountainCommand(QTextStream &out, QTextStream &err);

    /** Runs `fountain SUBCOMMAND …`; returns the exit code (see CliApp). */
    int run(const Arguments &args);

private:
    int parse(const Arguments &args);
    int stats(const Arguments &args);
    int exportFile(const Arguments &args);
    std::optional<ScreenplayFile::Loaded> load(const Arguments &args, const QString &usage);
    /** The layout `--paper` names for `loaded`; nullopt (and m_code set) for an unknown paper. */
    std::optional<PageLayout> layoutFor(const Arguments &args, const ScreenplayFile::Loaded &loaded);
    int fail(int code, const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    int m_code = 0; // the exit code of a failed load() or layoutFor()
};

} // namespace Spielberg
