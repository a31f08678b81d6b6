#pragma once

#include "core/transfer/transferrequest.h"

#include <QByteArray>

#include <optional>
#include <sys/stat.h>

namespace rangecopy {

// What is recorded beside a kept part (PartFile::openKept(), --keep-partial): the copy it
// belongs to and the identity of the source it was read from, so that --resume goes on only
// from the same range of the same, unchanged source.
struct KeptPartRecord {
    TransferRequest request;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0; // st_mtim in nanoseconds

    // The request copies the same bytes to the same place (the options that do not change
    // the bytes, such as verify or a speed limit, may differ).
    [[nodiscard]] bool isFor(const TransferRequest& other) const;
    // The source is the same file, with the same size and modification time.
    [[nodiscard]] bool sourceIs(const struct stat& source) const;
};

[[nodiscard]] QByteArray keptPartRecord(const TransferRequest& request, const struct stat& source);
// Empty when the record is missing or not one of ours.
[[nodiscard]] std::optional<KeptPartRecord> readKeptPartRecord(const QByteArray& path);

} // namespace rangecopy
