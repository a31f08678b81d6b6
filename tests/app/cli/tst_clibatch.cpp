// rangecopy-cli with many copies: --batch (JSON Lines in, a JSON result per line out),
// --stop-on-error, --progress=json for other programs, --split / --join, and --keep-partial /
// --resume.

#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// Every line of the output as a JSON object; an empty list and a note when one is not.
QList<QJsonObject> jsonLines(const QByteArray& text, QString& problem)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            problem = u"not a JSON object: "_s + QString::fromUtf8(line);
            return {};
        }
        objects << document.object();
    }
    return objects;
}

#define PARSE_LINES(objects, text)                                                                 \
    QString objects##Problem;                                                                      \
    const QList<QJsonObject> objects = jsonLines((text), objects##Problem);                        \
    QVERIFY2(objects##Problem.isEmpty(), qPrintable(objects##Problem))

} // namespace

class TestCliBatch : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void runsEveryLineAndReportsEach();
    void stopOnErrorEndsAtTheFirstFailure();
    void malformedLineCopiesNothing_data();
    void malformedLineCopiesNothing();
    void readsStandardInput();
    void resultLinesRunAgain();
    void refusesCopyOptionsOnTheCommandLine();
    void interruptedStopsTheBatch();
    void progressAsJson();
    void splitThenJoinGivesTheSourceBack_data();
    void splitThenJoinGivesTheSourceBack();
    void splitWithHashWritesOneChecksumFile();
    void splitRefusesToOverwritePieces();
    void joinTakesPiecesInTheOrderGiven();
    void joinRefusesAMissingPiece();
    void joinAsABatchLine();
    void resumeAfterSigterm();
    void resumeAfterSigkill();

private:
    void writeBatch(const QByteArray& lines) { QVERIFY(writeFile(path(u"jobs.jsonl"_s), lines)); }
};

void TestCliBatch::runsEveryLineAndReportsEach()
{
    const QByteArray source = patternBytes(10000, 3);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QVERIFY(writeFile(path(u"old.bin"_s), QByteArray(50, 'o')));
    writeBatch(R"({"source": "src.bin", "destination": "a.bin", "count": 100}

{"source": "src.bin", "destination": "b.bin", "offset": "1 KiB", "count": "0x10", "hashes": ["sha256"]}
{"source": "missing.bin", "destination": "c.bin"}
{"source": "src.bin", "destination": "old.bin", "mode": "overwrite", "dest_offset": 10, "count": 5}
)");
    const CliRun run = runCli({u"--batch"_s, u"jobs.jsonl"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitTransferFailed), run.describe().constData());
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 4);
    // One result per job, in order, each naming its line (the blank line 2 is skipped).
    QCOMPARE(results.at(0).value(u"line"_s).toInt(), 1);
    QCOMPARE(results.at(0).value(u"bytes_sent"_s).toInteger(), 100);
    QCOMPARE(results.at(1).value(u"line"_s).toInt(), 3);
    QCOMPARE(results.at(1).value(u"hashes"_s).toObject().value(u"sha256"_s).toString().size(), 64);
    QCOMPARE(results.at(2).value(u"line"_s).toInt(), 4);
    QCOMPARE(results.at(2).value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"source_not_found"_s);
    QCOMPARE(results.at(3).value(u"line"_s).toInt(), 5);
    QCOMPARE(results.at(3).value(u"bytes_sent"_s).toInteger(), 5);
    QVERIFY2(run.err.startsWith("rangecopy-cli: line 4: cannot open 'missing.bin'"),
             run.err.constData());
    // A failing job does not stop the ones after it.
    QCOMPARE(readFile(path(u"a.bin"_s)), source.left(100));
    QCOMPARE(readFile(path(u"b.bin"_s)), source.mid(1024, 16));
    QVERIFY(!QFileInfo::exists(path(u"c.bin"_s)));
    QCOMPARE(readFile(path(u"old.bin"_s)),
             QByteArray(10, 'o') + source.left(5) + QByteArray(35, 'o'));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());

    // All good: exit 0.
    writeBatch(R"({"source": "src.bin", "destination": "d.bin"})"
               "\n");
    const CliRun good = runCli({u"--batch"_s, u"jobs.jsonl"_s}, m_dir->path());
    QVERIFY2(good.exitedWith(kExitSuccess), good.describe().constData());
    QCOMPARE(readFile(path(u"d.bin"_s)), source);
}

void TestCliBatch::stopOnErrorEndsAtTheFirstFailure()
{
    QVERIFY(writeFile(path(u"src.bin"_s), patternBytes(100, 4)));
    writeBatch(R"({"source": "src.bin", "destination": "a.bin"}
{"source": "src.bin", "destination": "a.bin", "mode": "new"}
{"source": "src.bin", "destination": "b.bin"}
)");
    const CliRun run = runCli({u"--batch"_s, u"jobs.jsonl"_s, u"--stop-on-error"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitTransferFailed), run.describe().constData());
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(1).value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"destination_exists"_s);
    QVERIFY(QFileInfo::exists(path(u"a.bin"_s)));
    QVERIFY(!QFileInfo::exists(path(u"b.bin"_s)));
}

void TestCliBatch::malformedLineCopiesNothing_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray(R"({"source": "src.bin", )")
                              << u"jobs.jsonl', line 2: not JSON"_s;
    QTest::newRow("not an object")
        << QByteArray(R"(["src.bin", "x.bin"])") << u"line 2: a job is one JSON object"_s;
    QTest::newRow("misspelt key")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "cuont": 5})")
        << u"line 2: unknown key 'cuont': use source"_s;
    QTest::newRow("no destination")
        << QByteArray(R"({"source": "src.bin"})") << u"line 2: 'destination' is missing"_s;
    QTest::newRow("negative count")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "count": -1})")
        << u"line 2: 'count' must be a number of bytes"_s;
    QTest::newRow("fractional offset")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "offset": 1.5})")
        << u"line 2: 'offset' must be a number of bytes"_s;
    QTest::newRow("bad unit")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "count": "3 parsecs"})")
        << u"line 2: 'count': '3 parsecs' has an unknown unit"_s;
    QTest::newRow("unknown mode")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "mode": "sideways"})")
        << u"line 2: 'mode' must be one of replace, overwrite, append, new"_s;
    QTest::newRow("dest_offset outside overwrite")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "dest_offset": 4})")
        << u"line 2: 'dest_offset' goes with \"mode\": \"overwrite\" only"_s;
    QTest::newRow("unknown digest")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "hashes": ["crc"]})")
        << u"line 2: 'hashes': unknown digest 'crc'"_s;
    QTest::newRow("verify not a boolean")
        << QByteArray(R"({"source": "src.bin", "destination": "x.bin", "verify": "yes"})")
        << u"line 2: 'verify' must be true or false"_s;
}

void TestCliBatch::malformedLineCopiesNothing()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, reason);
    QVERIFY(writeFile(path(u"src.bin"_s), patternBytes(100, 5)));
    // The good first line is not copied either: a batch runs whole or not at all.
    writeBatch(R"({"source": "src.bin", "destination": "first.bin"})"
               "\n" +
               badLine + "\n");
    const CliRun run = runCli({u"--batch"_s, u"jobs.jsonl"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitBadInput), run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
    QVERIFY2(run.err.trimmed().endsWith("nothing was copied"), run.err.constData());
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).value(u"line"_s).toInt(), 2);
    QCOMPARE(results.at(0).value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"invalid_argument"_s);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"jobs.jsonl"_s, u"src.bin"_s}));
}

void TestCliBatch::readsStandardInput()
{
    const QByteArray source = patternBytes(300, 6);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QProcess process;
    startCli(process, {u"--batch"_s, u"-"_s}, m_dir->path());
    process.write(R"({"source": "src.bin", "destination": "a.bin", "offset": 100})"
                  "\n"
                  R"({"source": "src.bin", "destination": "b.bin", "count": 7})"
                  "\n");
    process.closeWriteChannel();
    const CliRun run = finishCli(process);
    QVERIFY2(run.exitedWith(kExitSuccess), run.describe().constData());
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 2);
    QCOMPARE(readFile(path(u"a.bin"_s)), source.mid(100));
    QCOMPARE(readFile(path(u"b.bin"_s)), source.left(7));

    // Nothing on standard input: nothing to do, and that is no error.
    QProcess empty;
    startCli(empty, {u"--batch"_s, u"-"_s}, m_dir->path());
    empty.closeWriteChannel();
    const CliRun none = finishCli(empty);
    QVERIFY2(none.exitedWith(kExitSuccess), none.describe().constData());
    QCOMPARE(none.out, QByteArray());
}

void TestCliBatch::resultLinesRunAgain()
{
    // What --json printed is a job: a script can keep results and run them again.
    const QByteArray source = patternBytes(5000, 7);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    const CliRun first = runCli({u"--json"_s, u"--offset"_s, u"1000"_s, u"--count"_s, u"64"_s,
                                 u"--hash"_s, u"xxh3"_s, u"src.bin"_s, u"a.bin"_s},
                                m_dir->path());
    QVERIFY2(first.exitedWith(kExitSuccess), first.describe().constData());
    QVERIFY(QFile::remove(path(u"a.bin"_s)));
    writeBatch(first.out);
    const CliRun again = runCli({u"--batch"_s, u"jobs.jsonl"_s}, m_dir->path());
    QVERIFY2(again.exitedWith(kExitSuccess), again.describe().constData());
    QCOMPARE(readFile(path(u"a.bin"_s)), source.mid(1000, 64));
    PARSE_LINES(results, again.out);
    QCOMPARE(results.size(), 1);
    PARSE_LINES(before, first.out);
    QCOMPARE(results.at(0).value(u"hashes"_s), before.at(0).value(u"hashes"_s));
}

void TestCliBatch::refusesCopyOptionsOnTheCommandLine()
{
    writeBatch("");
    const CliRun withOption = runCli({u"--batch"_s, u"jobs.jsonl"_s, u"--verify"_s}, m_dir->path());
    QVERIFY2(withOption.exitedWith(kExitBadInput), withOption.describe().constData());
    QVERIFY2(withOption.err.contains("put --verify into the lines"), withOption.err.constData());
    const CliRun withPaths = runCli({u"--batch"_s, u"jobs.jsonl"_s, u"a"_s, u"b"_s}, m_dir->path());
    QVERIFY2(withPaths.exitedWith(kExitBadInput), withPaths.describe().constData());
    QVERIFY2(withPaths.err.contains("--batch takes no SOURCE or DESTINATION"),
             withPaths.err.constData());
    const CliRun missing = runCli({u"--batch"_s, u"nothere.jsonl"_s}, m_dir->path());
    QVERIFY2(missing.exitedWith(kExitBadInput), missing.describe().constData());
    QVERIFY2(missing.err.contains("cannot read the batch 'nothere.jsonl': No such file"),
             missing.err.constData());
    const CliRun stray = runCli({u"--stop-on-error"_s, u"a"_s, u"b"_s}, m_dir->path());
    QVERIFY2(stray.exitedWith(kExitBadInput), stray.describe().constData());
    QVERIFY2(stray.err.contains("--stop-on-error goes with --batch only"), stray.err.constData());
}

void TestCliBatch::interruptedStopsTheBatch()
{
    // The first job holds after its second chunk (RANGECOPY_TEST_PAUSE_AFTER_BYTES) until the
    // signal cancels it; the second job must then not start.
    const QByteArray source = patternBytes(1024 * 1024, 8);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    writeBatch(R"({"source": "src.bin", "destination": "a.bin", "chunk_size": 4096}
{"source": "src.bin", "destination": "b.bin"}
)");
    QProcess process;
    startCli(process, {u"--batch"_s, u"jobs.jsonl"_s, u"--progress=json"_s}, m_dir->path(),
             cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"100"_s},
                             {u"RANGECOPY_TEST_PAUSE_AFTER_BYTES"_s, u"8192"_s}}));
    QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(process.errorString()));
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    // Two progress events: the handlers are installed and the copy is under way (see
    // tst_cli interrupted() for why not after the first).
    while (err.count("\"event\":\"progress\"") < 2) {
        QVERIFY2(process.state() == QProcess::Running, err.constData());
        QVERIFY2(process.waitForReadyRead(kCliTimeoutMs), "no second progress event on stderr");
        err += process.readAllStandardError();
    }
    QCOMPARE(::kill(process.processId(), SIGTERM), 0);
    const CliRun run = finishCli(process);
    QVERIFY2(run.exitedWith(kExitInterrupted), (err + run.describe()).constData());
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"cancelled"_s);
    QVERIFY(!QFileInfo::exists(path(u"a.bin"_s)));
    QVERIFY(!QFileInfo::exists(path(u"b.bin"_s)));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestCliBatch::progressAsJson()
{
    const QByteArray source = patternBytes(64 * 1024, 9);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    const CliRun run =
        runCli({u"--progress=json"_s, u"--chunk-size"_s, u"16K"_s, u"src.bin"_s, u"out.bin"_s},
               m_dir->path());
    QVERIFY2(run.exitedWith(kExitSuccess), run.describe().constData());
    QCOMPARE(run.out, QByteArray("65536 bytes sent (64.0 KiB)\n"));
    PARSE_LINES(events, run.err);
    QVERIFY2(events.size() >= 3, run.err.constData());
    QCOMPARE(events.first().value(u"event"_s).toString(), u"start"_s);
    QCOMPARE(events.first().value(u"source"_s).toString(), u"src.bin"_s);
    QCOMPARE(events.first().value(u"destination"_s).toString(), u"out.bin"_s);
    QVERIFY(!events.first().contains(u"line"_s)); // one copy, not a batch
    // The first chunk's progress is always shown (later ones at most ten a second).
    const QJsonObject progress = events.at(1);
    QCOMPARE(progress.value(u"event"_s).toString(), u"progress"_s);
    QCOMPARE(progress.value(u"bytes_done"_s).toInteger(), 16384);
    QCOMPARE(progress.value(u"bytes_total"_s).toInteger(), 65536);
    QVERIFY(progress.contains(u"bytes_per_second"_s));
    QVERIFY(progress.contains(u"seconds_left"_s));
    QCOMPARE(events.last().value(u"event"_s).toString(), u"end"_s);
    QCOMPARE(events.last().value(u"ok"_s).toBool(), true);
    QCOMPARE(events.last().value(u"bytes_sent"_s).toInteger(), 65536);
    QCOMPARE(readFile(path(u"out.bin"_s)), source);

    const CliRun wrong = runCli({u"--progress=xml"_s, u"src.bin"_s, u"out.bin"_s}, m_dir->path());
    QVERIFY2(wrong.exitedWith(kExitBadInput), wrong.describe().constData());
    QVERIFY2(wrong.err.contains("--progress=xml: the only form is --progress=json"),
             wrong.err.constData());
}

void TestCliBatch::splitThenJoinGivesTheSourceBack_data()
{
    QTest::addColumn<qsizetype>("sourceSize");
    QTest::addColumn<QStringList>("splitOptions");
    QTest::addColumn<QList<qint64>>("pieceSizes");
    QTest::newRow("a shorter last piece") << qsizetype(10000) << QStringList{u"--split"_s, u"4K"_s}
                                          << QList<qint64>{4096, 4096, 1808};
    QTest::newRow("a size that divides exactly")
        << qsizetype(8192) << QStringList{u"--split"_s, u"4096"_s} << QList<qint64>{4096, 4096};
    QTest::newRow("one piece") << qsizetype(100) << QStringList{u"--split"_s, u"1M"_s}
                               << QList<qint64>{100};
    QTest::newRow("an empty source: one empty piece")
        << qsizetype(0) << QStringList{u"--split"_s, u"1M"_s} << QList<qint64>{0};
    QTest::newRow("a number of pieces")
        << qsizetype(10) << QStringList{u"--split-count"_s, u"3"_s} << QList<qint64>{4, 4, 2};
}

void TestCliBatch::splitThenJoinGivesTheSourceBack()
{
    QFETCH(qsizetype, sourceSize);
    QFETCH(QStringList, splitOptions);
    QFETCH(QList<qint64>, pieceSizes);
    const QByteArray source = patternBytes(sourceSize, 10);
    QVERIFY(writeFile(path(u"image.bin"_s), source));
    QVERIFY(QDir(m_dir->path()).mkdir(u"pieces"_s));
    const CliRun split =
        runCli(splitOptions + QStringList{u"--json"_s, u"image.bin"_s, u"pieces"_s}, m_dir->path());
    QVERIFY2(split.exitedWith(kExitSuccess), split.describe().constData());
    PARSE_LINES(results, split.out);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).value(u"bytes_sent"_s).toInteger(), sourceSize);
    const QJsonArray pieces = results.at(0).value(u"pieces"_s).toArray();
    QCOMPARE(pieces.size(), pieceSizes.size());
    qint64 offset = 0;
    for (qsizetype i = 0; i < pieceSizes.size(); ++i) {
        const QString name = u"pieces/image.bin.%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        QCOMPARE(pieces.at(i).toObject().value(u"path"_s).toString(), name);
        QCOMPARE(pieces.at(i).toObject().value(u"offset"_s).toInteger(), offset);
        QCOMPARE(readFile(path(name)), source.mid(offset, pieceSizes.at(i)));
        offset += pieceSizes.at(i);
    }
    QCOMPARE(partFilesIn(path(u"pieces"_s)), QStringList());

    // The first piece alone brings the rest of its run.
    const CliRun join =
        runCli({u"--join"_s, u"joined.bin"_s, u"pieces/image.bin.001"_s}, m_dir->path());
    QVERIFY2(join.exitedWith(kExitSuccess), join.describe().constData());
    QVERIFY2(join.out.startsWith(QByteArray::number(sourceSize) + " bytes sent"),
             join.out.constData());
    QCOMPARE(readFile(path(u"joined.bin"_s)), source);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestCliBatch::splitWithHashWritesOneChecksumFile()
{
    const QByteArray source = patternBytes(5000, 11);
    QVERIFY(writeFile(path(u"fw.bin"_s), source));
    const CliRun run =
        runCli({u"--split"_s, u"2K"_s, u"--hash"_s, u"sha256"_s, u"fw.bin"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitSuccess), run.describe().constData());
    QVERIFY2(
        run.out.startsWith("'fw.bin' split into 3 pieces.\nfw.bin.001  2.0 KiB (2048 bytes)\n"),
        run.out.constData());
    // One file for all pieces, in the form sha256sum -c reads.
    QByteArray expected;
    for (int i = 0; i < 3; ++i)
        expected += QCryptographicHash::hash(source.mid(i * 2048, 2048), QCryptographicHash::Sha256)
                        .toHex() +
                    "  fw.bin.00" + QByteArray::number(i + 1) + '\n';
    QCOMPARE(readFile(path(u"fw.bin.sha256"_s)), expected);
}

void TestCliBatch::splitRefusesToOverwritePieces()
{
    QVERIFY(writeFile(path(u"a.bin"_s), patternBytes(300, 12)));
    // A piece left by an earlier split after the new run's end would join with it: refused too.
    QVERIFY(writeFile(path(u"a.bin.004"_s), QByteArray("old")));
    const CliRun run = runCli({u"--split"_s, u"100"_s, u"a.bin"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitBadInput), run.describe().constData());
    QVERIFY2(run.err.contains("'a.bin.004' exists already: remove the pieces of the earlier split"),
             run.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), (QStringList{u"a.bin"_s, u"a.bin.004"_s}));
    const CliRun bad = runCli({u"--split"_s, u"0"_s, u"a.bin"_s}, m_dir->path());
    QVERIFY2(bad.exitedWith(kExitBadInput), bad.describe().constData());
    QVERIFY2(bad.err.contains("--split: a piece must hold at least 1 byte"), bad.err.constData());
    const CliRun both =
        runCli({u"--split"_s, u"1K"_s, u"--mode"_s, u"append"_s, u"a.bin"_s}, m_dir->path());
    QVERIFY2(both.exitedWith(kExitBadInput), both.describe().constData());
    QVERIFY2(both.err.contains("--split does not take --mode"), both.err.constData());
}

void TestCliBatch::joinTakesPiecesInTheOrderGiven()
{
    QVERIFY(writeFile(path(u"one"_s), QByteArray("first,")));
    QVERIFY(writeFile(path(u"two"_s), QByteArray("second")));
    QVERIFY(writeFile(path(u"out.txt"_s), QByteArray("the old content stays until the end")));
    const CliRun run = runCli({u"--join"_s, u"out.txt"_s, u"two"_s, u"one"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitSuccess), run.describe().constData());
    QCOMPARE(readFile(path(u"out.txt"_s)), QByteArray("secondfirst,"));
}

void TestCliBatch::joinRefusesAMissingPiece()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(writeFile(path(u"p.bin.00%1"_s.arg(i)), QByteArray(10, char('a' + i))));
    QVERIFY(QFile::remove(path(u"p.bin.002"_s)));
    QVERIFY(writeFile(path(u"out.bin"_s), QByteArray("kept")));
    const CliRun run = runCli({u"--join"_s, u"out.bin"_s, u"p.bin.001"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitBadInput), run.describe().constData());
    QVERIFY2(run.err.contains("'p.bin.002' is missing (the pieces go up to 3): join needs every "
                              "piece"),
             run.err.constData());
    QCOMPARE(readFile(path(u"out.bin"_s)), QByteArray("kept"));

    // A piece named in the list that is not there: the destination stays as it was.
    const CliRun named =
        runCli({u"--join"_s, u"out.bin"_s, u"p.bin.001"_s, u"p.bin.002"_s}, m_dir->path());
    QVERIFY2(named.exitedWith(kExitBadInput), named.describe().constData());
    QVERIFY2(named.err.contains("cannot open 'p.bin.002' for reading"), named.err.constData());
    QCOMPARE(readFile(path(u"out.bin"_s)), QByteArray("kept"));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

// Starts a copy with --keep-partial that holds after 8 KiB (the pause hook) and waits until it
// does: its second progress event has come.
static void startHeldCopy(QProcess& process, const QString& folder)
{
    startCli(process,
             {u"--keep-partial"_s, u"--chunk-size"_s, u"4K"_s, u"--progress=json"_s, u"src.bin"_s,
              u"dst.bin"_s},
             folder,
             cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"100"_s},
                             {u"RANGECOPY_TEST_PAUSE_AFTER_BYTES"_s, u"8192"_s}}));
    QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(process.errorString()));
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (err.count("\"event\":\"progress\"") < 2) {
        QVERIFY2(process.state() == QProcess::Running, err.constData());
        QVERIFY2(process.waitForReadyRead(kCliTimeoutMs), "no second progress event");
        err += process.readAllStandardError();
    }
}

void TestCliBatch::joinAsABatchLine()
{
    // A batch may split by copies and join in one run; the join's result line runs again.
    const QByteArray source = patternBytes(10000, 31);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QVERIFY(writeFile(path(u"jobs.jsonl"_s),
                      R"({"source": "src.bin", "destination": "s.001", "count": 6000})"
                      "\n"
                      R"({"source": "src.bin", "destination": "s.002", "offset": 6000})"
                      "\n"
                      R"({"join": ["s.001"], "destination": "joined.bin"})"
                      "\n"
                      R"({"join": ["s.002", "s.001"], "destination": "swapped.bin"})"
                      "\n"));
    const CliRun run = runCli({u"--batch"_s, u"jobs.jsonl"_s}, m_dir->path());
    QVERIFY2(run.exitedWith(kExitSuccess), run.describe().constData());
    QCOMPARE(readFile(path(u"joined.bin"_s)), source);
    QCOMPARE(readFile(path(u"swapped.bin"_s)), source.mid(6000) + source.left(6000));
    PARSE_LINES(results, run.out);
    QCOMPARE(results.size(), 4);
    const QJsonObject join = results.at(2);
    QCOMPARE(join.value(u"line"_s).toInt(), 3);
    QCOMPARE(join.value(u"bytes_sent"_s).toInteger(), qint64(source.size()));
    QCOMPARE(join.value(u"join"_s).toArray(), QJsonArray{u"s.001"_s});

    // The result line, fed back, joins again.
    QVERIFY(QFile::remove(path(u"joined.bin"_s)));
    QVERIFY(writeFile(path(u"again.jsonl"_s), QJsonDocument(join).toJson(QJsonDocument::Compact)));
    const CliRun again = runCli({u"--batch"_s, u"again.jsonl"_s, u"-q"_s}, m_dir->path());
    QVERIFY2(again.exitedWith(kExitSuccess), again.describe().constData());
    QCOMPARE(readFile(path(u"joined.bin"_s)), source);

    // A missing piece fails that line, as --join does, and the others run.
    QVERIFY(writeFile(path(u"missing.jsonl"_s),
                      R"({"join": ["s.001", "nothing.002"], "destination": "out.bin"})"
                      "\n"
                      R"({"source": "src.bin", "destination": "after.bin", "count": 3})"
                      "\n"));
    const CliRun missing = runCli({u"--batch"_s, u"missing.jsonl"_s}, m_dir->path());
    QVERIFY2(missing.exitedWith(kExitTransferFailed), missing.describe().constData());
    QVERIFY2(missing.err.contains("line 1: cannot open 'nothing.002' for reading"),
             missing.err.constData());
    QVERIFY(!QFile::exists(path(u"out.bin"_s)));
    QCOMPARE(readFile(path(u"after.bin"_s)), source.left(3));
}

void TestCliBatch::resumeAfterSigterm()
{
    const QByteArray source = patternBytes(256 * 1024, 13);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QProcess process;
    startHeldCopy(process, m_dir->path());
    QCOMPARE(::kill(process.processId(), SIGTERM), 0);
    const CliRun stopped = finishCli(process);
    QVERIFY2(stopped.exitedWith(kExitInterrupted), stopped.describe().constData());
    QVERIFY2(stopped.err.contains("copied are kept to resume from"), stopped.err.constData());
    QVERIFY(!QFileInfo::exists(path(u"dst.bin"_s)));

    const CliRun resumed =
        runCli({u"--resume"_s, u"--json"_s, u"src.bin"_s, u"dst.bin"_s}, m_dir->path());
    QVERIFY2(resumed.exitedWith(kExitSuccess), resumed.describe().constData());
    PARSE_LINES(results, resumed.out);
    QCOMPARE(results.at(0).value(u"resumed_from"_s).toInteger(), 8192);
    QCOMPARE(results.at(0).value(u"bytes_sent"_s).toInteger(), source.size());
    QCOMPARE(readFile(path(u"dst.bin"_s)), source);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"dst.bin"_s, u"src.bin"_s}));
}

void TestCliBatch::resumeAfterSigkill()
{
    // Killed outright, the copy cleans nothing up: the kept part and its record stay, and
    // --resume checks the part's bytes against the source before going on from them.
    const QByteArray source = patternBytes(256 * 1024, 14);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QProcess process;
    startHeldCopy(process, m_dir->path());
    process.kill();
    QVERIFY(process.waitForFinished(kCliTimeoutMs));
    QVERIFY(QFileInfo::exists(path(u".dst.bin.rangecopy-partial"_s)));
    QVERIFY(QFileInfo::exists(path(u".dst.bin.rangecopy-partial.json"_s)));

    const CliRun resumed =
        runCli({u"--resume"_s, u"--json"_s, u"src.bin"_s, u"dst.bin"_s}, m_dir->path());
    QVERIFY2(resumed.exitedWith(kExitSuccess), resumed.describe().constData());
    PARSE_LINES(results, resumed.out);
    QCOMPARE(results.at(0).value(u"resumed_from"_s).toInteger(), 8192);
    QCOMPARE(readFile(path(u"dst.bin"_s)), source);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u"dst.bin"_s, u"src.bin"_s}));

    const CliRun inPlace = runCli(
        {u"--resume"_s, u"--mode"_s, u"append"_s, u"src.bin"_s, u"dst.bin"_s}, m_dir->path());
    QVERIFY2(inPlace.exitedWith(kExitBadInput), inPlace.describe().constData());
    QVERIFY2(inPlace.err.contains("no part file to keep or resume from"), inPlace.err.constData());
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
