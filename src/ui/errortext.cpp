// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "labels.h"

#include <core/vocabulary.h>

namespace Spielberg {

namespace {
QString arg(const Error &error, qsizetype i)
{
    return i < error.args.size() ? error.args.at(i) : QString();
}

QString statusLabel(const QString &id)
{
    const std::optional<JobStatus> status = fromId<JobStatus>(id);
    return status ? Labels::jobStatus(*status) : id;
}
} // namespace

QString ErrorText::of(const Error &error)
{
    switch (error.key) {
    case ErrorKey::None:
        break;
    case ErrorKey::NoModel:
        return tr("No model is chosen yet. Pick one in Settings (Ctrl+,).");
    case ErrorKey::EmptyPrompt:
        return tr("The instruction is empty: say what the model should write.");
    case ErrorKey::BadBaseUrl:
        return tr("“%1” is not a web address the app can use; it looks like https://api.anthropic.com.")
            .arg(arg(error, 0));
    case ErrorKey::RemotePlainHttp:
        return tr("“%1” sends your script unencrypted to another computer. Use an https address; plain "
                  "http is only for a model on this computer.")
            .arg(arg(error, 0));
    case ErrorKey::NoScript:
        return tr("This script no longer exists; it may have been deleted in another window or from "
                  "the command line.");
    case ErrorKey::NoVersion:
        return tr("Version %1 of this script does not exist.").arg(arg(error, 1));
    case ErrorKey::NoVersions:
        return tr("This script has no versions yet.");
    case ErrorKey::NoCharacter:
        return tr("This character no longer exists.");
    case ErrorKey::NoScene:
        return tr("This scene no longer exists; its version may have been deleted.");
    case ErrorKey::NoJob:
        return tr("This job no longer exists.");
    case ErrorKey::JobNotCancellable:
        return tr("This job is already over (%1): only waiting or running jobs can be cancelled.")
            .arg(statusLabel(arg(error, 1)));
    case ErrorKey::JobNotRetryable:
        return tr("This job is %1: only failed, cancelled or interrupted jobs can be tried again.")
            .arg(statusLabel(arg(error, 1)));
    case ErrorKey::EmptyTitle:
        return tr("A script needs a title.");
    case ErrorKey::EmptyName:
        return tr("A character needs a name.");
    case ErrorKey::LibraryBusy:
        return tr("Another program is writing to the library just now, so nothing was changed. Try "
                  "again in a moment.");
    }
    return error.message;
}

} // namespace Spielberg
