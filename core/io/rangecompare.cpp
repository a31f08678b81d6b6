#include "core/io/rangecompare.h"

#include "core/io/alignedbuffer.h"
#include "core/io/readfully.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rangecopy {

namespace {

// Differing bytes in two equally long blocks; the first one's index into `first`.
qint64 countDifferences(const char* first, const char* second, qint64 length, qint64& firstAt)
{
    firstAt = -1;
    if (std::memcmp(first, second, static_cast<std::size_t>(length)) == 0)
        return 0;
    qint64 count = 0;
    for (qint64 i = 0; i < length; ++i) {
        if (first[i] != second[i]) {
            if (firstAt < 0)
                firstAt = i;
            ++count;
        }
    }
    return count;
}

} // namespace

RangeComparison compareRanges(int firstFd, qint64 firstOffset, int secondFd, qint64 secondOffset,
                              qint64 length)
{
    RangeComparison result;
    const auto bufferSize =
        static_cast<std::size_t>(std::clamp<qint64>(length, 1, AlignedBuffer::kPreferredBytes));
    AlignedBuffer firstBuffer;
    AlignedBuffer secondBuffer;
    char* const first = firstBuffer.reserve(bufferSize);
    char* const second = secondBuffer.reserve(bufferSize);
    if (first == nullptr || second == nullptr) {
        result.error = ENOMEM;
        return result;
    }
    qint64 done = 0;
    while (done < length) {
        const qint64 want = std::min<qint64>(length - done, qint64(bufferSize));
        const ReadOutcome firstRead = readFully(firstFd, first, want, firstOffset + done);
        const ReadOutcome secondRead = readFully(secondFd, second, want, secondOffset + done);
        if (!firstRead.ok() || !secondRead.ok()) {
            result.error = firstRead.ok() ? secondRead.error : firstRead.error;
            return result;
        }
        result.firstLength += firstRead.bytes;
        result.secondLength += secondRead.bytes;
        const qint64 both = std::min(firstRead.bytes, secondRead.bytes);
        qint64 at = -1;
        result.differingBytes += countDifferences(first, second, both, at);
        if (result.firstDifference < 0 && at >= 0)
            result.firstDifference = done + at;
        // Past the end of one file, the other's bytes differ; past both ends, nothing does.
        const qint64 either = std::max(firstRead.bytes, secondRead.bytes);
        if (either > both) {
            if (result.firstDifference < 0)
                result.firstDifference = done + both;
            result.differingBytes += either - both;
        }
        if (either < want)
            return result;
        done += want;
    }
    return result;
}

} // namespace rangecopy
