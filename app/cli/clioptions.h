#pragma once

#include "core/transfer/rangecomparer.h"
#include "core/transfer/splitjoin.h"
#include "core/transfer/transferrequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rangecopy {

// What rangecopy-cli was asked to do, read from its arguments.
struct CliOptions {
    enum class Action {
        Copy,
        Batch,
        Split,
        Join,
        Scan,
        Undo,
        Compare,
        ShowHelp,
        ShowVersion,
        Fail
    };
    // --progress: a line for people, or JSON lines for programs (--progress=json).
    enum class Progress { None, Line, Json };

    Action action = Action::Fail;
    TransferRequest request;            // Undo: only destinationPath
    CompareRequest compare;             // Compare
    SplitRequest split;                 // Split
    JoinRequest join;                   // Join
    std::optional<qint64> previewBytes; // --preview[=N]: show the first N copied bytes
    bool json = false;
    bool quiet = false;
    Progress progress = Progress::None;
    QString batchPath;        // Batch: the JSON Lines file, "-" for standard input
    QString scanPath;         // Scan: the file or disk to look into
    bool stopOnError = false; // Batch: the first failing job ends the batch
    QString error;            // Action::Fail: one line that says what was wrong
    QString helpText;         // Action::ShowHelp
};

inline constexpr qint64 kDefaultPreviewBytes = 100;

// Parses the arguments (without the program name). Needs no QCoreApplication.
[[nodiscard]] CliOptions parseCliArguments(const QStringList& arguments);

} // namespace rangecopy
