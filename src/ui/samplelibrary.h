// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

namespace Spielberg {

class Studio;

/**
 * The sample a new writer can start from: a short screenplay of our own ("The Lighthouse
 * Keeper", from the resources) with its three characters attached, genre drama and tone
 * melancholic. GUI thread (it uses the stores on this thread's connection).
 */
class SampleLibrary
{
public:
    /** Adds the sample characters and script; returns the script's id. */
    static Result<qint64> create(Studio &studio);
    /** The sample screenplay's Fountain text. */
    static QString screenplay();
};

} // namespace Spielberg
