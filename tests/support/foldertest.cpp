#include "support/foldertest.h"

#include <QTest>

namespace rangecopy::testsupport {

void FolderTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void FolderTest::cleanup()
{
    m_dir.reset(); // at once: some suites leave gigabytes behind
}

} // namespace rangecopy::testsupport
