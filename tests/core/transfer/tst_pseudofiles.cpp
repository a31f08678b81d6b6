// Files whose size lies (issue 12, part 4): /proc files report 0 bytes and /sys attributes a
// page, whatever they hold. They are copied to their end as cp does, an explicit count is
// honoured up to the end, a copy that gets nothing does not empty the file it would replace,
// and the preview shows what they hold.

#include "core/io/filesize.h"
#include "core/preview/pagedfile.h"
#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// A /proc file that reports 0 bytes and holds a few hundred, the same at every read by this
// process (its mounts do not change during the test), and a /sys attribute that reports a
// page and holds a few bytes ("0-1\n").
const QString kProcFile = u"/proc/self/mountinfo"_s;
const QString kSysFile = u"/sys/devices/system/cpu/possible"_s;

// What reading the file to its end gives now.
QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.readAll() : QByteArray();
}

qint64 reportedSize(const QString& path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_size : -1;
}

} // namespace

class TestPseudoFiles : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizeIsUnreliableOnlyWhereItLies();
    void copiesToTheEnd_data();
    void copiesToTheEnd();
    void countIsHonouredUpToTheEnd();
    void aCopyThatGetsNothingDoesNotEmptyAFile();
    void checkSaysTheSizeIsUnknown();
    void thePreviewShowsTheContent();
    void kernelMessagesAreNotPreviewed();
};

void TestPseudoFiles::initTestCase()
{
    if (reportedSize(kProcFile) != 0 || contentOf(kProcFile).isEmpty())
        QSKIP("/proc/self/mountinfo is not a /proc file that reports 0 bytes here");
    if (reportedSize(kSysFile) <= 0 || contentOf(kSysFile).isEmpty())
        QSKIP("/sys/devices/system/cpu/possible is missing");
}

void TestPseudoFiles::sizeIsUnreliableOnlyWhereItLies()
{
    const auto unreliable = [](const QString& path) {
        const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
        struct stat status {};
        return fd.isOpen() && ::fstat(fd.get(), &status) == 0 && sizeIsUnreliable(fd.get(), status);
    };
    QVERIFY(unreliable(kProcFile));
    QVERIFY(unreliable(kSysFile));
    QVERIFY(writeFile(path(u"plain.txt"_s), "plain"));
    QVERIFY(!unreliable(path(u"plain.txt"_s)));
}

void TestPseudoFiles::copiesToTheEnd_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode : kAllModes) {
        const QByteArray name = modeName(mode).toUtf8();
        QTest::newRow("/proc, " + name) << kProcFile << mode;
        QTest::newRow("/sys, " + name) << kSysFile << mode;
    }
}

void TestPseudoFiles::copiesToTheEnd()
{
    QFETCH(QString, source);
    QFETCH(DestinationMode, mode);
    const QByteArray content = contentOf(source);
    const QString destination = path(u"copy.txt"_s);
    const QByteArray old = "old bytes, kept around the copy";
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(destination, old));
    TransferRequest request = makeRequest(source, destination, mode);
    request.destinationOffset = 4;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(content.size()));
    QVERIFY(!result.endOfFileReached);
    QCOMPARE(result.methodUsed, CopyMethod::ReadWrite);
    const QByteArray before = mode == DestinationMode::CreateNew ? QByteArray() : old;
    QCOMPARE(readFile(destination), expectedContent(before, mode, 4, content));
}

void TestPseudoFiles::countIsHonouredUpToTheEnd()
{
    const QByteArray content = contentOf(kProcFile);
    const QString destination = path(u"copy.txt"_s);
    TransferRequest request = makeRequest(kProcFile, destination);
    request.offset = 10;
    request.count = 20;
    TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(20));
    QVERIFY(!result.endOfFileReached);
    QCOMPARE(readFile(destination), content.mid(10, 20));

    // A count past the end: what there is, and the end of file is said.
    request.count = content.size() + 1000;
    result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(content.size() - 10));
    QVERIFY(result.endOfFileReached);
    QCOMPARE(readFile(destination), content.mid(10));
}

void TestPseudoFiles::aCopyThatGetsNothingDoesNotEmptyAFile()
{
    const QString destination = path(u"keep.txt"_s);
    QVERIFY(writeFile(destination, "precious"));
    TransferRequest request = makeRequest(kProcFile, destination);
    request.offset = 1 << 30; // past the end of what it holds
    const TransferResult result = runTransfer(request);
    QCOMPARE(result.error, TransferError::InvalidRange);
    QVERIFY2(result.message.contains(u"would leave it empty; it was left as it was"_s),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(kProcFile), qPrintable(result.message));
    QCOMPARE(readFile(destination), QByteArray("precious"));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestPseudoFiles::checkSaysTheSizeIsUnknown()
{
    const TransferCheck check = checkTransfer(makeRequest(kSysFile, path(u"copy.txt"_s)));
    QVERIFY(check.ok());
    QVERIFY(check.sourceSizeUnknown);
    QCOMPARE(check.sourceSize, qint64(-1));
    const TransferCheck proc = checkTransfer(makeRequest(kProcFile, path(u"copy.txt"_s)));
    QVERIFY(proc.source.ok());
    QVERIFY(proc.sourceSizeUnknown);
}

void TestPseudoFiles::thePreviewShowsTheContent()
{
    for (const QString& source : {kProcFile, kSysFile}) {
        const QByteArray content = contentOf(source);
        PagedFile file(64); // small pages: the content spans several
        QCOMPARE(file.open(source), QString());
        QCOMPARE(file.size(), qint64(content.size()));
        QCOMPARE(file.read(0, file.size()), content);
        file.refresh();
        QCOMPARE(file.size(), qint64(content.size()));
    }
}

void TestPseudoFiles::kernelMessagesAreNotPreviewed()
{
    if (!QFile(u"/proc/kmsg"_s).open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        QSKIP("/proc/kmsg cannot be opened (it needs root)");
    PagedFile file;
    const QString error = file.open(u"/proc/kmsg"_s);
    QVERIFY2(error.contains(u"reading it takes its bytes away"_s), qPrintable(error));
    QVERIFY(!file.isOpen());
}

QTEST_GUILESS_MAIN(TestPseudoFiles)
#include "tst_pseudofiles.moc"
