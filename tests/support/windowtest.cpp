#include "support/windowtest.h"

#include <QTest>

namespace rangecopy::testsupport {

void WindowTest::init()
{
    FolderTest::init();
    m_settings =
        std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("confirm/replace"), false);
    m_settings->setValue(QStringLiteral("confirm/overwrite"), false);
    m_settings->setValue(QStringLiteral("confirm/append"), false);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void WindowTest::cleanup()
{
    m_window.reset(); // waits for a copy still running
    m_settings.reset();
    FolderTest::cleanup();
    qunsetenv("RANGECOPY_TEST_CHUNK_DELAY_MS");
}

} // namespace rangecopy::testsupport
