// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptimporter.h"

#include "screenplayfile.h"

#include <core/script.h>
#include <core/styledtext.h>
#include <storage/scriptstore.h>

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Spielberg {

Result<ScriptImporter::Imported> ScriptImporter::importFile(Database &database, LibraryNotifier *notifier,
                                                            const QString &path, const QString &title)
{
    Result<ScreenplayFile::Loaded> loaded = ScreenplayFile::read(path);
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->screenplay.elements.isEmpty() && loaded->screenplay.titlePage.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, u"%1 holds no screenplay text"_s.arg(path));
    }
    Script script;
    script.title = title.trimmed();
    if (script.title.isEmpty()) {
        for (const TitlePageEntry &entry : loaded->screenplay.titlePage) {
            if (entry.key.compare(u"title"_s, Qt::CaseInsensitive) == 0) {
                // The title as printed: emphasis markers gone, lines joined.
                script.title = StyledText::fromFountain(QString(entry.value).replace(u'\n', u' ')).text.simplified();
                break;
            }
        }
    }
    if (script.title.isEmpty()) {
        script.title = QFileInfo(path).completeBaseName();
    }

    // The script and its first version: one transaction, so no empty script is ever left.
    ScriptVersion first;
    first.content = loaded->fountain;
    first.origin = VersionOrigin::Imported;
    first.note = u"imported from %1"_s.arg(QFileInfo(path).fileName());
    const Result<Script> created = ScriptStore(database, notifier).create(script, {}, first);
    if (!created) {
        return created.error();
    }
    return Imported{created->id, 1};
}

} // namespace Spielberg
