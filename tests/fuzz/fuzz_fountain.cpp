// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes as a screenplay file. Decoding must refuse or accept without a crash;
// what decodes is parsed, written back to Fountain and parsed again (the round trip must hold),
// paginated, and edited incrementally at the middle (which must equal a whole parse).
#include <core/fountainparser.h>
#include <core/incrementalfountainparser.h>
#include <core/paginator.h>
#include <export/fountainwriter.h>

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Spielberg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QString> text = FountainParser::decode(bytes);
    if (!text) {
        return 0;
    }
    const Screenplay play = FountainParser::parse(*text);
    (void)Paginator::paginate(play);
    // Line numbers move when the writer normalises; everything else must survive.
    const auto withoutLines = [](Screenplay p) {
        for (ScreenplayElement &e : p.elements) {
            e.line = 0;
        }
        return p;
    };
    const QString written = FountainWriter::write(play);
    if (withoutLines(FountainParser::parse(written)) != withoutLines(play)) {
        std::fprintf(stderr, "parse -> write -> parse changed the screenplay\n");
        std::abort();
    }
    IncrementalFountainParser incremental;
    incremental.reset(*text);
    QString edited = *text;
    const int at = int(edited.size() / 2);
    edited.insert(at, QStringLiteral("\n\nINT. X - DAY\n\n"));
    incremental.update(edited, at, 0, 15);
    if (incremental.screenplay() != FountainParser::parse(edited)) {
        std::fprintf(stderr, "the incremental parse differs from a whole parse\n");
        std::abort();
    }
    return 0;
}
