// SPDX-License-Identifier: GPL-3.0-or-later
// The library at a writer's scale and beyond: 1,000 scripts x 5 versions x 40 scenes, added
// through the stores as the app adds them (one transaction per version). Prints one line per
// figure: name, value, unit, goal. Figures are medians of repeated runs where they are reads.
#include <storage/characterstore.h>
#include <storage/database.h>
#include <storage/librarysearch.h>
#include <storage/scenestore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
constexpr int kScripts = 1000;
constexpr int kVersions = 5;
constexpr int kScenes = 40;

const QStringList kWords{u"harbour"_s, u"lantern"_s, u"storm"_s, u"letter"_s, u"engine"_s,
                         u"whisper"_s, u"orchard"_s, u"ledger"_s, u"violin"_s, u"glacier"_s,
                         u"market"_s, u"window"_s, u"signal"_s, u"candle"_s, u"river"_s};

QString words(QRandomGenerator &random, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        out.append(kWords[random.bounded(int(kWords.size()))]);
    }
    return out.join(u' ');
}

// A version of about 40 scenes: heading, action, a cue and a line of dialogue each.
QString version(QRandomGenerator &random, int script, int number)
{
    QString text = u"Title: Script %1\nDraft: %2\n\n"_s.arg(script).arg(number);
    for (int scene = 1; scene <= kScenes; ++scene) {
        text += u"%1. %2 %3 - %4\n\n%5.\n\nMARA\n%6.\n\n"_s.arg(
            scene % 2 ? u"INT"_s : u"EXT"_s, kWords[scene % kWords.size()].toUpper(),
            QString::number(scene), scene % 3 ? u"DAY"_s : u"NIGHT"_s, words(random, 30),
            words(random, 12));
    }
    return text;
}

double medianMs(int runs, const std::function<bool()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return -1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *name, double value, const char *unit, const char *goal)
{
    std::printf("%-40s %14.2f %-12s %s\n", name, value, unit, goal);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    std::fprintf(stderr, "bench_library: %s\n", qPrintable(error.message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_library: no temporary folder\n");
        return 1;
    }
    auto db = Database::open(dir.filePath(u"library.sqlite"_s), DatabaseOptions{false, 5, 0});
    if (!db) {
        return fail(db.error());
    }
    CharacterStore characters(**db);
    ScriptStore scripts(**db);
    VersionStore versions(**db);
    SceneStore scenes(**db);
    LibrarySearch search(**db);
    QRandomGenerator random(4); // fixed seed: the same library every run

    QList<qint64> characterIds;
    for (int i = 0; i < 50; ++i) {
        const auto c = characters.create(Character{0, {}, u"Character %1"_s.arg(i), words(random, 8),
                                                   words(random, 8), words(random, 5),
                                                   words(random, 20), {}, {}});
        if (!c) {
            return fail(c.error());
        }
        characterIds.append(c->id);
    }

    QList<qint64> scriptIds;
    QElapsedTimer timer;
    timer.start();
    qint64 versionCount = 0;
    for (int s = 0; s < kScripts; ++s) {
        Script script;
        script.title = u"Script %1 %2"_s.arg(s).arg(words(random, 2));
        script.logline = words(random, 20);
        script.genre = u"drama"_s;
        const auto created = scripts.create(script, {characterIds[s % characterIds.size()]});
        if (!created) {
            return fail(created.error());
        }
        scriptIds.append(created->id);
        for (int v = 1; v <= kVersions; ++v) {
            const auto added = versions.create(created->id, version(random, s, v), VersionOrigin::Imported);
            if (!added) {
                return fail(added.error());
            }
            ++versionCount;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    report("library.insert_versions", double(versionCount) / seconds, "versions/s", "-");
    report("library.insert_scenes", double(versionCount * kScenes) / seconds, "scenes/s", "-");

    const double list = medianMs(21, [&] {
        const auto all = scripts.list();
        return all && all->size() == kScripts;
    });
    report("library.list_scripts", list, "ms", "<=20");

    int next = 0;
    const double open = medianMs(51, [&] {
        const qint64 id = scriptIds[(next++ * 37) % scriptIds.size()];
        const auto newest = versions.get(id);
        const auto parts = scenes.list(id);
        return newest && parts && parts->size() == kScenes;
    });
    report("library.open_newest_version", open, "ms", "<=10");

    int term = 0;
    const double query = medianMs(21, [&] {
        const auto hits = search.search(kWords[term++ % kWords.size()], 20);
        return bool(hits);
    });
    report("library.search", query, "ms", "<=20");
    return 0;
}
