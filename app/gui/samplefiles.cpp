#include "app/gui/samplefiles.h"

#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace rangecopy {

SampleFiles SampleFiles::placeIn(const QString& folder)
{
    SampleFiles files;
    const QDir dir(folder);
    files.sourcePath = dir.filePath(QStringLiteral("Python_intro.txt"));
    files.destinationPath = dir.filePath(QStringLiteral("newfile.txt"));
    if (!dir.mkpath(QStringLiteral("."))) {
        files.error = QCoreApplication::translate("rangecopy::SampleFiles",
                                                  "cannot create the folder '%1' for the sample")
                          .arg(folder);
        return files;
    }
    if (QFile::exists(files.sourcePath))
        return files;
    QFile bundled(QStringLiteral(":/samples/Python_intro.txt"));
    if (!bundled.copy(files.sourcePath)) {
        files.error = QCoreApplication::translate("rangecopy::SampleFiles",
                                                  "cannot place the sample in '%1': %2")
                          .arg(folder, bundled.errorString());
        return files;
    }
    // Resource files are read-only; the user's copy should be an ordinary file.
    QFile::setPermissions(files.sourcePath, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther);
    return files;
}

QString SampleFiles::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/samples");
}

void prefillFirstStartExample(MainWindow& window, QSettings& settings, const QString& sampleFolder)
{
    const QString firstStartDone = QStringLiteral("firstStartDone");
    if (settings.value(firstStartDone, false).toBool())
        return;
    settings.setValue(firstStartDone, true);
    const SampleFiles sample = SampleFiles::placeIn(sampleFolder);
    if (!sample.error.isEmpty()) {
        window.statusBar()->showMessage(sample.error);
        return;
    }
    TransferRequest example = window.form()->request();
    example.sourcePath = sample.sourcePath;
    example.destinationPath = sample.destinationPath;
    example.offset = 0;
    example.count = 100;
    window.form()->setRequest(example);
}

} // namespace rangecopy
