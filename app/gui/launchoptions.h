#pragma once

#include "core/transfer/transferrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rangecopy {

// What `rangecopy [SOURCE [DESTINATION]] [--offset N] [--count N] [--mode M]
// [--find-contents]` asks the window
// to show, so that a file manager's "Open with" works.
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::LaunchOptions)

public:
    enum class Action { OpenWindow, ShowHelp, ShowVersion, Fail };

    Action action = Action::OpenWindow;
    std::optional<QString> sourcePath;
    std::optional<QString> destinationPath;
    std::optional<qint64> offset;
    std::optional<qint64> count;
    std::optional<DestinationMode> mode;
    // --find-contents: the window opens with the Contents list scanning SOURCE (the desktop
    // file's "Find Contents" action).
    bool findContents = false;
    QString error;              // Action::Fail
    bool unknownOption = false; // Action::Fail for an option we do not know (Qt's may be)
    QString helpText;           // Action::ShowHelp

    // Whether the command line said anything about the copy itself.
    [[nodiscard]] bool prefillsCopy() const
    {
        return sourcePath || destinationPath || offset || count || mode;
    }
};

class MainWindow;

// Parses the arguments (without the program name).
[[nodiscard]] LaunchOptions parseLaunchArguments(const QStringList& arguments);

// Fills the window's form from what the command line said, keeping the rest as it is.
void applyLaunchOptions(MainWindow& window, const LaunchOptions& options);

} // namespace rangecopy
