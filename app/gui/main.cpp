// rangecopy: the window.

#include "launchoptions.h"
#include "mainwindow.h"
#include "samplefiles.h"

#include <QApplication>
#include <QSettings>

#include <csignal>
#include <cstdio>

namespace {
constexpr auto kFirstStartDone = "firstStartDone";
}

int main(int argc, char* argv[]) {
    using namespace rangecopy;
    // A file size limit should show as "file too large", not kill the window.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationName(QStringLiteral("rangecopy"));
    QApplication::setApplicationDisplayName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationVersion(QStringLiteral(RANGECOPY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.rangecopy.RangeCopy"));

    const LaunchOptions options = parseLaunchArguments(QApplication::arguments().mid(1));
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

    QSettings settings;
    MainWindow window(settings);
    // First start: the bundled example, ready to copy: 100 bytes of Python_intro.txt.
    if (!settings.value(QLatin1String(kFirstStartDone), false).toBool()) {
        const SampleFiles sample = SampleFiles::placeIn(SampleFiles::defaultFolder());
        if (sample.error.isEmpty()) {
            TransferRequest example;
            example.sourcePath = sample.sourcePath;
            example.destinationPath = sample.destinationPath;
            example.offset = 0;
            example.count = 100;
            window.prefill(example);
        }
        settings.setValue(QLatin1String(kFirstStartDone), true);
    }
    if (options.prefillsCopy())
        window.applyLaunchOptions(options);
    window.show();
    return QApplication::exec();
}
