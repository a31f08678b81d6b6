#pragma once

#include "support/foldertest.h"
#include "ui/window/mainwindow.h"

#include <QSettings>

#include <memory>

class QLineEdit;

namespace rangecopy::testsupport {

// Types text into edit as a person would (select all, erase, type). When edit belongs to a
// window's TransferForm, waits for the form's look at the files (on a worker) to answer.
void typeInto(QLineEdit* edit, const QString& text);
// Waits until form has looked at its files: they are checked on a worker (TransferInspector).
void waitForChecks(const TransferForm* form);

// The window suites' fixture: for each test function a new folder (FolderTest), a settings
// file in it that does not ask before replacing, overwriting or appending (the tests about
// those questions turn them on), and a main window shown on screen, 1280x800 (form and
// preview side by side). A suite with a cleanup() of its own calls WindowTest::cleanup() in it.
class WindowTest : public FolderTest {
    Q_OBJECT

protected:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // waitForChecks() of the window's form.
    void waitForChecks() const;

protected Q_SLOTS:
    void init();
    void cleanup();
};

} // namespace rangecopy::testsupport
