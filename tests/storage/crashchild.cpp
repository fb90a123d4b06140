// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crash: imports versions into a library in a loop until it is killed, printing
// "<number> <sha256 hex of content>" after each commit, flushed, so the test knows what was
// committed when SIGKILL arrived. With a script id and a count it adds that many versions to
// that script and exits (tst_versionstore runs two at once). With --open it only opens the
// library, upgrading it if it is older, prints "opened", and exits (tst_migrations kills it).
#include <core/scriptversion.h>
#include <storage/database.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spielberg;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == u"--open"_s) {
        const auto opened = Database::open(args[2]);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        std::printf("opened\n");
        return 0;
    }
    if (args.size() != 2 && args.size() != 4) {
        std::fprintf(stderr, "usage: spielberg-crashchild LIBRARY [SCRIPT_ID COUNT] | --open LIBRARY\n");
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    if (args.size() == 4) {
        VersionStore versions(**db);
        const qint64 scriptId = args[2].toLongLong();
        const int count = args[3].toInt();
        for (int i = 0; i < count; ++i) {
            const auto v = versions.create(scriptId, u"INT. PROCESS %1 - DAY\n\n%2\n"_s.arg(
                                                         QCoreApplication::applicationPid())
                                                         .arg(i));
            if (!v) {
                std::fprintf(stderr, "%s\n", qPrintable(v.error().message));
                return 1;
            }
            std::printf("%d\n", v->number);
        }
        return 0;
    }
    const auto script = ScriptStore(**db).create(
        Script{0, {}, u"Crash"_s, {}, {}, {}, u"screenplay"_s, {}, {}});
    if (!script) {
        std::fprintf(stderr, "%s\n", qPrintable(script.error().message));
        return 1;
    }
    std::printf("script %lld\n", static_cast<long long>(script->id));
    std::fflush(stdout);
    VersionStore versions(**db);
    for (int i = 1;; ++i) {
        QString content;
        for (int scene = 1; scene <= 20; ++scene) {
            content += u"INT. ROOM %1 - DAY\n\nTake %2, scene %1. %3\n\n"_s.arg(scene).arg(i).arg(
                QString(u'x').repeated((i * 37 + scene * 11) % 400));
        }
        const auto v = versions.create(script->id, content, VersionOrigin::Imported);
        if (!v) {
            std::fprintf(stderr, "%s\n", qPrintable(v.error().message));
            return 1;
        }
        const QByteArray hash = QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256);
        std::printf("%d %s\n", v->number, hash.toHex().constData());
        std::fflush(stdout);
    }
}
