// End-to-end runs of the rangecopy-cli executable: what it prints, its exit status and the
// bytes it leaves on disk.

#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <signal.h>
#include <unistd.h>

using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kSamplePath = QStringLiteral(RANGECOPY_SAMPLE_PATH);

// The sample's first 100 bytes, written out so the seed example is checked against the text
// itself and not only against whatever the sample file holds.
const QByteArray kSeedPreview = QByteArrayLiteral(
    "Python is a widely-used general-purpose, high-level programming language. It was "
    "initially designed ");

QByteArray sampleBytes()
{
    return readFile(kSamplePath);
}

QJsonObject parseSingleJsonObject(const QByteArray& out, QString& problem)
{
    if (!out.endsWith('\n') || out.count('\n') != 1) {
        problem = QStringLiteral("expected one line of JSON, got: ") + QString::fromUtf8(out);
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        problem = QStringLiteral("not one JSON object (%1): %2")
                      .arg(error.errorString(), QString::fromUtf8(out));
        return {};
    }
    return document.object();
}

} // namespace

#define PARSE_JSON(object, out)                                                                    \
    QString object##Problem;                                                                       \
    const QJsonObject object = parseSingleJsonObject((out), object##Problem);                      \
    QVERIFY2(object##Problem.isEmpty(), qPrintable(object##Problem))

class TestCli : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void seedExample();
    void seedExampleAsAbsolutePaths();
    void sparseSaysWhatHolesBecome();
    void copiesAProcFileToItsEnd();
    void endOfFileReached_data();
    void endOfFileReached();
    void jsonSuccess();
    void jsonWithCountAndVerify();
    void jsonFailure_data();
    void jsonFailure();
    void modes_data();
    void modes();
    void newModeCreatesFile();
    void methods_data();
    void methods();
    void fallbackToReadWrite();
    void hashesAreCheckedByTheTools();
    void hashesInJson();
    void expectedDigestMismatchKeepsTheDestination();
    void verifyNamesTheFirstDifference();
    void compareSaysWhereRangesDiffer_data();
    void compareSaysWhereRangesDiffer();
    void compareInJson();
    void quietPrintsNothing();
    void previewLength_data();
    void previewLength();
    void previewEscapesBinary();
    void previewOfOverwriteReadsDestination();
    void progressGoesToStderr();
    void helpAndVersion_data();
    void helpAndVersion();
    void badInput_data();
    void badInput();
    void transferFailure_data();
    void transferFailure();
    void interrupted_data();
    void interrupted();
    void pathsWithSpacesAndDashes();
    void backupThenUndo_data();
    void backupThenUndo();
    void undoRefusals();
    void undoInJson();
    void undoAfterAnInterruptedOverwrite();

private:
    QByteArray m_sample;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    m_sample = sampleBytes();
    QCOMPARE(m_sample.size(), 409);
    QVERIFY(m_sample.startsWith(kSeedPreview));
    QVERIFY(m_sample.endsWith("more efficiently.\n"));
}

void TestCli::seedExample()
{
    QVERIFY(QFile::copy(kSamplePath, path(QStringLiteral("Python_intro.txt"))));
    const CliRun run =
        runCli({QStringLiteral("Python_intro.txt"), QStringLiteral("newfile.txt"),
                QStringLiteral("--count"), QStringLiteral("100"), QStringLiteral("--preview")},
               m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, "100 bytes sent\n" + kSeedPreview + '\n');
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(readFile(path(QStringLiteral("newfile.txt"))), kSeedPreview);
    QCOMPARE(readFile(path(QStringLiteral("Python_intro.txt"))), m_sample);
}

void TestCli::seedExampleAsAbsolutePaths()
{
    // The issue's own spelling: the sample where it lives in the source tree.
    const CliRun run = runCli({kSamplePath, path(QStringLiteral("newfile.txt")),
                               QStringLiteral("-n"), QStringLiteral("100"), QStringLiteral("-p")},
                              m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, "100 bytes sent\n" + kSeedPreview + '\n');
    QCOMPARE(readFile(path(QStringLiteral("newfile.txt"))), kSeedPreview);
}

void TestCli::endOfFileReached_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expectedOut");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("length");

    QTest::newRow("count past the end")
        << QStringList{QStringLiteral("--count"), QStringLiteral("1000")}
        << QByteArray("409 bytes sent (end of file reached)\n") << qint64(0) << qint64(409);
    QTest::newRow("count exactly the size")
        << QStringList{QStringLiteral("--count"), QStringLiteral("409")}
        << QByteArray("409 bytes sent\n") << qint64(0) << qint64(409);
    QTest::newRow("no count: to the end, no end-of-file note")
        << QStringList{} << QByteArray("409 bytes sent\n") << qint64(0) << qint64(409);
    QTest::newRow("offset inside, count past the end")
        << QStringList{QStringLiteral("-o"), QStringLiteral("400"), QStringLiteral("-n"),
                       QStringLiteral("1K")}
        << QByteArray("9 bytes sent (end of file reached)\n") << qint64(400) << qint64(9);
    QTest::newRow("offset at the end")
        << QStringList{QStringLiteral("--offset"), QStringLiteral("409"), QStringLiteral("--count"),
                       QStringLiteral("10")}
        << QByteArray("0 bytes sent (end of file reached)\n") << qint64(409) << qint64(0);
    QTest::newRow("offset past the end")
        << QStringList{QStringLiteral("--offset"), QStringLiteral("1M"), QStringLiteral("--count"),
                       QStringLiteral("10")}
        << QByteArray("0 bytes sent (end of file reached)\n") << qint64(409) << qint64(0);
    QTest::newRow("count 0") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                             << QByteArray("0 bytes sent\n") << qint64(0) << qint64(0);
    QTest::newRow("one byte") << QStringList{QStringLiteral("--offset"), QStringLiteral("0x10"),
                                             QStringLiteral("--count"), QStringLiteral("1")}
                              << QByteArray("1 byte sent\n") << qint64(16) << qint64(1);
}

void TestCli::endOfFileReached()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expectedOut);
    QFETCH(qint64, from);
    QFETCH(qint64, length);
    const CliRun run =
        runCli(QStringList{kSamplePath, QStringLiteral("out.txt")} + options, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, expectedOut);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), m_sample.mid(from, length));
}

void TestCli::sparseSaysWhatHolesBecome()
{
    // 2 MiB with 5 bytes of data in the middle: by default the holes stay holes.
    const qint64 size = 2 * 1024 * 1024;
    QVERIFY(writeSparseFile(m_dir->filePath(QStringLiteral("image.bin")), size,
                            {{size / 2, QByteArrayLiteral("hello")}}));
    const auto holesOf = [&](const QStringList& extra) {
        const CliRun run = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("image.bin"),
                                              QStringLiteral("copy.bin")} +
                                      extra,
                                  m_dir->path());
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        return run.exitedWith(kExitSuccess)
                   ? object.value(QStringLiteral("bytes_in_holes")).toInteger(-1)
                   : -1;
    };
    const qint64 keptHoles = holesOf({});
    QVERIFY2(keptHoles >= size - 4096 && keptHoles < size, qPrintable(QString::number(keptHoles)));
    QCOMPARE(holesOf({QStringLiteral("--sparse"), QStringLiteral("never")}), qint64(0));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("copy.bin"))).mid(size / 2, 5),
             QByteArrayLiteral("hello"));

    const CliRun wrong = runCli({QStringLiteral("--sparse"), QStringLiteral("maybe"),
                                 QStringLiteral("image.bin"), QStringLiteral("copy.bin")},
                                m_dir->path());
    COMPARE_EXIT(wrong, kExitBadInput);
    QVERIFY2(wrong.err.contains("--sparse: unknown value 'maybe': use auto, always, never"),
             wrong.err.constData());
}

void TestCli::copiesAProcFileToItsEnd()
{
    // /proc/self/mountinfo reports 0 bytes; the CLI shares this process's mounts, so it reads
    // what this process reads.
    QFile proc(QStringLiteral("/proc/self/mountinfo"));
    QVERIFY(proc.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const QByteArray content = proc.readAll();
    QVERIFY(!content.isEmpty());
    const CliRun run = runCli({QStringLiteral("/proc/self/mountinfo"), QStringLiteral("copy.txt"),
                               QStringLiteral("--quiet")},
                              m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("copy.txt"))), content);

    // Nothing read from past its end: the file it would replace stays.
    const CliRun nothing =
        runCli({QStringLiteral("/proc/self/mountinfo"), QStringLiteral("copy.txt"),
                QStringLiteral("--offset"), QStringLiteral("1G")},
               m_dir->path());
    COMPARE_EXIT(nothing, kExitBadInput);
    QVERIFY2(nothing.err.contains("would leave it empty; it was left as it was"),
             nothing.err.constData());
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("copy.txt"))), content);
}

void TestCli::jsonSuccess()
{
    const CliRun run =
        runCli({QStringLiteral("--json"), kSamplePath, QStringLiteral("out.txt")}, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.err, QByteArray());
    PARSE_JSON(object, run.out);

    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("bytes_in_holes"), QStringLiteral("bytes_sent"),
                                QStringLiteral("bytes_shared"), QStringLiteral("count"),
                                QStringLiteral("dest_offset"), QStringLiteral("destination"),
                                QStringLiteral("elapsed_s"), QStringLiteral("eof"),
                                QStringLiteral("method"), QStringLiteral("mode"),
                                QStringLiteral("offset"), QStringLiteral("source"),
                                QStringLiteral("verified")}));
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1), 409);
    QCOMPARE(object.value(QStringLiteral("eof")), QJsonValue(false));
    QCOMPARE(object.value(QStringLiteral("source")).toString(), kSamplePath);
    QCOMPARE(object.value(QStringLiteral("destination")).toString(), QStringLiteral("out.txt"));
    QCOMPARE(object.value(QStringLiteral("offset")).toInteger(-1), 0);
    QVERIFY(object.value(QStringLiteral("count")).isNull());
    QCOMPARE(object.value(QStringLiteral("dest_offset")).toInteger(-1), 0);
    QCOMPARE(object.value(QStringLiteral("mode")).toString(), QStringLiteral("replace"));
    QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("sendfile"));
    QVERIFY(object.value(QStringLiteral("elapsed_s")).isDouble());
    QVERIFY(object.value(QStringLiteral("elapsed_s")).toDouble(-1) >= 0);
    QVERIFY(object.value(QStringLiteral("verified")).isNull());
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), m_sample);
}

void TestCli::jsonWithCountAndVerify()
{
    QVERIFY(writeFile(path(QStringLiteral("out.txt")), QByteArrayLiteral("0123456789")));
    const CliRun run =
        runCli({kSamplePath, QStringLiteral("out.txt"), QStringLiteral("--json"),
                QStringLiteral("--verify"), QStringLiteral("--offset"), QStringLiteral("7"),
                QStringLiteral("--count"), QStringLiteral("1000"), QStringLiteral("--mode"),
                QStringLiteral("overwrite"), QStringLiteral("--dest-offset"), QStringLiteral("4")},
               m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.err, QByteArray());
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1), 402);
    QCOMPARE(object.value(QStringLiteral("eof")), QJsonValue(true));
    QCOMPARE(object.value(QStringLiteral("offset")).toInteger(-1), 7);
    QCOMPARE(object.value(QStringLiteral("count")).toInteger(-1), 1000);
    QCOMPARE(object.value(QStringLiteral("dest_offset")).toInteger(-1), 4);
    QCOMPARE(object.value(QStringLiteral("mode")).toString(), QStringLiteral("overwrite"));
    QCOMPARE(object.value(QStringLiteral("verified")), QJsonValue(u"cache"_s));
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), "0123" + m_sample.mid(7));
}

void TestCli::jsonFailure_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fastPathErrno");

    QTest::newRow("source not found")
        << QStringList{QStringLiteral("nope.txt"), QStringLiteral("dest.txt")}
        << QStringLiteral("source_not_found")
        << QStringLiteral("cannot open 'nope.txt' for reading: No such file or directory")
        << kExitBadInput << QString();
    QTest::newRow("identical files")
        << QStringList{QStringLiteral("source.txt"), QStringLiteral("source.txt")}
        << QStringLiteral("identical_files") << QStringLiteral("are the same file") << kExitBadInput
        << QString();
    QTest::newRow("new mode, destination exists")
        << QStringList{QStringLiteral("-m"), QStringLiteral("new"), QStringLiteral("source.txt"),
                       QStringLiteral("dest.txt")}
        << QStringLiteral("destination_exists") << QStringLiteral("already exists") << kExitBadInput
        << QString();
    QTest::newRow("bad number") << QStringList{QStringLiteral("--count"), QStringLiteral("-3"),
                                               QStringLiteral("source.txt"),
                                               QStringLiteral("dest.txt")}
                                << QStringLiteral("invalid_argument")
                                << QStringLiteral("--count: '-3' is negative") << kExitBadInput
                                << QString();
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("source.txt"),
                       QStringLiteral("dest.txt")}
        << QStringLiteral("invalid_argument") << QStringLiteral("frobnicate") << kExitBadInput
        << QString();
    QTest::newRow("missing destination")
        << QStringList{QStringLiteral("source.txt")} << QStringLiteral("invalid_argument")
        << QStringLiteral("missing DESTINATION") << kExitBadInput << QString();
    QTest::newRow("I/O error") << QStringList{QStringLiteral("source.txt"),
                                              QStringLiteral("dest.txt")}
                               << QStringLiteral("io_error") << QStringLiteral("Input/output error")
                               << kExitTransferFailed << QStringLiteral("5");
}

void TestCli::jsonFailure()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    QFETCH(int, exitCode);
    QFETCH(QString, fastPathErrno);
    QVERIFY(QFile::copy(kSamplePath, path(QStringLiteral("source.txt"))));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), QByteArrayLiteral("keep me\n")));
    QMap<QString, QString> hooks;
    if (!fastPathErrno.isEmpty())
        hooks.insert(QStringLiteral("RANGECOPY_TEST_FAST_PATH_ERRNO"), fastPathErrno);

    const CliRun run = runCli(QStringList{QStringLiteral("--json")} + arguments, m_dir->path(),
                              cliEnvironment(hooks));
    COMPARE_EXIT(run, exitCode);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("bytes_sent"), QStringLiteral("error")}));
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1),
             0); // replace: nothing written
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    QStringList errorKeys = error.keys();
    errorKeys.sort();
    QCOMPARE(errorKeys, (QStringList{QStringLiteral("kind"), QStringLiteral("message")}));
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    // The same reason, once, on stderr for the person watching.
    QCOMPARE(run.err, "rangecopy-cli: " + message.toUtf8() + '\n');
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArrayLiteral("keep me\n"));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestCli::modes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("destinationExists");
    QTest::addColumn<QByteArray>("oldDestination");
    QTest::addColumn<QByteArray>("expectedDestination");
    QTest::addColumn<qint64>("expectedSent");
    QTest::addColumn<qint64>("expectedDestOffset");

    const QByteArray sample = sampleBytes();
    const QByteArray old = QByteArray(600, 'Z');
    QTest::newRow("replace (default) drops the old content")
        << QStringList{QStringLiteral("--offset"), QStringLiteral("10"), QStringLiteral("--count"),
                       QStringLiteral("20")}
        << true << old << sample.mid(10, 20) << qint64(20) << qint64(0);
    QTest::newRow("replace, explicit")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("replace")} << true << old << sample
        << qint64(409) << qint64(0);
    QTest::newRow("replace under a speed limit copies every byte")
        << QStringList{QStringLiteral("--limit-rate"), QStringLiteral("1 MiB/s")} << true << old
        << sample << qint64(409) << qint64(0);
    QTest::newRow("replace, missing destination")
        << QStringList{QStringLiteral("-m"), QStringLiteral("replace"), QStringLiteral("-n"),
                       QStringLiteral("5")}
        << false << QByteArray() << sample.left(5) << qint64(5) << qint64(0);
    QTest::newRow("overwrite at 0 keeps the tail (the seed)")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("overwrite"),
                       QStringLiteral("--count"), QStringLiteral("100")}
        << true << old << sample.left(100) + old.mid(100) << qint64(100) << qint64(0);
    QTest::newRow("overwrite with --dest-offset inside")
        << QStringList{QStringLiteral("--mode"),        QStringLiteral("overwrite"),
                       QStringLiteral("--dest-offset"), QStringLiteral("50"),
                       QStringLiteral("--offset"),      QStringLiteral("3"),
                       QStringLiteral("--count"),       QStringLiteral("30")}
        << true << old << old.left(50) + sample.mid(3, 30) + old.mid(80) << qint64(30)
        << qint64(50);
    QTest::newRow("overwrite across the old end grows the file")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("overwrite"),
                       QStringLiteral("--dest-offset"), QStringLiteral("590")}
        << true << old << old.left(590) + sample << qint64(409) << qint64(590);
    QTest::newRow("overwrite past the old end leaves a hole of zeros")
        << QStringList{QStringLiteral("--dest-offset"),
                       QStringLiteral("0x10"),
                       QStringLiteral("--mode"),
                       QStringLiteral("overwrite"),
                       QStringLiteral("-n"),
                       QStringLiteral("4")}
        << true << QByteArray("abc") << QByteArray("abc") + QByteArray(13, '\0') + sample.left(4)
        << qint64(4) << qint64(16);
    QTest::newRow("overwrite creates a missing destination")
        << QStringList{QStringLiteral("--mode"),        QStringLiteral("overwrite"),
                       QStringLiteral("--dest-offset"), QStringLiteral("2"),
                       QStringLiteral("--count"),       QStringLiteral("3")}
        << false << QByteArray() << QByteArray(2, '\0') + sample.left(3) << qint64(3) << qint64(2);
    QTest::newRow("append after the old end")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("-o"),
                       QStringLiteral("400")}
        << true << old << old + sample.mid(400) << qint64(9) << qint64(600);
    QTest::newRow("append to a missing destination")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("-n"),
                       QStringLiteral("7")}
        << false << QByteArray() << sample.left(7) << qint64(7) << qint64(0);
    QTest::newRow("append to an empty destination, count 0")
        << QStringList{QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("-n"),
                       QStringLiteral("0")}
        << true << QByteArray() << QByteArray() << qint64(0) << qint64(0);
}

void TestCli::modes()
{
    QFETCH(QStringList, options);
    QFETCH(bool, destinationExists);
    QFETCH(QByteArray, oldDestination);
    QFETCH(QByteArray, expectedDestination);
    QFETCH(qint64, expectedSent);
    QFETCH(qint64, expectedDestOffset);
    const QString destination = path(QStringLiteral("dest.bin"));
    if (destinationExists)
        QVERIFY(writeFile(destination, oldDestination));

    const CliRun run = runCli(
        QStringList{QStringLiteral("--json"), kSamplePath, destination} + options, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.err, QByteArray());
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1), expectedSent);
    QCOMPARE(object.value(QStringLiteral("dest_offset")).toInteger(-1), expectedDestOffset);
    QCOMPARE(readFile(destination), expectedDestination);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestCli::newModeCreatesFile()
{
    const QString destination = path(QStringLiteral("brand-new.txt"));
    const CliRun run =
        runCli({QStringLiteral("--mode"), QStringLiteral("new"), QStringLiteral("-o"),
                QStringLiteral("7"), QStringLiteral("-n"), QStringLiteral("9"),
                QStringLiteral("--json"), kSamplePath, destination},
               m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(QStringLiteral("mode")).toString(), QStringLiteral("new"));
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1), 9);
    QCOMPARE(readFile(destination), m_sample.mid(7, 9));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestCli::methods_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("sendfile") << QStringLiteral("sendfile");
    QTest::newRow("copy_file_range") << QStringLiteral("copy_file_range");
    QTest::newRow("read-write") << QStringLiteral("read-write");
}

void TestCli::methods()
{
    QFETCH(QString, method);
    // Bigger than one chunk, so every method loops.
    const QByteArray source = patternBytes(200000, 7);
    QVERIFY(writeFile(path(QStringLiteral("source.bin")), source));
    QVERIFY(writeFile(path(QStringLiteral("dest.bin")), QByteArray(1000, 'x')));

    const CliRun run = runCli(
        {QStringLiteral("source.bin"), QStringLiteral("dest.bin"), QStringLiteral("--method"),
         method, QStringLiteral("--chunk-size"), QStringLiteral("64K"), QStringLiteral("--offset"),
         QStringLiteral("123"), QStringLiteral("--json"), QStringLiteral("--verify")},
        m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.err, QByteArray());
    PARSE_JSON(object, run.out);
    // Both files are in one folder on one filesystem, where every method can serve.
    QCOMPARE(object.value(QStringLiteral("method")).toString(), method);
    QCOMPARE(object.value(QStringLiteral("bytes_sent")).toInteger(-1), source.size() - 123);
    QCOMPARE(object.value(QStringLiteral("verified")), QJsonValue(u"cache"_s));
    QCOMPARE(readFile(path(QStringLiteral("dest.bin"))), source.mid(123));
}

void TestCli::fallbackToReadWrite()
{
    // EINVAL from the fast path before any byte moved: the copy goes on with read/write.
    const CliRun run = runCli(
        {kSamplePath, QStringLiteral("out.txt"), QStringLiteral("--json")}, m_dir->path(),
        cliEnvironment({{QStringLiteral("RANGECOPY_TEST_FAST_PATH_ERRNO"), QStringLiteral("22")}}));
    COMPARE_EXIT(run, kExitSuccess);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("read-write"));
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), m_sample);
}

void TestCli::hashesAreCheckedByTheTools()
{
    QVERIFY(QFile::copy(kSamplePath, path(u"Python_intro.txt"_s)));
    const CliRun run = runCli({u"Python_intro.txt"_s, u"newfile.txt"_s, u"-n"_s, u"100"_s,
                               u"--hash"_s, u"sha256"_s, u"--hash"_s, u"xxh3"_s, u"--hash-file"_s},
                              m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 6); // headline, two digests, two checksum files, and the last newline
    QCOMPARE(lines[0], "100 bytes sent"_ba);
    // The seed's 100 bytes, hashed by hand-checked tools: sha256sum and xxhsum -H3.
    QCOMPARE(lines[1],
             "37dcf73e7d7551d46e27d590d48230b6a2e6184e0b64f68d2e2d905c0fbb59ea  newfile.txt"_ba);
    QCOMPARE(lines[2], "XXH3 (newfile.txt) = f4280eddbae8f3ef"_ba);
    QCOMPARE(lines[3], "Checksum file 'newfile.txt.sha256' written (sha256sum -c checks it)."_ba);
    QCOMPARE(lines[4], "Checksum file 'newfile.txt.xxh3' written (xxhsum -c checks it)."_ba);
    QProcess check;
    check.setWorkingDirectory(m_dir->path());
    check.start(u"sha256sum"_s, {u"-c"_s, u"newfile.txt.sha256"_s});
    QVERIFY(check.waitForFinished(kWaitMs));
    QCOMPARE(check.readAllStandardOutput(), "newfile.txt: OK\n"_ba);
    QCOMPARE(check.exitCode(), 0);
}

void TestCli::hashesInJson()
{
    QVERIFY(QFile::copy(kSamplePath, path(u"Python_intro.txt"_s)));
    const CliRun run = runCli({u"Python_intro.txt"_s, u"out.txt"_s, u"--offset"_s, u"1"_s,
                               u"--hash"_s, u"md5"_s, u"--hash"_s, u"blake2b"_s, u"--json"_s,
                               u"--hash-file"_s, u"--verify"_s, u"--sync"_s},
                              m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    PARSE_JSON(object, run.out);
    const QByteArray copied = sampleBytes().mid(1);
    const QJsonObject hashes = object.value(u"hashes"_s).toObject();
    QCOMPARE(hashes.keys(), (QStringList{u"blake2b"_s, u"md5"_s}));
    QCOMPARE(
        hashes.value(u"md5"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(copied, QCryptographicHash::Md5).toHex()));
    QCOMPARE(hashes.value(u"blake2b"_s).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(copied, QCryptographicHash::Blake2b_512).toHex()));
    QCOMPARE(object.value(u"checksum_files"_s).toArray(),
             (QJsonArray{u"out.txt.md5"_s, u"out.txt.b2"_s}));
    QCOMPARE(object.value(u"verified"_s), QJsonValue(u"disk"_s));
}

void TestCli::expectedDigestMismatchKeepsTheDestination()
{
    QVERIFY(QFile::copy(kSamplePath, path(u"Python_intro.txt"_s)));
    QVERIFY(writeFile(path(u"firmware.bin"_s), "the old firmware"));
    const QString right = QString::fromLatin1(
        QCryptographicHash::hash(sampleBytes(), QCryptographicHash::Sha256).toHex());
    const QString wrong = QString(64, u'0');
    const Snapshot before = snapshot(m_dir->path());

    CliRun run = runCli({u"Python_intro.txt"_s, u"firmware.bin"_s, u"--expect"_s,
                         u"sha256:"_s + wrong, u"--json"_s},
                        m_dir->path());
    COMPARE_EXIT(run, kExitTransferFailed);
    QCOMPARE(snapshot(m_dir->path()), before);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"checksum_mismatch"_s);
    QCOMPARE(object.value(u"hashes"_s).toObject().value(u"sha256"_s).toString(), right);
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(right) && message.contains(wrong), qPrintable(message));
    QVERIFY2(message.contains(u"'firmware.bin' was left as it was"_s), qPrintable(message));

    // The published digest, in capitals as some sites print it: the copy goes in.
    run = runCli(
        {u"Python_intro.txt"_s, u"firmware.bin"_s, u"--expect"_s, u"SHA256:"_s + right.toUpper()},
        m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(readFile(path(u"firmware.bin"_s)), sampleBytes());
}

void TestCli::verifyNamesTheFirstDifference()
{
    QVERIFY(QFile::copy(kSamplePath, path(u"Python_intro.txt"_s)));
    QMap<QString, QString> hook{{u"RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY"_s, u"33"_s}};
    const CliRun run = runCli(
        {u"Python_intro.txt"_s, u"copy.txt"_s, u"--offset"_s, u"10"_s, u"--verify"_s, u"--json"_s},
        m_dir->path(), cliEnvironment(hook));
    COMPARE_EXIT(run, kExitTransferFailed);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(u"verified"_s), QJsonValue(false));
    QCOMPARE(object.value(u"differing_bytes"_s).toInteger(), 1);
    const QJsonObject first = object.value(u"first_difference"_s).toObject();
    QCOMPARE(first.value(u"source"_s).toInteger(), 43);
    QCOMPARE(first.value(u"destination"_s).toInteger(), 33);
    QCOMPARE(run.err, "rangecopy-cli: the bytes read back from 'copy.txt' differ from the source "
                      "'Python_intro.txt': 1 byte differs, the first at byte 43 of the source "
                      "(0x2b) and byte 33 of the destination (0x21)\n"_ba);
    QVERIFY(!exists(path(u"copy.txt"_s)));
}

void TestCli::compareSaysWhereRangesDiffer_data()
{
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    const QByteArray sample = QByteArray("Python is a widely-used general-purpose, high-level");
    QByteArray changed = "xyz" + sample;
    changed[3 + 10] = '_';
    changed[3 + 12] = '_';
    QTest::newRow("the same, at an offset")
        << "xyz" + sample << QStringList{u"--other-offset"_s, u"3"_s, u"-n"_s, u"51"_s}
        << kExitSuccess
        << "The 51 bytes from byte 0 of 'a.txt' are the same in 'b.txt' from byte 3.\n"_ba;
    QTest::newRow("two bytes differ")
        << changed << QStringList{u"--other-offset"_s, u"3"_s, u"-n"_s, u"51"_s} << 3
        << "Of the 51 bytes compared, 2 bytes differ; the first at byte 10 of 'a.txt' (0xa) "
           "and byte 13 of 'b.txt' (0xd).\n"_ba;
    QTest::newRow("the other file is shorter")
        << sample.left(20)
        << QStringList{u"-o"_s, u"5"_s, u"-n"_s, u"30"_s, u"--other-offset"_s, u"5"_s} << 3
        << "Of the 30 bytes compared, 15 bytes differ; the first at byte 20 of 'a.txt' (0x14) "
           "and byte 20 of 'b.txt' (0x14).\n"_ba;
}

void TestCli::compareSaysWhereRangesDiffer()
{
    QFETCH(QByteArray, other);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QVERIFY(writeFile(path(u"a.txt"_s), sampleBytes().left(51)));
    QVERIFY(writeFile(path(u"b.txt"_s), other));
    const Snapshot before = snapshot(m_dir->path());
    const CliRun run =
        runCli(QStringList{u"a.txt"_s, u"--compare"_s, u"b.txt"_s} + options, m_dir->path());
    COMPARE_EXIT(run, exitCode);
    QCOMPARE(run.out, out);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(snapshot(m_dir->path()), before); // nothing is copied
}

void TestCli::compareInJson()
{
    QVERIFY(writeFile(path(u"a.bin"_s), patternBytes(300000, 1)));
    QByteArray other = patternBytes(300000, 1);
    other[123456] = char(~other[123456]);
    QVERIFY(writeFile(path(u"b.bin"_s), other));
    CliRun run = runCli({u"a.bin"_s, u"--compare"_s, u"b.bin"_s, u"--json"_s}, m_dir->path());
    COMPARE_EXIT(run, 3);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(u"equal"_s), QJsonValue(false));
    QCOMPARE(object.value(u"compared_bytes"_s).toInteger(), 300000);
    QCOMPARE(object.value(u"differing_bytes"_s).toInteger(), 1);
    QCOMPARE(object.value(u"first_difference"_s).toObject().value(u"other"_s).toInteger(), 123456);

    run = runCli({u"a.bin"_s, u"--compare"_s, u"missing.bin"_s, u"--json"_s}, m_dir->path());
    COMPARE_EXIT(run, kExitBadInput);
    PARSE_JSON(failure, run.out);
    QVERIFY2(failure.value(u"error"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toString()
                 .contains(u"missing.bin"_s),
             run.out.constData());
    run = runCli({u"a.bin"_s, u"b.bin"_s, u"--compare"_s, u"b.bin"_s}, m_dir->path());
    COMPARE_EXIT(run, kExitBadInput);
    QVERIFY2(run.err.contains("--compare takes SOURCE only"), run.err.constData());
}

void TestCli::quietPrintsNothing()
{
    for (const QString& flag : {QStringLiteral("--quiet"), QStringLiteral("-q")}) {
        const CliRun run = runCli({flag, kSamplePath, QStringLiteral("out.txt"),
                                   QStringLiteral("--count"), QStringLiteral("1K")},
                                  m_dir->path());
        COMPARE_EXIT(run, kExitSuccess);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(readFile(path(QStringLiteral("out.txt"))), m_sample);
    }
}

void TestCli::previewLength_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("expectedOut");
    const QByteArray sample = sampleBytes();
    QTest::newRow("--preview=5") << QStringList{QStringLiteral("--preview=5")}
                                 << QByteArray("409 bytes sent\nPytho\n");
    QTest::newRow("--preview=0x10 with count")
        << QStringList{QStringLiteral("--preview=0x10"), QStringLiteral("-n"), QStringLiteral("50")}
        << QByteArray("50 bytes sent\nPython is a wide\n");
    QTest::newRow("--preview=0") << QStringList{QStringLiteral("--preview=0")}
                                 << QByteArray("409 bytes sent\n");
    QTest::newRow("preview longer than the copy")
        << QStringList{QStringLiteral("--preview=1K"), QStringLiteral("-n"), QStringLiteral("6")}
        << QByteArray("6 bytes sent\nPython\n");
    QTest::newRow("whole file ending in a newline: no extra line")
        << QStringList{QStringLiteral("--preview=1K")} << "409 bytes sent\n" + sample;
    QTest::newRow("default is 100 bytes")
        << QStringList{QStringLiteral("-p")} << "409 bytes sent\n" + sample.left(100) + '\n';
    QTest::newRow("nothing copied")
        << QStringList{QStringLiteral("-p"), QStringLiteral("-o"), QStringLiteral("409")}
        << QByteArray("0 bytes sent\n");
}

void TestCli::previewLength()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, expectedOut);
    const CliRun run =
        runCli(QStringList{kSamplePath, QStringLiteral("out.txt")} + options, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, expectedOut);
    QCOMPARE(run.err, QByteArray());
}

void TestCli::previewEscapesBinary()
{
    const QByteArray source = QByteArrayLiteral("A\x01\tB\n\xff\\C\r\x1b[31m\xc3\xa9\0Z");
    QCOMPARE(source.size(), 18);
    QVERIFY(writeFile(path(QStringLiteral("binary.bin")), source));
    const CliRun run = runCli(
        {QStringLiteral("binary.bin"), QStringLiteral("out.bin"), QStringLiteral("--preview")},
        m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, QByteArray("18 bytes sent\n"
                                 "A\\x01\tB\n\\xff\\\\C\\x0d\\x1b[31m\xc3\xa9\\x00Z\n"));
    QCOMPARE(readFile(path(QStringLiteral("out.bin"))), source);

    const CliRun json = runCli({QStringLiteral("binary.bin"), QStringLiteral("out.bin"),
                                QStringLiteral("--preview=3"), QStringLiteral("--json")},
                               m_dir->path());
    COMPARE_EXIT(json, kExitSuccess);
    PARSE_JSON(object, json.out);
    QCOMPARE(object.value(QStringLiteral("preview")).toString(), QStringLiteral("A\\x01\t"));
}

void TestCli::previewOfOverwriteReadsDestination()
{
    // The preview is read back from where the bytes landed, like the seed's lseek + read.
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), QByteArray(20, '.')));
    const CliRun run =
        runCli({kSamplePath, QStringLiteral("dest.txt"), QStringLiteral("-m"),
                QStringLiteral("overwrite"), QStringLiteral("--dest-offset"), QStringLiteral("10"),
                QStringLiteral("-o"), QStringLiteral("7"), QStringLiteral("-n"),
                QStringLiteral("2"), QStringLiteral("--preview")},
               m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, QByteArray("2 bytes sent\nis\n"));
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("..........is........"));
}

void TestCli::progressGoesToStderr()
{
    const CliRun run = runCli(
        {kSamplePath, QStringLiteral("out.txt"), QStringLiteral("--progress")}, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QCOMPARE(run.out, QByteArray("409 bytes sent\n"));
    QVERIFY2(run.err.startsWith('\r'), run.err.constData());
    QVERIFY2(run.err.endsWith('\n'), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    const QByteArray lastLine = run.err.mid(run.err.lastIndexOf('\r') + 1);
    QVERIFY2(lastLine.contains("100%"), lastLine.constData());
    QVERIFY2(lastLine.contains("409 bytes of 409 bytes"), lastLine.constData());
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), m_sample);
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QByteArray>("expectedPart");
    QTest::newRow("--help") << QStringLiteral("--help") << QByteArray("--count <N>");
    QTest::newRow("-h") << QStringLiteral("-h") << QByteArray("Usage: ");
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QByteArray("rangecopy-cli " RANGECOPY_VERSION "\n");
}

void TestCli::helpAndVersion()
{
    QFETCH(QString, flag);
    QFETCH(QByteArray, expectedPart);
    const CliRun run = runCli({flag}, m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    QVERIFY2(run.out.contains(expectedPart), run.out.constData());
    QCOMPARE(run.err, QByteArray());
    if (flag != QLatin1String("--version")) {
        for (const char* word :
             {"--offset", "--mode", "--dest-offset", "--method", "--verify", "--sync", "--preview",
              "--json", "--quiet", "--progress", "SOURCE", "DESTINATION"})
            QVERIFY2(run.out.contains(word), word);
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char* name, const QStringList& arguments, const QString& reason) {
        QTest::newRow(name) << arguments << reason;
    };
    const QString src = QStringLiteral("source.txt");
    const QString dst = QStringLiteral("dest.txt");
    const auto s = [](const char* text) {
        return QString::fromUtf8(text);
    };

    // Numbers.
    row("negative offset", {s("--offset"), s("-1"), src, dst}, s("--offset: '-1' is negative"));
    row("negative count", {s("-n"), s("-100"), src, dst}, s("--count: '-100' is negative"));
    row("negative dest offset",
        {s("--mode"), s("overwrite"), s("--dest-offset"), s("-4"), src, dst},
        s("--dest-offset: '-4' is negative"));
    row("empty count", {s("--count"), s(""), src, dst}, s("--count: no value given"));
    row("blank offset", {s("--offset"), s("   "), src, dst}, s("--offset: no value given"));
    row("garbage count", {s("--count"), s("abc"), src, dst}, s("--count: 'abc' is not a number"));
    row("garbage unit", {s("--count"), s("12 parsecs"), src, dst},
        s("--count: '12 parsecs' has an unknown unit 'parsecs'"));
    row("bad hex", {s("--offset"), s("0x12g"), src, dst}, s("'g' is not a hexadecimal digit"));
    row("plus sign", {s("--count"), s("+5"), src, dst}, s("leave out the sign"));
    row("fractional byte", {s("--count"), s("1.5"), src, dst},
        s("--count: '1.5' is not a whole number of bytes"));
    row("fractional byte with unit", {s("--offset"), s("0.3K"), src, dst},
        s("--offset: '0.3K' is not a whole number of bytes"));
    row("overflowing decimal", {s("--count"), s("9223372036854775808"), src, dst},
        s("--count: '9223372036854775808' is too large"));
    row("overflowing hex", {s("--offset"), s("0x10000000000000000"), src, dst}, s("is too large"));
    row("overflowing unit", {s("--count"), s("10000000 TB"), src, dst}, s("is too large"));
    row("offset + count overflow",
        {s("--offset"), s("0x7fffffffffffffff"), s("--count"), s("1"), src, dst},
        s("goes past the largest file offset"));
    row("offset + count overflow, overwrite",
        {s("-m"), s("overwrite"), s("--offset"), s("8T"), s("--count"), s("0x7fffffffffffffff"),
         src, dst},
        s("goes past the largest file offset"));
    row("dest offset + count overflow",
        {s("-m"), s("overwrite"), s("--dest-offset"), s("0x7fffffffffffffff"), s("--count"), s("1"),
         src, dst},
        s("in the destination, offset 9223372036854775807 plus count 1 goes past"));
    row("chunk size 0", {s("--chunk-size"), s("0"), src, dst},
        s("the chunk size 0 is outside 1 .. 2147479552 bytes"));
    row("chunk size above the kernel's cap", {s("--chunk-size"), s("2G"), src, dst},
        s("the chunk size 2147483648 is outside"));
    row("chunk size garbage", {s("--chunk-size"), s("lots"), src, dst},
        s("--chunk-size: 'lots' is not a number"));
    row("rate 0", {s("--limit-rate"), s("0"), src, dst},
        s("--limit-rate: a rate of 0 would copy nothing"));
    row("rate garbage", {s("--limit-rate"), s("fast"), src, dst},
        s("--limit-rate: 'fast' is not a number"));
    row("rate per minute", {s("--limit-rate"), s("5M/min"), src, dst},
        s("--limit-rate: '5M/min' has an unknown unit 'M/min'"));
    row("bad preview length", {s("--preview=many"), src, dst},
        s("--preview: 'many' is not a number"));
    row("negative preview length", {s("--preview=-1"), src, dst}, s("--preview: '-1' is negative"));

    // Names.
    row("unknown mode", {s("--mode"), s("sideways"), src, dst},
        s("--mode: unknown mode 'sideways': use replace, overwrite, append, new"));
    row("unknown method", {s("--method"), s("carrier-pigeon"), src, dst},
        s("--method: unknown method 'carrier-pigeon': use auto, sendfile, copy_file_range, "
          "read-write"));
    row("mode names are exact", {s("--mode"), s("Overwrite"), src, dst}, s("unknown mode"));
    row("unknown digest", {s("--hash"), s("crc32"), src, dst},
        s("--hash: unknown digest 'crc32': use md5, sha1, sha256, sha512, blake2b, xxh3, xxh128"));
    row("expected digest without its algorithm", {s("--expect"), s("abcd"), src, dst},
        s("--expect: 'abcd' is not a checksum: write ALGORITHM:DIGEST"));
    row("expected digest of the wrong length", {s("--expect"), s("md5:abcd"), src, dst},
        s("--expect: a md5 digest is 32 hexadecimal digits; 'abcd' is not one"));
    row("checksum file without a digest", {s("--hash-file"), src, dst},
        s("a checksum file needs a digest"));
    row("checksum file in overwrite mode",
        {s("--hash"), s("md5"), s("--hash-file"), s("-m"), s("overwrite"), src, dst},
        s("in overwrite mode the digest is of the copied range only"));
    row("one checksum file for two digests",
        {s("--hash"), s("md5"), s("--hash"), s("sha1"), s("--hash-file=sums"), src, dst},
        s("one checksum file holds one kind of digest"));
    row("--dest-offset without a mode", {s("--dest-offset"), s("5"), src, dst},
        s("--dest-offset goes with --mode overwrite only"));
    row("--dest-offset with append", {s("--dest-offset"), s("0"), s("-m"), s("append"), src, dst},
        s("--dest-offset goes with --mode overwrite only"));
    row("--dest-offset with replace", {s("-m"), s("replace"), s("--dest-offset"), s("1"), src, dst},
        s("--dest-offset goes with --mode overwrite only"));

    // Arguments.
    row("no arguments", {}, s("missing SOURCE and DESTINATION"));
    row("missing destination", {src}, s("missing DESTINATION"));
    row("too many arguments", {src, dst, s("extra.txt")},
        s("too many arguments: expected SOURCE and DESTINATION, got 'extra.txt' too"));
    row("unknown option", {s("--frobnicate"), src, dst}, s("Unknown option 'frobnicate'"));
    row("option without its value", {src, dst, s("--count")}, s("Missing value after '--count'"));
    row("empty source path", {s(""), dst}, s("the SOURCE path is empty"));
    row("empty destination path", {src, s("")}, s("the DESTINATION path is empty"));

    // The one line stays one line whatever else was asked for.
    row("missing source, quiet", {s("-q"), s("nope.txt"), dst}, s("cannot open 'nope.txt'"));
    row("missing source, progress", {s("--progress"), s("nope.txt"), dst},
        s("cannot open 'nope.txt'"));
    row("identical, progress and preview", {s("--progress"), s("-p"), src, s("link-to-source")},
        s("are the same file"));

    // Files.
    row("missing source", {s("nope.txt"), dst},
        s("cannot open 'nope.txt' for reading: No such file or directory"));
    row("missing source, overwrite into a missing destination",
        {s("-m"), s("overwrite"), s("nope.txt"), s("fresh.txt")},
        s("cannot open 'nope.txt' for reading: No such file or directory"));
    row("source below a file", {s("source.txt/inner"), dst},
        s("cannot open 'source.txt/inner' for reading"));
    row("source is a folder", {s("folder"), dst}, s("cannot copy from 'folder': it is a folder"));
    row("destination folder missing", {src, s("no-such-folder/dest.txt")},
        s("the folder 'no-such-folder' does not exist"));
    row("destination folder missing, overwrite",
        {s("-m"), s("overwrite"), src, s("no-such-folder/dest.txt")},
        s("the folder 'no-such-folder' does not exist"));
    row("destination folder missing, append",
        {s("-m"), s("append"), src, s("no-such-folder/deeper/dest.txt")}, s("does not exist"));
    row("destination is a folder", {src, s("folder")},
        s("cannot write to 'folder': it is a folder"));
    row("destination is a folder, overwrite", {s("--mode"), s("overwrite"), src, s("folder")},
        s("cannot write to 'folder': it is a folder"));
    row("destination is a folder, append", {s("--mode"), s("append"), src, s("folder")},
        s("it is a folder"));
    row("destination is a folder, new", {s("--mode"), s("new"), src, s("folder")},
        s("already exists"));
    row("empty range would empty the destination", {s("-o"), s("1M"), src, dst},
        s("nothing would be copied, so replacing 'dest.txt' would leave it empty"));
    row("count 0 would empty the destination", {s("-n"), s("0"), src, dst},
        s("nothing would be copied, so replacing 'dest.txt' would leave it empty"));
    row("new mode, destination exists", {s("--mode"), s("new"), src, dst},
        s("'dest.txt' already exists and the mode is \"new\""));
    row("new mode, destination is a symlink", {s("--mode"), s("new"), dst, s("link-to-source")},
        s("'link-to-source' already exists"));
    row("identical: same path", {src, src}, s("'source.txt' and 'source.txt' are the same file"));
    row("identical: same path, overwrite", {s("-m"), s("overwrite"), src, src},
        s("are the same file"));
    row("identical: same path, append", {s("-m"), s("append"), src, src}, s("are the same file"));
    row("identical: other spelling", {src, s("./folder/../source.txt")}, s("are the same file"));
    row("identical: symlink", {src, s("link-to-source")},
        s("'source.txt' and 'link-to-source' are the same file"));
    row("identical: symlink, overwrite", {s("-m"), s("overwrite"), src, s("link-to-source")},
        s("are the same file"));
    row("identical: symlink as source", {s("link-to-source"), src}, s("are the same file"));
    row("identical: hard link", {src, s("hardlink-to-source")},
        s("'source.txt' and 'hardlink-to-source' are the same file"));
    row("identical: hard link, append", {s("-m"), s("append"), src, s("hardlink-to-source")},
        s("are the same file"));
    row("identical: hard link, overwrite with offsets",
        {s("-m"), s("overwrite"), s("--dest-offset"), s("1K"), s("-n"), s("5"), src,
         s("hardlink-to-source")},
        s("are the same file"));
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const QByteArray destinationBytes = QByteArrayLiteral("known destination content\n");
    QVERIFY(QFile::copy(kSamplePath, path(QStringLiteral("source.txt"))));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), destinationBytes));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QFile::link(QStringLiteral("source.txt"), path(QStringLiteral("link-to-source"))));
    QCOMPARE(::link(QFile::encodeName(path(QStringLiteral("source.txt"))).constData(),
                    QFile::encodeName(path(QStringLiteral("hardlink-to-source"))).constData()),
             0);
    const Snapshot before = snapshot(m_dir->path());

    const CliRun run = runCli(arguments, m_dir->path());
    COMPARE_EXIT(run, kExitBadInput);
    QCOMPARE(run.out, QByteArray());
    // Exactly one line that names the program and says what was wrong.
    QVERIFY2(run.err.startsWith("rangecopy-cli: "), run.err.constData());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(
        QString::fromUtf8(run.err).contains(reason),
        qPrintable(QStringLiteral("expected '%1' in: %2").arg(reason, QString::fromUtf8(run.err))));
    // Nothing written, created or left behind: every file as it was, byte for byte.
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), destinationBytes);
    QCOMPARE(readFile(path(QStringLiteral("source.txt"))), m_sample);
}

void TestCli::transferFailure_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("method");
    QTest::newRow("replace, sendfile") << QStringLiteral("replace") << QStringLiteral("sendfile");
    QTest::newRow("replace, copy_file_range")
        << QStringLiteral("replace") << QStringLiteral("copy_file_range");
    QTest::newRow("new, sendfile") << QStringLiteral("new") << QStringLiteral("sendfile");
    QTest::newRow("overwrite, sendfile")
        << QStringLiteral("overwrite") << QStringLiteral("sendfile");
    QTest::newRow("append, sendfile") << QStringLiteral("append") << QStringLiteral("sendfile");
}

void TestCli::transferFailure()
{
    QFETCH(QString, mode);
    QFETCH(QString, method);
    const QByteArray destinationBytes = QByteArrayLiteral("the old destination\n");
    QVERIFY(QFile::copy(kSamplePath, path(QStringLiteral("source.txt"))));
    const QString destination =
        mode == QLatin1String("new") ? QStringLiteral("fresh.txt") : QStringLiteral("dest.txt");
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), destinationBytes));
    const Snapshot before = snapshot(m_dir->path());

    // EIO from the fast path is a real failure, not a reason to fall back.
    const CliRun run = runCli(
        {QStringLiteral("--mode"), mode, QStringLiteral("--method"), method,
         QStringLiteral("source.txt"), destination},
        m_dir->path(),
        cliEnvironment({{QStringLiteral("RANGECOPY_TEST_FAST_PATH_ERRNO"), QStringLiteral("5")}}));
    COMPARE_EXIT(run, kExitTransferFailed);
    QCOMPARE(run.out, QByteArray());
    // In place, the line also says how much was written (promise 3 of issue 5).
    const bool inPlace = mode == QLatin1String("overwrite") || mode == QLatin1String("append");
    QCOMPARE(run.err, "rangecopy-cli: cannot copy from 'source.txt' to '" +
                          QFile::encodeName(destination) + "': Input/output error" +
                          (inPlace ? "; 0 bytes were written before the copy stopped" : "") + '\n');
    // Replace and new publish nothing; overwrite and append wrote nothing before the error.
    // (An in-place mode may have created a missing destination; here it existed already.)
    if (mode == QLatin1String("new"))
        QVERIFY(!QFileInfo::exists(path(destination)));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestCli::interrupted_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("mode");
    QTest::newRow("SIGINT, replace") << int(SIGINT) << QStringLiteral("replace");
    QTest::newRow("SIGTERM, replace") << int(SIGTERM) << QStringLiteral("replace");
    QTest::newRow("SIGINT, new") << int(SIGINT) << QStringLiteral("new");
    QTest::newRow("SIGINT, overwrite") << int(SIGINT) << QStringLiteral("overwrite");
    QTest::newRow("SIGTERM, overwrite") << int(SIGTERM) << QStringLiteral("overwrite");
    QTest::newRow("SIGTERM, append") << int(SIGTERM) << QStringLiteral("append");
}

void TestCli::interrupted()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, mode);
    // 256 chunks of 4 KiB. The CLI pauses itself after the second one and holds there until a
    // signal cancels it (RANGECOPY_TEST_PAUSE_AFTER_BYTES), so the copy cannot end before the
    // signal is handled, however late that is: ThreadSanitizer, for one, defers signals.
    constexpr qsizetype kSourceSize = 1024 * 1024;
    constexpr qint64 kHeldAt = 2 * 4096;
    // 100 ms after each chunk: the progress line is shown at most every 100 ms, and the test
    // waits for the second chunk's.
    constexpr int kChunkDelayMs = 100;
    const QByteArray source = patternBytes(kSourceSize, 42);
    const QByteArray oldDestination = QByteArray(kSourceSize + 5000, 'Z');
    QVERIFY(writeFile(path(QStringLiteral("source.bin")), source));
    const bool newMode = mode == QLatin1String("new");
    const QString destination = newMode ? QStringLiteral("fresh.bin") : QStringLiteral("dest.bin");
    QVERIFY(writeFile(path(QStringLiteral("dest.bin")), oldDestination));

    QProcess process;
    startCli(process,
             {QStringLiteral("--mode"), mode, QStringLiteral("--chunk-size"), QStringLiteral("4K"),
              QStringLiteral("--progress"), QStringLiteral("source.bin"), destination},
             m_dir->path(),
             cliEnvironment(
                 {{QStringLiteral("RANGECOPY_TEST_CHUNK_DELAY_MS"), QString::number(kChunkDelayMs)},
                  {QStringLiteral("RANGECOPY_TEST_PAUSE_AFTER_BYTES"), QString::number(kHeldAt)}}));
    QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(process.errorString()));
    // Wait for the second progress line: the handlers are installed, the copy is under way, and
    // it has slept once, after the first chunk. ThreadSanitizer sets up a thread's signal
    // handling at its first blocking call and loses a signal that arrives during it: signalled
    // right after the first line, the copy used to run to its end now and then.
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (err.count('\r') < 2) {
        QVERIFY2(process.state() == QProcess::Running, err.constData());
        QVERIFY2(process.waitForReadyRead(kCliTimeoutMs), "no second progress line on stderr");
        err += process.readAllStandardError();
    }
    QCOMPARE(::kill(process.processId(), signalNumber), 0);
    QVERIFY2(process.waitForFinished(kCliTimeoutMs), "still running: the signal was not handled");
    err += process.readAllStandardError();
    const QByteArray out = process.readAllStandardOutput();

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == kExitInterrupted,
             qPrintable(QStringLiteral("exit code %1, stderr: %2")
                            .arg(process.exitCode())
                            .arg(QString::fromUtf8(err))));
    QCOMPARE(out, QByteArray());
    const QByteArray lastLine = err.mid(err.lastIndexOf('\n', err.size() - 2) + 1);
    QVERIFY2(lastLine.startsWith("rangecopy-cli: ") && lastLine.contains("cancelled"),
             err.constData());
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());

    if (mode == QLatin1String("replace") || newMode) {
        // Atomic modes: the old destination (or its absence) is untouched.
        QCOMPARE(readFile(path(QStringLiteral("dest.bin"))), oldDestination);
        QVERIFY(!newMode || !QFileInfo::exists(path(destination)));
        QCOMPARE(
            QDir(m_dir->path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            (QStringList{QStringLiteral("dest.bin"), QStringLiteral("source.bin")}));
        QVERIFY2(lastLine.contains("was left as it was"), lastLine.constData());
        return;
    }

    // In place: the destination holds exactly the bytes the message reports, nothing more.
    static const QRegularExpression kReported(QStringLiteral("cancelled after (\\d+) bytes"));
    const QRegularExpressionMatch match = kReported.match(QString::fromUtf8(lastLine));
    QVERIFY2(match.hasMatch(), lastLine.constData());
    // The copy was held after its second chunk, so that is exactly what was written.
    const qint64 reported = match.captured(1).toLongLong();
    QVERIFY2(reported == kHeldAt, lastLine.constData());
    const QByteArray written = readFile(path(destination));
    if (mode == QLatin1String("overwrite")) {
        QCOMPARE(written.size(), oldDestination.size());
        QVERIFY(written.left(reported) == source.left(reported));
        QVERIFY(written.mid(reported) == oldDestination.mid(reported));
    } else {
        QCOMPARE(written.size(), oldDestination.size() + reported);
        QVERIFY(written.left(oldDestination.size()) == oldDestination);
        QVERIFY(written.mid(oldDestination.size()) == source.left(reported));
    }
}

void TestCli::pathsWithSpacesAndDashes()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("a folder")));
    const QString source = QStringLiteral("-source file.txt");
    const QString destination = QStringLiteral("a folder/--dest file.txt");
    QVERIFY(QFile::copy(kSamplePath, path(source)));

    const CliRun run = runCli({QStringLiteral("--count"), QStringLiteral("12"),
                               QStringLiteral("--json"), QStringLiteral("--"), source, destination},
                              m_dir->path());
    COMPARE_EXIT(run, kExitSuccess);
    PARSE_JSON(object, run.out);
    QCOMPARE(object.value(QStringLiteral("source")).toString(), source);
    QCOMPARE(object.value(QStringLiteral("destination")).toString(), destination);
    QCOMPARE(readFile(path(destination)), m_sample.left(12));

    // After "--" nothing is an option, not even what looks like --preview=N.
    QVERIFY(QFile::copy(kSamplePath, path(QStringLiteral("--preview=3"))));
    const CliRun dashed = runCli({QStringLiteral("-n"), QStringLiteral("4"), QStringLiteral("--"),
                                  QStringLiteral("--preview=3"), QStringLiteral("-q")},
                                 m_dir->path());
    COMPARE_EXIT(dashed, kExitSuccess);
    QCOMPARE(dashed.out, QByteArray("4 bytes sent\n"));
    QCOMPARE(readFile(path(QStringLiteral("-q"))), m_sample.left(4));

    // An absolute path with spaces, and the failure message quoting it whole.
    const QString missing = path(QStringLiteral("a folder/no such file.txt"));
    const CliRun failed = runCli({QStringLiteral("--"), missing, destination}, m_dir->path());
    COMPARE_EXIT(failed, kExitBadInput);
    QCOMPARE(failed.err, "rangecopy-cli: cannot open '" + QFile::encodeName(missing) +
                             "' for reading: No such file or directory\n");
    QCOMPARE(readFile(path(destination)), m_sample.left(12));
}

void TestCli::backupThenUndo_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("existed");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("overwrite") << u"overwrite"_s << true
                               << QByteArray("The last copy into 'dest.bin' was undone: 7 bytes "
                                             "put back at byte 3, and the file holds 10 bytes as "
                                             "before.\n");
    QTest::newRow("append") << u"append"_s << true
                            << QByteArray("The last copy into 'dest.bin' was undone: the file "
                                          "was cut back to 10 bytes as before.\n");
    QTest::newRow("replace") << u"replace"_s << true
                             << QByteArray("The last copy into 'dest.bin' was undone: the file "
                                           "it replaced is back.\n");
    QTest::newRow("new") << u"new"_s << false
                         << QByteArray("The last copy into 'dest.bin' was undone: the file it "
                                       "created was removed.\n");
}

void TestCli::backupThenUndo()
{
    QFETCH(QString, mode);
    QFETCH(bool, existed);
    QFETCH(QByteArray, said);
    QVERIFY(writeFile(path(u"source.bin"_s), "abcdefgh"));
    if (existed)
        QVERIFY(writeFile(path(u"dest.bin"_s), "0123456789"));
    QStringList arguments{u"--backup"_s, u"-m"_s, mode, u"source.bin"_s, u"dest.bin"_s};
    if (mode == u"overwrite"_s)
        arguments << u"--dest-offset"_s << u"3"_s;
    const CliRun copy = runCli(arguments, m_dir->path());
    COMPARE_EXIT(copy, kExitSuccess);
    QCOMPARE(copy.out, QByteArray("8 bytes sent\n"));
    QVERIFY(readFile(path(u"dest.bin"_s)) != QByteArray("0123456789"));

    const CliRun undo = runCli({u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitSuccess);
    QCOMPARE(undo.out, said);
    QCOMPARE(undo.err, QByteArray());
    if (existed)
        QCOMPARE(readFile(path(u"dest.bin"_s)), QByteArray("0123456789"));
    else
        QVERIFY(!exists(path(u"dest.bin"_s)));
    QCOMPARE(folderEntries(m_dir->path()), existed ? QStringList({u"dest.bin"_s, u"source.bin"_s})
                                                   : QStringList({u"source.bin"_s}));
}

void TestCli::undoRefusals()
{
    QVERIFY(writeFile(path(u"source.bin"_s), "abcdefgh"));
    QVERIFY(writeFile(path(u"dest.bin"_s), "0123456789"));
    // Without --backup nothing is kept, and nothing can be undone. (A run is kept in a variable:
    // COMPARE_EXIT names its argument twice.)
    CliRun copy = runCli({u"-m"_s, u"append"_s, u"source.bin"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(copy, kExitSuccess);
    CliRun undo = runCli({u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitBadInput);
    QCOMPARE(undo.out, QByteArray());
    QCOMPARE(undo.err, QByteArray("rangecopy-cli: there is no copy into 'dest.bin' to undo\n"));

    // Changed since the copy: refused, the file and the undo data stay.
    copy = runCli({u"--backup"_s, u"-m"_s, u"append"_s, u"source.bin"_s, u"dest.bin"_s},
                  m_dir->path());
    COMPARE_EXIT(copy, kExitSuccess);
    copy = runCli(
        {u"-m"_s, u"overwrite"_s, u"--backup"_s, u"-n"_s, u"1"_s, u"source.bin"_s, u"dest.bin"_s},
        m_dir->path());
    COMPARE_EXIT(copy, kExitSuccess);
    {
        QFile file(path(u"dest.bin"_s));
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write("!"), qint64(1));
    }
    const QByteArray changed = readFile(path(u"dest.bin"_s));
    undo = runCli({u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitBadInput);
    QCOMPARE(undo.err, QByteArray("rangecopy-cli: cannot undo the last copy into 'dest.bin': its "
                                  "size changed from 26 to 27 bytes since that copy, and putting "
                                  "the old bytes back would lose that change; it was left as it "
                                  "is\n"));
    QCOMPARE(readFile(path(u"dest.bin"_s)), changed);

    // --undo names its file alone.
    undo = runCli({u"--undo"_s, u"dest.bin"_s, u"source.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitBadInput);
    QVERIFY2(undo.err.startsWith("rangecopy-cli: --undo takes no SOURCE"), undo.err.constData());
    const CliRun help = runCli({u"--help"_s}, m_dir->path());
    QVERIFY(help.out.contains("--backup"));
    QVERIFY(help.out.contains("--undo <DESTINATION>"));
}

void TestCli::undoInJson()
{
    QVERIFY(writeFile(path(u"source.bin"_s), "abcdefgh"));
    QVERIFY(writeFile(path(u"dest.bin"_s), "0123456789"));
    const CliRun copy =
        runCli({u"--json"_s, u"--backup"_s, u"-m"_s, u"append"_s, u"source.bin"_s, u"dest.bin"_s},
               m_dir->path());
    COMPARE_EXIT(copy, kExitSuccess);
    PARSE_JSON(copied, copy.out);
    QCOMPARE(copied.value(u"undo_kept"_s), QJsonValue(true));

    const CliRun undo = runCli({u"--json"_s, u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitSuccess);
    PARSE_JSON(undone, undo.out);
    QCOMPARE(undone.keys(), QStringList({u"destination"_s, u"message"_s, u"undone"_s}));
    QCOMPARE(undone.value(u"undone"_s), QJsonValue(true));
    QCOMPARE(undone.value(u"destination"_s), QJsonValue(u"dest.bin"_s));
    QCOMPARE(undone.value(u"message"_s).toString(),
             u"the last copy into 'dest.bin' was undone: the file was cut back to 10 bytes as "
             u"before"_s);

    const CliRun again = runCli({u"--json"_s, u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(again, kExitBadInput);
    PARSE_JSON(refused, again.out);
    QCOMPARE(refused.keys(), QStringList({u"error"_s, u"undone"_s}));
    QCOMPARE(refused.value(u"undone"_s), QJsonValue(false));
    const QJsonObject error = refused.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s), QJsonValue(u"nothing_to_undo"_s));
    QCOMPARE(error.value(u"message"_s), QJsonValue(u"there is no copy into 'dest.bin' to undo"_s));
}

void TestCli::undoAfterAnInterruptedOverwrite()
{
    // As interrupted(): the copy holds after two chunks of 4 KiB until SIGINT cancels it.
    const QByteArray old = patternBytes(64 * 1024, 5);
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(256 * 1024)));
    QVERIFY(writeFile(path(u"dest.bin"_s), old));
    QProcess process;
    startCli(process,
             {u"--backup"_s, u"-m"_s, u"overwrite"_s, u"--dest-offset"_s, u"100"_s,
              u"--chunk-size"_s, u"4K"_s, u"--progress"_s, u"source.bin"_s, u"dest.bin"_s},
             m_dir->path(),
             cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"100"_s},
                             {u"RANGECOPY_TEST_PAUSE_AFTER_BYTES"_s, u"8192"_s}}));
    QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(process.errorString()));
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    // The second progress line: the copy is under way (see interrupted()).
    while (err.count('\r') < 2) {
        QVERIFY2(process.state() == QProcess::Running, err.constData());
        QVERIFY2(process.waitForReadyRead(kCliTimeoutMs), err.constData());
        err += process.readAllStandardError();
    }
    QCOMPARE(::kill(process.processId(), SIGINT), 0);
    QVERIFY2(process.waitForFinished(kCliTimeoutMs), "still running: the signal was not handled");
    QCOMPARE(process.exitCode(), kExitInterrupted);
    QVERIFY(readFile(path(u"dest.bin"_s)) != old);

    const CliRun undo = runCli({u"--undo"_s, u"dest.bin"_s}, m_dir->path());
    COMPARE_EXIT(undo, kExitSuccess);
    QCOMPARE(readFile(path(u"dest.bin"_s)), old);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
