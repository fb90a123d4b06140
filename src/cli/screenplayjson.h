// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Spielberg {

struct Screenplay;

/**
 * The JSON shape of `fountain parse --json` (docs/cli.md, "JSON output"): `title_page` as an
 * array of {key, value}, `elements` as an array of {type, text} with `scene_number`,
 * `extension`, `dual` and `depth` where they apply.
 */
QJsonObject screenplayToJson(const Screenplay &play);

} // namespace Spielberg
