// Looking at the files a person names without waiting on them: TimedWork and
// TransferInspector. A FIFO, a device or a file that does not answer must not hold up the
// thread that asked; late and superseded answers are dropped.

#include "core/io/timedwork.h"
#include "core/transfer/transferinspector.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include "core/io/workerpool.h"
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

Q_DECLARE_METATYPE(rangecopy::TransferInspection)

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

TransferInspection inspectAndWait(TransferInspector& inspector, const TransferRequest& request)
{
    QSignalSpy inspected(&inspector, &TransferInspector::inspected);
    inspector.inspect(request);
    if (!inspected.wait(10000))
        return {};
    return inspected.takeFirst().first().value<TransferInspection>();
}

} // namespace

class TestTransferInspector : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void aRegularSourceIsSizedAndTyped();
    void specialFilesAreRefusedWithoutWaiting_data();
    void specialFilesAreRefusedWithoutWaiting();
    void anEmptyLookingFileIsNotRead();
    void aFileThatDoesNotAnswerIsGivenUp();
    void theNewestRequestWins();
    void cancelDropsTheAnswer();
};

void TestTransferInspector::cleanup()
{
    TimedWork::setTestDelay(0ms);
    // Workers held by the test delay finish before the next test's.
    QTRY_VERIFY_WITH_TIMEOUT(TimedWork::pool().busyCount() == 0, 10000);
    FolderTest::cleanup();
}

void TestTransferInspector::aRegularSourceIsSizedAndTyped()
{
    const QByteArray png =
        QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(100, '\0');
    QVERIFY(writeFile(path(u"picture"_s), png)); // no extension: the bytes say what it is
    QVERIFY(writeFile(path(u"dest.bin"_s), "old"));
    TransferInspector inspector;
    const TransferInspection seen =
        inspectAndWait(inspector, makeRequest(path(u"picture"_s), path(u"dest.bin"_s)));
    QVERIFY(!seen.timedOut);
    QVERIFY(seen.check.ok());
    QCOMPARE(seen.check.sourceSize, qint64(png.size()));
    QCOMPARE(seen.sourceType, u"image/png"_s);
    QVERIFY(seen.check.destinationExists);
    QCOMPARE(seen.check.destinationSize, qint64(3));
    QCOMPARE(seen.request.sourcePath, path(u"picture"_s));
    QVERIFY(!inspector.isBusy());
}

void TestTransferInspector::specialFilesAreRefusedWithoutWaiting_data()
{
    addSpecialFileRows();
    QTest::newRow("character device destination")
        << u"source.bin"_s << u"/dev/null"_s << false << u"is not a regular file"_s;
}

void TestTransferInspector::specialFilesAreRefusedWithoutWaiting()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(bool, sourceRefused);
    QFETCH(QString, reason);
    QVERIFY(writeFile(path(u"source.bin"_s), "bytes"));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    const auto absolute = [this](const QString& name) {
        return name.startsWith(u'/') ? name : path(name);
    };

    TransferInspector inspector;
    QElapsedTimer clock;
    clock.start();
    const TransferInspection seen =
        inspectAndWait(inspector, makeRequest(absolute(source), absolute(destination)));
    // Answered, not given up: nothing waited for a writer, a reader or the device.
    QVERIFY(!seen.timedOut);
    QVERIFY2(clock.elapsed() < inspector.timeLimit().count(),
             qPrintable(QString::number(clock.elapsed())));
    const TransferCheck::Problem& problem =
        sourceRefused ? seen.check.source : seen.check.destination;
    QCOMPARE(problem.error, TransferError::NotRegularFile);
    QVERIFY2(problem.message.contains(reason), qPrintable(problem.message));
    QVERIFY(seen.sourceType.isEmpty() == sourceRefused);
}

void TestTransferInspector::anEmptyLookingFileIsNotRead()
{
    // An empty file gets its type from its name; nothing is read of it.
    QVERIFY(writeFile(path(u"empty.txt"_s), QByteArray()));
    TransferInspector inspector;
    TransferInspection seen =
        inspectAndWait(inspector, makeRequest(path(u"empty.txt"_s), path(u"dest.bin"_s)));
    QVERIFY(!seen.timedOut);
    QVERIFY(seen.check.source.ok());
    QCOMPARE(seen.check.sourceSize, qint64(0));
    QCOMPARE(seen.sourceType, u"text/plain"_s);

    // /proc's files say they are regular and empty, and /proc/kmsg blocks a read until the
    // kernel logs something: the window froze on it. Only root may open it.
    if (::geteuid() != 0 || !QFile::exists(u"/proc/kmsg"_s))
        QSKIP("/proc/kmsg can be opened by root only");
    QElapsedTimer clock;
    clock.start();
    seen = inspectAndWait(inspector, makeRequest(u"/proc/kmsg"_s, path(u"dest.bin"_s)));
    QVERIFY(!seen.timedOut);
    QVERIFY2(clock.elapsed() < inspector.timeLimit().count(),
             qPrintable(QString::number(clock.elapsed())));
    // Its size is unknown (a /proc file), and it is not read for its type: reading it takes
    // the kernel's messages away.
    QVERIFY(seen.check.sourceSizeUnknown);
    QCOMPARE(seen.sourceType, u"application/x-zerosize"_s);
}

void TestTransferInspector::aFileThatDoesNotAnswerIsGivenUp()
{
    QVERIFY(writeFile(path(u"source.bin"_s), "bytes"));
    // Every worker waits 3 s before it looks, as a file on a hung mount would.
    TimedWork::setTestDelay(3000ms);
    TransferInspector inspector;
    inspector.setTimeLimit(300ms);
    QElapsedTimer clock;
    clock.start();
    const TransferInspection seen =
        inspectAndWait(inspector, makeRequest(path(u"source.bin"_s), path(u"dest.bin"_s)));
    QVERIFY(seen.timedOut);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(seen.stalledOnSource);
    QVERIFY2(seen.stalledMessage.contains(path(u"source.bin"_s)), qPrintable(seen.stalledMessage));
    QVERIFY2(seen.stalledMessage.contains(u"did not answer within 1 s"_s),
             qPrintable(seen.stalledMessage));
    QVERIFY(seen.stalledMessage.contains(u"network mount"_s));
    QVERIFY(!inspector.isBusy());

    // The late answer is dropped: no second inspected().
    QSignalSpy late(&inspector, &TransferInspector::inspected);
    QTRY_VERIFY_WITH_TIMEOUT(TimedWork::pool().busyCount() == 0, 10000);
    QCoreApplication::processEvents();
    QCOMPARE(late.count(), 0);
}

void TestTransferInspector::theNewestRequestWins()
{
    QVERIFY(writeFile(path(u"first.bin"_s), "1"));
    QVERIFY(writeFile(path(u"second.bin"_s), "22"));
    QVERIFY(writeFile(path(u"third.bin"_s), "333"));
    TimedWork::setTestDelay(50ms);
    TransferInspector inspector;
    QSignalSpy inspected(&inspector, &TransferInspector::inspected);
    for (const QString& name : {u"first.bin"_s, u"second.bin"_s, u"third.bin"_s})
        inspector.inspect(makeRequest(path(name), path(u"dest.bin"_s)));
    QVERIFY(inspector.isBusy());
    QTRY_VERIFY(!inspector.isBusy());
    // The two older answers come in too, and are dropped.
    QTRY_VERIFY_WITH_TIMEOUT(TimedWork::pool().busyCount() == 0, 10000);
    QCoreApplication::processEvents();
    QCOMPARE(inspected.count(), 1);
    const auto seen = inspected.first().first().value<TransferInspection>();
    QCOMPARE(seen.request.sourcePath, path(u"third.bin"_s));
    QCOMPARE(seen.check.sourceSize, qint64(3));
}

void TestTransferInspector::cancelDropsTheAnswer()
{
    QVERIFY(writeFile(path(u"source.bin"_s), "bytes"));
    TimedWork::setTestDelay(50ms);
    TransferInspector inspector;
    QSignalSpy inspected(&inspector, &TransferInspector::inspected);
    inspector.inspect(makeRequest(path(u"source.bin"_s), path(u"dest.bin"_s)));
    inspector.cancel();
    QVERIFY(!inspector.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(TimedWork::pool().busyCount() == 0, 10000);
    QCoreApplication::processEvents();
    QCOMPARE(inspected.count(), 0);
}

QTEST_GUILESS_MAIN(TestTransferInspector)
#include "tst_transferinspector.moc"
