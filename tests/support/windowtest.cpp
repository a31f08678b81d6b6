#include "support/windowtest.h"

#include "ui/window/transferform.h"

#include <QLineEdit>
#include <QTest>

namespace rangecopy::testsupport {

void waitForChecks(const TransferForm* form)
{
    QTRY_VERIFY_WITH_TIMEOUT(!form->isChecking(), 10000);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    for (QWidget* parent = edit->parentWidget(); parent != nullptr;
         parent = parent->parentWidget()) {
        if (const auto* form = qobject_cast<const TransferForm*>(parent)) {
            waitForChecks(form);
            return;
        }
    }
}

void WindowTest::waitForChecks() const
{
    testsupport::waitForChecks(m_window->form());
}

void WindowTest::init()
{
    FolderTest::init();
    m_settings =
        std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("confirm/replace"), false);
    m_settings->setValue(QStringLiteral("confirm/overwrite"), false);
    m_settings->setValue(QStringLiteral("confirm/append"), false);
    m_window = std::make_unique<MainWindow>(*m_settings);
    // Wide enough for form and preview side by side (the offscreen screen is 800x600, where
    // the window would show them in tabs and the preview's views would stay hidden).
    m_window->resize(1280, 800);
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
