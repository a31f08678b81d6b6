// openRegularFileForReading(): what the previews and the search open files with. An open
// regular file with its status, the default and the caller's wording of each failure, and a
// FIFO refused without blocking.

#include "core/io/fileerror.h"
#include "core/io/regularfile.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

const RegularFileMessages kShow{.notRegular = QStringLiteral("cannot show %1: not regular")};

} // namespace

class TestRegularFile : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void opensARegularFile();
    void namesAMissingFile();
    void usesTheCallersWordingForSystemErrors();
    void refusesAFolder();
    void refusesAFifoWithoutBlocking();
    void formatsAFileError();
};

void TestRegularFile::opensARegularFile()
{
    const QString path = m_dir->filePath(QStringLiteral("file.bin"));
    QVERIFY(writeFile(path, "twelve bytes"));
    const RegularFile file = openRegularFileForReading(path, kShow);
    QVERIFY2(file.ok(), qPrintable(file.error));
    QVERIFY(file.descriptor.isOpen());
    QCOMPARE(qint64(file.status.st_size), qint64(12));
    QVERIFY(S_ISREG(file.status.st_mode));
    const int flags = ::fcntl(file.descriptor.get(), F_GETFL);
    QCOMPARE(flags & O_ACCMODE, O_RDONLY);
    QVERIFY(flags & O_NONBLOCK);
    QVERIFY(::fcntl(file.descriptor.get(), F_GETFD) & FD_CLOEXEC);
}

void TestRegularFile::namesAMissingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("no such file.txt"));
    const RegularFile file = openRegularFileForReading(path, kShow);
    QVERIFY(!file.ok());
    QVERIFY(!file.descriptor.isOpen());
    QCOMPARE(file.error,
             QStringLiteral("cannot open '%1' for reading: %2").arg(path, systemReason(ENOENT)));
}

void TestRegularFile::usesTheCallersWordingForSystemErrors()
{
    const QString path = m_dir->filePath(QStringLiteral("missing"));
    RegularFileMessages messages = kShow;
    messages.cannotOpen = QStringLiteral("cannot search %1: %2");
    const RegularFile file = openRegularFileForReading(path, messages);
    QCOMPARE(file.error, QStringLiteral("cannot search '%1': %2").arg(path, systemReason(ENOENT)));
}

void TestRegularFile::refusesAFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    const QString path = m_dir->filePath(QStringLiteral("folder"));
    const RegularFile file = openRegularFileForReading(path, kShow);
    QVERIFY(!file.ok());
    QVERIFY(!file.descriptor.isOpen());
    QCOMPARE(file.error, QStringLiteral("cannot show '%1': not regular").arg(path));
}

void TestRegularFile::refusesAFifoWithoutBlocking()
{
    // A pipe with no writer would block a plain open() for reading forever.
    const QString path = m_dir->filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const RegularFile file = openRegularFileForReading(path, kShow);
    QVERIFY(!file.descriptor.isOpen());
    QCOMPARE(file.error, QStringLiteral("cannot show '%1': not regular").arg(path));
}

void TestRegularFile::formatsAFileError()
{
    QCOMPARE(fileErrorMessage(QStringLiteral("cannot read %1: %2"), QStringLiteral("a b"), EIO),
             QStringLiteral("cannot read 'a b': %1").arg(systemReason(EIO)));
}

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
