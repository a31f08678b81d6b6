#include "core/transfer/transferrequest.h"

#include "core/text/bytesize.h"

#include <algorithm>
#include <array>
#include <unistd.h>
#include <utility>

namespace rangecopy {

namespace {

constexpr std::array kModes{
    std::pair{DestinationMode::Replace, u"replace"},
    std::pair{DestinationMode::Overwrite, u"overwrite"},
    std::pair{DestinationMode::Append, u"append"},
    std::pair{DestinationMode::CreateNew, u"new"},
};

constexpr std::array kMethods{
    std::pair{CopyMethod::Auto, u"auto"},
    std::pair{CopyMethod::Sendfile, u"sendfile"},
    std::pair{CopyMethod::CopyFileRange, u"copy_file_range"},
    std::pair{CopyMethod::ReadWrite, u"read-write"},
};

constexpr std::array kSparseModes{
    std::pair{SparseMode::Auto, u"auto"},
    std::pair{SparseMode::Always, u"always"},
    std::pair{SparseMode::Never, u"never"},
};

template <typename Table, typename Enum> QString nameIn(const Table& table, Enum value)
{
    for (const auto& [entry, name] : table) {
        if (entry == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Table>
auto valueIn(const Table& table, QStringView name)
    -> std::optional<typename Table::value_type::first_type>
{
    for (const auto& [entry, entryName] : table) {
        if (name == QStringView(entryName))
            return entry;
    }
    return std::nullopt;
}

template <typename Table> QStringList namesIn(const Table& table)
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromUtf16(entry.second);
    return names;
}

} // namespace

QString modeName(DestinationMode mode)
{
    return nameIn(kModes, mode);
}
std::optional<DestinationMode> modeFromName(QStringView name)
{
    return valueIn(kModes, name);
}
QStringList modeNames()
{
    return namesIn(kModes);
}
QString methodName(CopyMethod method)
{
    return nameIn(kMethods, method);
}
std::optional<CopyMethod> methodFromName(QStringView name)
{
    return valueIn(kMethods, name);
}

CopyMethod resolveMethod(CopyMethod method, qint64 sourceOffset, qint64 destinationOffset,
                         bool copiedOnTheServer)
{
    if (method != CopyMethod::Auto)
        return method;
    if (copiedOnTheServer)
        return CopyMethod::CopyFileRange;
    static const qint64 pageSize = std::max<qint64>(::sysconf(_SC_PAGESIZE), 4096);
    const bool samePlaceInPage = sourceOffset % pageSize == destinationOffset % pageSize;
    return samePlaceInPage ? CopyMethod::Sendfile : CopyMethod::ReadWrite;
}

QList<DigestAlgorithm> digestsToCompute(const TransferRequest& request)
{
    QList<DigestAlgorithm> algorithms;
    for (const DigestAlgorithm algorithm : request.digests) {
        if (!algorithms.contains(algorithm))
            algorithms << algorithm;
    }
    if (request.expectsDigest() && !algorithms.contains(request.expectedDigest.algorithm))
        algorithms << request.expectedDigest.algorithm;
    return algorithms;
}

QStringList methodNames()
{
    return namesIn(kMethods);
}

QString sparseModeName(SparseMode mode)
{
    return nameIn(kSparseModes, mode);
}
std::optional<SparseMode> sparseModeFromName(QStringView name)
{
    return valueIn(kSparseModes, name);
}
QStringList sparseModeNames()
{
    return namesIn(kSparseModes);
}

qint64 bytesToCopy(qint64 sourceSize, qint64 offset, std::optional<qint64> count)
{
    const qint64 available = std::max<qint64>(0, sourceSize - offset);
    return count ? std::clamp<qint64>(*count, 0, available) : available;
}

QString checkRequestNumbers(const TransferRequest& request)
{
    if (request.offset < 0)
        return TransferRequest::tr("the offset %1 is negative").arg(request.offset);
    if (request.count && *request.count < 0)
        return TransferRequest::tr("the count %1 is negative").arg(*request.count);
    if (request.destinationOffset < 0)
        return TransferRequest::tr("the destination offset %1 is negative")
            .arg(request.destinationOffset);
    if (request.chunkSize < 1 || request.chunkSize > kMaxBytesPerCall)
        return TransferRequest::tr("the chunk size %1 is outside 1 .. %2 bytes")
            .arg(request.chunkSize)
            .arg(kMaxBytesPerCall);
    if (request.rateLimit < 0)
        return TransferRequest::tr("the speed limit %1 is negative").arg(request.rateLimit);
    if (request.count) {
        if (QString reason = checkRangeFits(request.offset, *request.count); !reason.isEmpty())
            return reason;
        if (request.mode == DestinationMode::Overwrite) {
            if (QString reason = checkRangeFits(request.destinationOffset, *request.count);
                !reason.isEmpty())
                return TransferRequest::tr("in the destination, %1").arg(reason);
        }
    }
    return {};
}

QString checkDigestOptions(const TransferRequest& request)
{
    if (!request.writeChecksumFiles)
        return {};
    if (request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append)
        return TransferRequest::
            tr("a checksum file describes the whole destination, but in %1 mode the digest is of "
               "the copied range only; write checksum files in replace or new mode")
                .arg(modeName(request.mode));
    const QList<DigestAlgorithm> algorithms = digestsToCompute(request);
    if (algorithms.isEmpty())
        return TransferRequest::tr("a checksum file needs a digest: choose one (for example "
                                   "sha256)");
    if (!request.checksumFilePath.isEmpty() && algorithms.size() > 1)
        return TransferRequest::tr("one checksum file holds one kind of digest, and %1 were "
                                   "chosen; leave out the file name to write one beside the "
                                   "destination for each")
            .arg(algorithms.size());
    return {};
}

QString checkResumeOptions(const TransferRequest& request)
{
    if (!request.keepPartial && !request.resume)
        return {};
    if (request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append)
        return TransferRequest::tr("in %1 mode the bytes written stay in the destination, so there "
                                   "is no part file to keep or resume from; keep parts in "
                                   "replace or new mode")
            .arg(modeName(request.mode));
    return {};
}

std::optional<TransferRequest> continuationAfter(const TransferRequest& request,
                                                 qint64 bytesWritten)
{
    const bool inPlace =
        request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append;
    if (!inPlace || bytesWritten <= 0)
        return std::nullopt;
    if (request.count && *request.count <= bytesWritten)
        return std::nullopt; // all of it was written
    TransferRequest rest = request;
    // Digests of the rest alone would say nothing of the whole range, and an expected digest
    // would not match them.
    rest.digests.clear();
    rest.expectedDigest = {};
    rest.writeChecksumFiles = false;
    rest.offset += bytesWritten;
    if (request.count)
        rest.count = *request.count - bytesWritten;
    if (request.mode == DestinationMode::Overwrite)
        rest.destinationOffset += bytesWritten;
    return rest;
}

} // namespace rangecopy
