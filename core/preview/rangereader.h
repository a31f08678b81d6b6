#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rangecopy {

struct RangeReadResult {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::RangeReader)

public:
    QByteArray bytes;    // at most the bytes asked for; fewer where the file ends
    qint64 fileSize = 0; // the file's size when it was read
    QString error;       // names the file and the reason; empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Reads at most maxBytes of a file from offset, for previews (the seed's lseek + read).
[[nodiscard]] RangeReadResult readRange(const QString& path, qint64 offset, qint64 maxBytes);

} // namespace rangecopy
