#pragma once

#include "core/scan/bytesource.h"
#include "core/scan/scanbytes.h"

#include <QByteArray>

#include <algorithm>
#include <cstddef>

// Decoding a compressed stream to find where it ends: what gzip, xz, zstd and bzip2 share.
namespace rangecopy::streamdecoding {

// What a decoder is fed per read, and what it may write per call (thrown away).
inline constexpr qint64 kChunkSize = 64 * 1024;

// A stream that decodes to more than this is given no length: a small hostile stream (a
// "decompression bomb") may cost a scan this much decoding, not hours.
inline constexpr qint64 kMaxDecodedBytes = qint64(16) << 30;

enum class StepResult { Going, Finished, Damaged };
// CutShort: the source ended, the bound above was passed, or the scan was cancelled.
enum class StreamEnd { Finished, CutShort, Damaged };

struct Decoded {
    StreamEnd end = StreamEnd::Damaged;
    qint64 consumed = 0; // input bytes the decoder took
    qint64 produced = 0; // output bytes it made
};

// Feeds the source from start to step() in 64 KiB reads until it says the stream finished or
// is damaged, or no progress is left to make. step(in, inSize, inUsed, out, outSize, outMade)
// runs the decoder once. Every call either takes input or makes output (or it stops), and the
// input is the source's, so this ends; a cancelled scan (ByteSource::isCancelled) ends it
// between reads.
template <typename Step> Decoded decodeStream(const ByteSource& source, qint64 start, Step step)
{
    QByteArray input;
    qint64 inputUsed = 0;
    qint64 nextRead = start;
    bool sourceEnded = false;
    QByteArray output(kChunkSize, Qt::Uninitialized);
    Decoded decoded;
    for (;;) {
        if (inputUsed == input.size() && !sourceEnded) {
            if (source.isCancelled()) {
                decoded.end = StreamEnd::CutShort;
                return decoded;
            }
            input = source.read(nextRead, kChunkSize);
            nextRead += input.size();
            inputUsed = 0;
            sourceEnded = input.isEmpty();
        }
        const size_t inSize = size_t(input.size() - inputUsed);
        size_t inUsed = 0;
        size_t outMade = 0;
        const StepResult result =
            step(scanbytes::at(input, inputUsed), inSize, inUsed,
                 reinterpret_cast<uchar*>(output.data()), size_t(output.size()), outMade);
        inUsed = std::min(inUsed, inSize);
        inputUsed += qint64(inUsed);
        decoded.consumed += qint64(inUsed);
        decoded.produced += qint64(outMade);
        if (result == StepResult::Finished) {
            decoded.end = StreamEnd::Finished;
            return decoded;
        }
        if (result == StepResult::Damaged) {
            decoded.end = StreamEnd::Damaged;
            return decoded;
        }
        if (decoded.produced > kMaxDecodedBytes) {
            decoded.end = StreamEnd::CutShort;
            return decoded;
        }
        if (inUsed == 0 && outMade == 0) {
            // Stuck: either the data ran out mid-stream or the decoder wants nothing more.
            decoded.end = sourceEnded ? StreamEnd::CutShort : StreamEnd::Damaged;
            return decoded;
        }
    }
}

} // namespace rangecopy::streamdecoding
