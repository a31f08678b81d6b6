#include "samplefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

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

} // namespace rangecopy
