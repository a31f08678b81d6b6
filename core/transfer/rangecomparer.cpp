#include "core/transfer/rangecomparer.h"

#include "core/io/fileerror.h"
#include "core/io/rangecompare.h"
#include "core/io/regularfile.h"
#include "core/text/bytesize.h"
#include "core/text/quoted.h"
#include "core/transfer/transfermessages.h"
#include "core/transfer/transferrequest.h"

#include <algorithm>

namespace rangecopy {

QString CompareResult::summary(const CompareRequest& request) const
{
    if (!error.isEmpty())
        return error;
    if (cancelled)
        return tr("the comparison was cancelled");
    if (firstDifference < 0)
        return tr("the %1 from byte %2 of %3 are the same in %4 from byte %5")
            .arg(TransferMessages::byteCount(comparedBytes), QString::number(request.offset),
                 quoted(request.sourcePath), quoted(request.otherPath),
                 QString::number(request.otherOffset));
    return tr("of the %1 compared, %2; the first at byte %3 of %4 (0x%5) and byte %6 of %7 "
              "(0x%8)")
        .arg(TransferMessages::byteCount(comparedBytes),
             TransferMessages::bytesDiffer(differingBytes),
             QString::number(request.offset + firstDifference), quoted(request.sourcePath),
             QString::number(request.offset + firstDifference, 16),
             QString::number(request.otherOffset + firstDifference), quoted(request.otherPath),
             QString::number(request.otherOffset + firstDifference, 16));
}

CompareResult compareFiles(const CompareRequest& request,
                           const std::function<void(qint64 done)>& progress,
                           const std::atomic<bool>* cancel)
{
    CompareResult result;
    const RegularFileMessages messages{
        .notRegular = CompareResult::tr("cannot compare %1: it is not a file or a disk"),
    };
    const auto open = [&messages](const QString& path) {
        return openRegularFileForReading(path, messages, BlockDevices::Accept);
    };
    const RegularFile source = open(request.sourcePath);
    const RegularFile other = source.ok() ? open(request.otherPath) : RegularFile{};
    for (const RegularFile* file : {&source, &other}) {
        if (!file->ok()) {
            result.error = file->error;
            result.inputError = true;
            return result;
        }
    }
    result.comparedBytes = bytesToCopy(source.status.st_size, request.offset, request.count);
    // In blocks, so that progress shows and a cancel is heard on a large range.
    constexpr qint64 kBlock = 64 * 1024 * 1024;
    for (qint64 done = 0; done < result.comparedBytes; done += kBlock) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        const qint64 length = std::min(kBlock, result.comparedBytes - done);
        const RangeComparison part =
            compareRanges(source.descriptor.get(), request.offset + done, other.descriptor.get(),
                          request.otherOffset + done, length);
        if (part.error != 0) {
            result.error = CompareResult::tr("cannot read %1 or %2 to compare them: %3")
                               .arg(quoted(request.sourcePath), quoted(request.otherPath),
                                    systemReason(part.error));
            return result;
        }
        if (result.firstDifference < 0 && part.firstDifference >= 0)
            result.firstDifference = done + part.firstDifference;
        result.differingBytes += part.differingBytes;
        if (progress)
            progress(done + length);
        // The other file ended inside this block: the rest of the range is missing from it.
        if (part.secondLength < length) {
            const qint64 missingAfter = result.comparedBytes - done - length;
            result.differingBytes += missingAfter;
            break;
        }
    }
    return result;
}

} // namespace rangecopy
