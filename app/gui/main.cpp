// rangecopy: the window.

#include "app/common/rawarguments.h"
#include "app/common/translations.h"
#include "app/gui/launchoptions.h"
#include "app/gui/samplefiles.h"
#include "ui/widgets/palettecolors.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStyleFactory>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace rangecopy;
    // A file size limit should show as "file too large", not kill the window.
    std::signal(SIGXFSZ, SIG_IGN);
    // --help and --version are answered before QApplication, so they work without a display.
    // Arguments are taken from argv as paths: names that are not UTF-8 stay as they are.
    // A console application only for that, so that they speak the user's language too.
    LaunchOptions early;
    {
        QCoreApplication console(argc, argv);
        installTranslations(console);
        early = parseLaunchArguments(argumentsAsPaths(argc, argv));
    }
    if (early.action == LaunchOptions::Action::ShowHelp) {
        std::fputs(qPrintable(early.helpText), stdout);
        return 0;
    }
    if (early.action == LaunchOptions::Action::ShowVersion) {
        std::puts("rangecopy " RANGECOPY_VERSION);
        return 0;
    }
    // An unknown option may be one of Qt's (-geometry, -style); anything else is ours to say.
    if (early.action == LaunchOptions::Action::Fail && !early.unknownOption) {
        std::fprintf(stderr, "rangecopy: %s\n", qPrintable(early.error));
        return 1;
    }

    QApplication app(argc, argv);
    installTranslations(app);
    // Parsed again without Qt's own options (-geometry, -style, ...), which QApplication took.
    const LaunchOptions options = parseLaunchArguments(argumentsAsPaths(argc, argv));
    if (options.action == LaunchOptions::Action::Fail) {
        std::fprintf(stderr, "rangecopy: %s\n", qPrintable(options.error));
        return 1;
    }
    QApplication::setOrganizationName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationName(QStringLiteral("rangecopy"));
    QApplication::setApplicationDisplayName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationVersion(QStringLiteral(RANGECOPY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.rangecopy.RangeCopy"));

    // RANGECOPY_PALETTE=dark or high-contrast: the window in a Fusion dark or a white-on-black
    // palette, to check (and show) that every colour follows the theme.
    const QByteArray palette = qgetenv("RANGECOPY_PALETTE");
    if (palette == "dark" || palette == "high-contrast") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette == "dark" ? PaletteColors::darkPalette()
                                                   : PaletteColors::highContrastPalette());
    }

    QSettings settings;
    MainWindow window(settings);
    prefillFirstStartExample(window, settings, SampleFiles::defaultFolder());
    if (options.prefillsCopy())
        applyLaunchOptions(window, options);
    window.show();
    if (options.findContents)
        window.findContents();
    return QApplication::exec();
}
