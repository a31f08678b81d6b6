#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace rangecopy {

// A range of one file to compare with another file from an offset, without copying: the
// window's Transfer > Compare With… and rangecopy-cli --compare.
struct CompareRequest {
    QString sourcePath;
    qint64 offset = 0;
    std::optional<qint64> count; // empty: to the end of the source
    QString otherPath;
    qint64 otherOffset = 0;
};

struct CompareResult {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::CompareResult)

public:
    QString error;               // names the file and the reason; empty when compared
    bool inputError = false;     // a file could not be opened: nothing was read
    qint64 comparedBytes = 0;    // the source range's length
    qint64 firstDifference = -1; // from the start of both ranges; -1 when equal
    qint64 differingBytes = 0;   // also the bytes the other file lacks
    bool cancelled = false;

    [[nodiscard]] bool ok() const { return error.isEmpty() && !cancelled; }
    [[nodiscard]] bool equal() const { return ok() && firstDifference < 0; }
    // One sentence of what was found, the same in the window and the CLI.
    [[nodiscard]] QString summary(const CompareRequest& request) const;
};

// Opens both files (regular files or disks, without blocking on FIFOs) and compares the
// source range with as many bytes of the other file. `progress` gets the bytes compared so
// far; `cancel` stops it between blocks. Blocks the calling thread: a window runs it on a
// worker.
[[nodiscard]] CompareResult compareFiles(const CompareRequest& request,
                                         const std::function<void(qint64 done)>& progress = {},
                                         const std::atomic<bool>* cancel = nullptr);

} // namespace rangecopy
