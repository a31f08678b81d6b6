#pragma once

#include "app/cli/clioptions.h"
#include "core/transfer/transferresult.h"
#include "core/transfer/undojournal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace rangecopy {

// What rangecopy-cli prints after a copy, kept apart from main() so tests can read it.
class CliReport {
public:
    CliReport(const CliOptions& options, const TransferResult& result,
              const std::optional<QByteArray>& previewBytes)
        : m_options(options)
        , m_result(result)
        , m_previewBytes(previewBytes)
    {
    }

    // Standard output: "N bytes sent" and the preview, or the JSON object.
    [[nodiscard]] QByteArray standardOutput() const;
    // Standard error: one line naming the file and the reason, or nothing.
    [[nodiscard]] QByteArray standardError() const;
    [[nodiscard]] int exitCode() const;

    // What --json prints, as an object (--batch adds "line" to it).
    [[nodiscard]] QJsonObject jsonObject() const;

    // The JSON object for a failure found before any copy (bad arguments).
    [[nodiscard]] static QByteArray jsonUsageError(const QString& message);

private:
    [[nodiscard]] QByteArray humanOutput() const;
    [[nodiscard]] QByteArray jsonOutput() const;

    CliOptions m_options;
    TransferResult m_result;
    std::optional<QByteArray> m_previewBytes;
};

// What rangecopy-cli --undo prints: the sentence on standard output (or the JSON object
// {"undone": true, "destination": …, "message": …}), a failure as the copy's errors are.
class UndoReport {
public:
    UndoReport(const CliOptions& options, const UndoResult& result)
        : m_options(options)
        , m_result(result)
    {
    }

    [[nodiscard]] QByteArray standardOutput() const;
    [[nodiscard]] QByteArray standardError() const;
    // 0 done; 1 refused (nothing to undo, or the file changed since: nothing was written);
    // 2 the restore failed.
    [[nodiscard]] int exitCode() const;

private:
    CliOptions m_options;
    UndoResult m_result;
};

// What rangecopy-cli --compare prints: one sentence (or the JSON object {"equal": …,
// "compared_bytes": …, "differing_bytes": …, "first_difference": {"source": …, "other": …}}).
class CompareReport {
public:
    CompareReport(const CliOptions& options, const CompareResult& result)
        : m_options(options)
        , m_result(result)
    {
    }

    [[nodiscard]] QByteArray standardOutput() const;
    [[nodiscard]] QByteArray standardError() const;
    // 0 the same, 3 they differ, 1 a file could not be opened, 2 a read failed.
    [[nodiscard]] int exitCode() const;

private:
    CliOptions m_options;
    CompareResult m_result;
};

// --progress=json: JSON lines on standard error for other programs' windows, each with
// "line": N under --batch:
//   {"event": "start", "source": …, "destination": …}
//   {"event": "progress", "bytes_done": N, "bytes_total": N, "bytes_per_second": N,
//    "seconds_left": N or null}   (at most ten a second)
//   {"event": "end", "ok": true, "bytes_sent": N} (or "ok": false, "error": kind)
class JsonProgress {
public:
    explicit JsonProgress(int line = 0)
        : m_line(line)
    {
    }

    [[nodiscard]] QByteArray start(const TransferRequest& request);
    // Empty while throttled.
    [[nodiscard]] QByteArray update(qint64 bytesDone, qint64 bytesExpected);
    [[nodiscard]] QByteArray finish(const TransferResult& result) const;

private:
    [[nodiscard]] QByteArray event(QJsonObject object) const;

    int m_line;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::optional<std::chrono::steady_clock::time_point> m_lastShown;
};

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitTransferFailed = 2;
inline constexpr int kExitInterrupted = 130;
inline constexpr int kExitDifferent = 3; // --compare: the ranges differ

// "\r 42%  1.2 GiB of 2.0 GiB  512.0 MiB/s" lines for --progress, at most ten a second.
class ProgressLine {
public:
    // Returns the text to write now, or an empty array while throttled.
    [[nodiscard]] QByteArray update(qint64 bytesDone, qint64 bytesExpected);
    // The last full line and its newline, once the copy is over (empty if nothing was shown).
    [[nodiscard]] QByteArray finish(qint64 bytesDone, qint64 bytesExpected);

private:
    [[nodiscard]] QByteArray line(qint64 bytesDone, qint64 bytesExpected) const;

    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::optional<std::chrono::steady_clock::time_point> m_lastShown;
};

} // namespace rangecopy
