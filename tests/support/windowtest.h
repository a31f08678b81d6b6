#pragma once

#include "support/foldertest.h"
#include "ui/window/mainwindow.h"

#include <QSettings>

#include <memory>

namespace rangecopy::testsupport {

// The window suites' fixture: for each test function a new folder (FolderTest), a settings
// file in it that does not ask before replacing, overwriting or appending (the tests about
// those questions turn them on), and a main window shown on screen. A suite with a cleanup() of its own calls
// WindowTest::cleanup() in it.
class WindowTest : public FolderTest {
    Q_OBJECT

protected:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

protected Q_SLOTS:
    void init();
    void cleanup();
};

} // namespace rangecopy::testsupport
