#pragma once

#include <QString>

class QSettings;

namespace rangecopy {

class MainWindow;

// The bundled example: Python_intro.txt, copied out of the resources into a folder the user
// can write to, so that the first start has something to copy.
struct SampleFiles {
    QString sourcePath;      // the sample, in folder
    QString destinationPath; // newfile.txt beside it
    QString error;           // why the sample could not be placed; empty on success

    // Places the sample in folder (created if needed), keeping a copy already there.
    [[nodiscard]] static SampleFiles placeIn(const QString& folder);
    // The default folder: the application's data folder under the user's home.
    [[nodiscard]] static QString defaultFolder();
};

// On the first start (as settings remember, and never again), places the bundled sample in
// sampleFolder and fills the window's form to copy its first 100 bytes into newfile.txt beside
// it, the smallest example of the job.
void prefillFirstStartExample(MainWindow& window, QSettings& settings, const QString& sampleFolder);

} // namespace rangecopy
