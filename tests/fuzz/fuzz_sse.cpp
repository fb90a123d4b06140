// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes as a provider's event stream, fed to the SSE parser in two pieces
// split where the first byte says, and every event through both providers' decoders.
#include <generation/anthropicdecoder.h>
#include <generation/openaidecoder.h>
#include <generation/sseparser.h>

#include <QByteArrayView>

#include <cstdint>

using namespace Spielberg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const size_t split = data[0] % size;
    SseParser parser(64 * 1024);
    QList<SseEvent> events = parser.feed(QByteArrayView(data + 1, qsizetype(split > 0 ? split - 1 : 0)));
    events += parser.feed(QByteArrayView(data + (split > 0 ? split : 1), qsizetype(size - (split > 0 ? split : 1))));
    events += parser.finish();
    AnthropicDecoder anthropic;
    OpenAiDecoder openai;
    for (const SseEvent &event : std::as_const(events)) {
        (void)anthropic.decode(event);
        (void)openai.decode(event);
    }
    return 0;
}
