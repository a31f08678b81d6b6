// A copy as a JSON object (--batch lines, saved queues): read, written, and read back.

#include "core/text/pathbytes.h"
#include "core/transfer/jobdescription.h"

#include <QJsonArray>
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
    void joinLines();
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
        jobLines({jobToJson(
            *jobFromJson(QJsonDocument::fromJson(R"({"source": "a", "destination": "b"})").object())
                 .request)}) +
        "\n\n");
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.jobs.size(), 1);
    QCOMPARE(good.jobs.first().line, 1);
}

void TestJobDescription::joinLines()
{
    // A join is a line too: the pieces in order, into the destination.
    const ParsedJobList list =
        parseJobLines(jobLines({joinToJson({u"d.img.001"_s, u"d.img.002"_s}, u"d.img"_s, true)}) +
                      R"({"join": ["x.001"], "destination": "x", "bytes_sent": 7, "line": 1})"
                      "\n");
    QVERIFY2(list.ok(), qPrintable(list.error));
    QCOMPARE(list.jobs.size(), 2);
    const ParsedJobList::Job& join = list.jobs.first();
    QVERIFY(join.isJoin());
    QCOMPARE(join.joinPieces, QStringList({u"d.img.001"_s, u"d.img.002"_s}));
    QCOMPARE(join.request.destinationPath, u"d.img"_s);
    QCOMPARE(join.request.sourcePath, u"d.img.001"_s);
    QVERIFY(join.request.syncToDisk);
    QCOMPARE(list.jobs.at(1).joinPieces, QStringList{u"x.001"_s}); // a result line runs again
    QVERIFY(!parseJobLines(R"({"source": "a", "destination": "b"})").jobs.first().isJoin());
    // A piece whose name is not UTF-8 comes back byte for byte ("join_bytes").
    const QString raw = pathFromBytes(QByteArray("\xff\xfe.001"));
    const QJsonObject withRaw = joinToJson({raw}, u"x"_s, false);
    QCOMPARE(withRaw.value(u"join_bytes"_s).toArray(), QJsonArray{u"fffe2e303031"_s});
    QCOMPARE(jobFromJson(withRaw).joinPieces, QStringList{raw});

    const struct {
        const char* line;
        QString error;
    } bad[] = {
        {R"({"join": [], "destination": "x"})",
         u"'join' must be a list of the pieces' paths, such as [\"disk.img.001\", "
         u"\"disk.img.002\"]"_s},
        {R"({"join": ["a", 3], "destination": "x"})",
         u"'join' must be a list of the pieces' paths, such as [\"disk.img.001\", "
         u"\"disk.img.002\"]"_s},
        {R"({"join": ["a"]})", u"'destination' is missing"_s},
        {R"({"join": ["a"], "destination": "x", "offset": 5})",
         u"unknown key 'offset' in a join: use join, join_bytes, destination, destination_bytes, sync"_s},
    };
    for (const auto& [line, error] : bad) {
        const ParsedJobList refused = parseJobLines(line);
        QCOMPARE(refused.errorLine, 1);
        QCOMPARE(refused.error, error);
    }
}

QTEST_GUILESS_MAIN(TestJobDescription)
#include "tst_jobdescription.moc"
