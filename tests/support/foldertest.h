#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rangecopy::testsupport {

// The fixture most suites share: every test function gets a new, empty temporary folder,
// removed after it. Derive a test class from it instead of QObject. A suite with an init()
// or cleanup() of its own calls FolderTest::init() first or FolderTest::cleanup() last.
class FolderTest : public QObject {
    Q_OBJECT

protected:
    // A path inside the test function's folder.
    [[nodiscard]] QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;

protected Q_SLOTS:
    // Qt Test calls these by name around each test function (they are not tests themselves).
    void init();
    void cleanup();
};

} // namespace rangecopy::testsupport
