// SPDX-License-Identifier: GPL-3.0-or-later
// Fountain parsing and pagination of Big Fish, timed in-process over many iterations.
// Prints one row per figure: `name value unit goal` (bench/run lays them out with the peers').
// With --once it parses and paginates once and prints nothing: bench/run counts the
// instructions of each under callgrind, a figure a busy machine does not disturb.
#include <core/fountainparser.h>
#include <core/paginator.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// The median of `runs` timings of `work`, in milliseconds.
template<typename Work>
double medianMs(int runs, Work work)
{
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool once = args.removeAll(u"--once"_s) > 0;
    const QString path = !args.isEmpty() ? args.first()
                                         : QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_fountain: skipped, %s is absent (../shared/corpus)\n", qPrintable(path));
        return 0;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (once) {
        const Screenplay play = FountainParser::parse(text);
        return Paginator::paginate(play).isEmpty() ? 1 : 0;
    }
    const int runs = qEnvironmentVariableIntValue("SPIELBERG_BENCH_ITER") > 0
        ? qEnvironmentVariableIntValue("SPIELBERG_BENCH_ITER")
        : 200;

    Screenplay play;
    for (int i = 0; i < 5; ++i) {
        play = FountainParser::parse(text); // warm up
    }
    const double parse = medianMs(runs, [&] { play = FountainParser::parse(text); });
    const double mbPerS = double(bytes.size()) / 1e6 / (parse / 1000.0);
    qsizetype pages = 0;
    const double paginate = medianMs(std::max(10, runs / 4), [&] { pages = Paginator::paginate(play).size(); });

    std::printf("parse_big_fish_ms %.3f ms -\n", parse);
    std::printf("parse_big_fish_mb_per_s %.1f MB/s -\n", mbPerS);
    std::printf("paginate_big_fish_ms %.3f ms -\n", paginate);
    std::printf("big_fish_pages %lld pages -\n", static_cast<long long>(pages));
    return 0;
}
