// rangecopy: the window.

#include "launchoptions.h"
#include "mainwindow.h"
#include "samplefiles.h"

#include <QApplication>
#include <QSettings>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[]) {
    using namespace rangecopy;
    // A file size limit should show as "file too large", not kill the window.
    std::signal(SIGXFSZ, SIG_IGN);
    // Read the arguments first, so that --help and --version work without a display.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const LaunchOptions options = parseLaunchArguments(arguments);
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    case LaunchOptions::Action::ShowVersion:
        std::puts("rangecopy " RANGECOPY_VERSION);
        return 0;
    case LaunchOptions::Action::Fail:
        std::fprintf(stderr, "rangecopy: %s\n", qPrintable(options.error));
        return 1;
    case LaunchOptions::Action::OpenWindow:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationName(QStringLiteral("rangecopy"));
    QApplication::setApplicationDisplayName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationVersion(QStringLiteral(RANGECOPY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.rangecopy.RangeCopy"));

    QSettings settings;
    MainWindow window(settings);
    window.prefillFirstStartExample(SampleFiles::defaultFolder());
    if (options.prefillsCopy())
        window.applyLaunchOptions(options);
    window.show();
    return QApplication::exec();
}
