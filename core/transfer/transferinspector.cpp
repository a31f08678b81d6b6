#include "core/transfer/transferinspector.h"

#include "core/io/filesize.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"
#include "core/text/pathbytes.h"
#include "core/transfer/transfermessages.h"

#include <QFile>
#include <QMimeDatabase>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

namespace rangecopy {

namespace {
// Enough for the magic numbers the MIME database looks for in nearly every format.
constexpr qint64 kTypeSniffBytes = 4096;
} // namespace

TransferInspection inspectTransfer(const TransferRequest& request, std::atomic<int>* stage)
{
    TransferInspection inspection;
    inspection.request = request;
    if (stage != nullptr)
        stage->store(0);
    QByteArray head;
    bool sourceReadable = false;
    std::optional<dev_t> sourceDevice; // a block device: described instead of typed
    if (!request.sourcePath.isEmpty()) {
        // Refuses anything but a regular file before reading, and reads a file only when it
        // says it holds bytes: /proc/kmsg is "regular", empty, and blocks a read.
        // (Its messages are not shown: checkTransfer() below words the same failures.)
        RegularFile source = openRegularFileForReading(
            request.sourcePath, {.notRegular = QStringLiteral("%1 is not a regular file")},
            BlockDevices::Accept);
        // A file whose size is unknown (/proc, /sys) is read too, unless reading it takes its
        // bytes away (readingConsumes()).
        if (source.ok()) {
            sourceReadable = true;
            if (source.isBlockDevice())
                sourceDevice = source.status.st_rdev;
            const int fd = source.descriptor.get();
            const bool worthReading = sizeIsUnreliable(fd, source.status)
                                          ? !readingConsumes(fd, pathToBytes(request.sourcePath))
                                          : source.status.st_size > 0;
            if (worthReading && !readFully(fd, head, kTypeSniffBytes, 0).ok())
                head.clear();
        }
    }
    if (stage != nullptr)
        stage->store(1);
    inspection.check = checkTransfer(request);
    if (sourceReadable && inspection.check.source.ok())
        inspection.sourceType =
            sourceDevice
                ? TransferMessages::deviceDescription(*sourceDevice, -2)
                : QMimeDatabase().mimeTypeForFileNameAndData(request.sourcePath, head).name();
    return inspection;
}

TransferInspector::TransferInspector(QObject* parent)
    : QObject(parent)
{
}

void TransferInspector::inspect(const TransferRequest& request)
{
    auto stage = std::make_shared<std::atomic<int>>(0);
    m_work.run([request, stage] { return inspectTransfer(request, stage.get()); },
               [this](const TransferInspection& inspection) { Q_EMIT inspected(inspection); },
               [this, request, stage] {
                   TransferInspection late;
                   late.request = request;
                   late.timedOut = true;
                   late.stalledOnSource = stage->load() == 0 && !request.sourcePath.isEmpty();
                   const int seconds = int((m_work.timeLimit().count() + 999) / 1000);
                   late.stalledMessage = TransferMessages::noAnswer(
                       late.stalledOnSource ? request.sourcePath : request.destinationPath,
                       seconds);
                   Q_EMIT inspected(late);
               });
}

} // namespace rangecopy
