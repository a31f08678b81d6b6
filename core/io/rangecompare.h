#pragma once

#include <QtGlobal>

namespace rangecopy {

// What comparing two byte ranges found. Offsets count from the start of the ranges.
struct RangeComparison {
    int error = 0;               // errno of a failed read; the rest is then incomplete
    qint64 firstDifference = -1; // -1 when the ranges are equal
    qint64 differingBytes = 0;   // bytes that differ, and those only one of the files holds
    qint64 firstLength = 0;      // how many bytes of the range each file held (≤ length)
    qint64 secondLength = 0;

    [[nodiscard]] bool equal() const { return error == 0 && firstDifference < 0; }
};

// Reads length bytes from both files (pread; positions untouched) and compares them to the
// end, counting every differing byte. Where one file ends inside the range, the bytes the
// other still holds there differ; where both end, the comparison ends.
[[nodiscard]] RangeComparison compareRanges(int firstFd, qint64 firstOffset, int secondFd,
                                            qint64 secondOffset, qint64 length);

} // namespace rangecopy
