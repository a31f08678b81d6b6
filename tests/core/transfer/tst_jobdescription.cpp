// A copy as a JSON object (--batch lines, saved queues): read, written, and read back.

#include "core/text/pathbytes.h"
#include "core/transfer/jobdescription.h"

#include <QJsonDocument>
#include <QTest>

using namespace rangecopy;
using namespace Qt::StringLiterals;

class TestJobDescription : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfAMinimalJob();
    void everyOptionRoundTrips();
    void largeNumbersAsStrings();
    void linesNameTheFirstBadOne();
};

void TestJobDescription::defaultsOfAMinimalJob()
{
    const ParsedJob job =
        jobFromJson(QJsonDocument::fromJson(R"({"source": "a", "destination": "b"})").object());
    QVERIFY2(job.request, qPrintable(job.error));
    TransferRequest expected;
    expected.sourcePath = u"a"_s;
    expected.destinationPath = u"b"_s;
    QVERIFY(*job.request == expected); // the CLI's defaults: everything, replace, auto
}

void TestJobDescription::everyOptionRoundTrips()
{
    TransferRequest request;
    request.sourcePath = pathFromBytes("caf\xe9.img"); // not UTF-8: kept by its bytes
    request.destinationPath = u"out/part.bin"_s;
    request.offset = 4096;
    request.count = 1000;
    request.mode = DestinationMode::Overwrite;
    request.destinationOffset = 512;
    request.method = CopyMethod::ReadWrite;
    request.sparse = SparseMode::Never;
    request.chunkSize = 65536;
    request.rateLimit = 1 << 20;
    request.verify = true;
    request.syncToDisk = true;
    request.keepUndo = true;
    request.allowDevice = true;
    request.digests = {DigestAlgorithm::Sha256, DigestAlgorithm::Xxh3};
    request.expectedDigest = {DigestAlgorithm::Sha256, QString(64, u'a')};
    const QJsonObject object = jobToJson(request);
    QCOMPARE(object.value(u"source_bytes"_s).toString(), u"636166e92e696d67"_s);
    const ParsedJob back = jobFromJson(object);
    QVERIFY2(back.request, qPrintable(back.error));
    QVERIFY(*back.request == request);

    TransferRequest files;
    files.sourcePath = u"a"_s;
    files.destinationPath = u"b"_s;
    files.digests = {DigestAlgorithm::Md5};
    files.writeChecksumFiles = true;
    files.checksumFilePath = u"sums.md5"_s;
    const ParsedJob filesBack = jobFromJson(jobToJson(files));
    QVERIFY2(filesBack.request, qPrintable(filesBack.error));
    QVERIFY(*filesBack.request == files);
}

void TestJobDescription::largeNumbersAsStrings()
{
    // Past 2^53 a JSON number is not exact: such offsets are strings, in the number syntax.
    const ParsedJob job = jobFromJson(
        QJsonDocument::fromJson(
            R"({"source": "a", "destination": "b", "offset": "0x7ffffffffffffff0", "count": "15"})")
            .object());
    QVERIFY2(job.request, qPrintable(job.error));
    QCOMPARE(job.request->offset, qint64(0x7ffffffffffffff0));
    const ParsedJob inexact = jobFromJson(
        QJsonDocument::fromJson(R"({"source": "a", "destination": "b", "offset": 1e300})")
            .object());
    QVERIFY(!inexact.request);
    QVERIFY2(inexact.error.startsWith(u"'offset' must be a number of bytes"_s),
             qPrintable(inexact.error));
}

void TestJobDescription::linesNameTheFirstBadOne()
{
    const ParsedJobList list = parseJobLines(R"({"source": "a", "destination": "b"}

{"source": "a"}
{"nonsense": 1}
)");
    QVERIFY(!list.ok());
    QCOMPARE(list.errorLine, 3);
    QCOMPARE(list.error, u"'destination' is missing"_s);
    QVERIFY(list.jobs.isEmpty());

    const ParsedJobList good = parseJobLines(
        jobLines({*jobFromJson(
                       QJsonDocument::fromJson(R"({"source": "a", "destination": "b"})").object())
                       .request}) +
        "\n\n");
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.jobs.size(), 1);
    QCOMPARE(good.jobs.first().line, 1);
}

QTEST_GUILESS_MAIN(TestJobDescription)
#include "tst_jobdescription.moc"
