// rangecopy-cli --scan (issue 15): what a disk image holds, as a table for people and as one
// JSON object for programs, and the offsets and lengths it says copy exactly that item.

#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

bool run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class TestCliScan : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void listsADiskImageAndCopiesAnItem();
    void jsonForPrograms();
    void saysWhatIsWrong();
};

void TestCliScan::listsADiskImageAndCopiesAnItem()
{
    for (const char* tool : {"sfdisk", "mkfs.ext4", "mkfs.vfat"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(u"%1 is missing (Debian packages fdisk, e2fsprogs, dosfstools)"_s.arg(
                QString::fromLatin1(tool))));
    }
    // A 24 MiB disk: GPT, a FAT partition and an ext4 one, each made in place (mkfs on an
    // offset of the image).
    const QString disk = path(u"disk.img"_s);
    QFile file(disk);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(24 * 1024 * 1024));
    file.close();
    QVERIFY(run(u"sfdisk"_s, {u"--quiet"_s, u"--no-reread"_s, u"--no-tell-kernel"_s, disk},
                "label: gpt\n"
                "start=2048, size=8192, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7, name=\"data\"\n"
                "start=10240, size=32768, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, "
                "name=\"root\"\n"));
    QVERIFY(run(u"mkfs.vfat"_s, {u"--offset=2048"_s, u"-n"_s, u"DATA"_s, disk, u"4096"_s}));
    QVERIFY(run(u"mkfs.ext4"_s, {u"-q"_s, u"-F"_s, u"-L"_s, u"root"_s, u"-E"_s,
                                 u"offset=%1"_s.arg(10240 * 512), disk, u"16M"_s}));

    const CliRun scan = runCli({u"--scan"_s, u"disk.img"_s}, m_dir->path());
    QVERIFY2(scan.exitedWith(kExitSuccess), scan.describe().constData());
    const QList<QByteArray> lines = scan.out.split('\n');
    // The table: offset and length in bytes, what lies inside another indented under it.
    QVERIFY2(lines.at(0).startsWith("OFFSET"), scan.out.constData());
    QVERIFY2(scan.out.contains("0              25165824       gpt          GPT partition table, "
                               "2 partitions"),
             scan.out.constData());
    QVERIFY2(scan.out.contains("5242880        16777216         partition  partition 2: Linux "
                               "filesystem \"root\", 16.0 MiB"),
             scan.out.constData());
    QVERIFY2(scan.out.contains("5242880        16777216           ext4     ext4 file system "
                               "\"root\", 16.0 MiB"),
             scan.out.constData());
    QVERIFY2(scan.out.contains("1048576        4194304            fat      FAT"),
             scan.out.constData());

    // The numbers it gives copy the file system out whole: the copy is an ext4 image.
    const CliRun copy = runCli({u"disk.img"_s, u"root.img"_s, u"--offset"_s, u"5242880"_s,
                                u"--count"_s, u"16777216"_s, u"-q"_s},
                               m_dir->path());
    QVERIFY2(copy.exitedWith(kExitSuccess), copy.describe().constData());
    const CliRun again = runCli({u"--scan"_s, u"root.img"_s, u"--json"_s}, m_dir->path());
    QVERIFY2(again.exitedWith(kExitSuccess), again.describe().constData());
    const QJsonArray items =
        QJsonDocument::fromJson(again.out).object().value(u"items"_s).toArray();
    QVERIFY2(!items.isEmpty(), again.out.constData());
    QCOMPARE(items.at(0).toObject().value(u"type"_s).toString(), u"ext4"_s);
    QCOMPARE(items.at(0).toObject().value(u"offset"_s).toInteger(), 0);
    QCOMPARE(items.at(0).toObject().value(u"length"_s).toInteger(), 16 * 1024 * 1024);
}

void TestCliScan::jsonForPrograms()
{
    // A gzip stream at an odd offset, and a cut-short one at the end.
    const QByteArray noise = patternBytes(777, 3);
    QVERIFY(run(u"sh"_s, {u"-c"_s, u"printf 'some text\\n%.0s' $(seq 2000) | gzip -c -n > %1"_s.arg(
                                       path(u"text.gz"_s))}));
    const QByteArray gz = readFile(path(u"text.gz"_s));
    QVERIFY(!gz.isEmpty());
    QVERIFY(writeFile(path(u"blob.bin"_s), noise + gz + noise + gz.left(gz.size() / 2)));

    const CliRun scan = runCli({u"--scan"_s, u"blob.bin"_s, u"--json"_s}, m_dir->path());
    QVERIFY2(scan.exitedWith(kExitSuccess), scan.describe().constData());
    QCOMPARE(scan.out.count('\n'), 1);
    const QJsonObject result = QJsonDocument::fromJson(scan.out).object();
    QCOMPARE(result.value(u"scanned_bytes"_s).toInteger(),
             qint64(2 * noise.size() + gz.size() + gz.size() / 2));
    const QJsonArray items = result.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject whole = items.at(0).toObject();
    QCOMPARE(whole.value(u"type"_s).toString(), u"gzip"_s);
    QCOMPARE(whole.value(u"offset"_s).toInteger(), noise.size());
    QCOMPARE(whole.value(u"length"_s).toInteger(), gz.size());
    QCOMPARE(whole.value(u"length_from"_s).toString(), u"decoding"_s);
    QVERIFY(!whole.contains(u"parent"_s));
    QVERIFY(whole.value(u"description"_s).toString().startsWith(u"gzip stream, "_s));
    const QJsonObject cut = items.at(1).toObject();
    QCOMPARE(cut.value(u"offset"_s).toInteger(), 2 * noise.size() + gz.size());
    QVERIFY(cut.value(u"length"_s).isNull());
    QCOMPARE(cut.value(u"length_from"_s).toString(), u"unknown"_s);
}

void TestCliScan::saysWhatIsWrong()
{
    const CliRun missing = runCli({u"--scan"_s, u"nothing.img"_s}, m_dir->path());
    QVERIFY2(missing.exitedWith(kExitBadInput), missing.describe().constData());
    QVERIFY2(missing.err.contains("cannot open 'nothing.img' for reading: No such file or "
                                  "directory"),
             missing.err.constData());

    const CliRun folder = runCli({u"--scan"_s, u"."_s, u"--json"_s}, m_dir->path());
    QVERIFY2(folder.exitedWith(kExitBadInput), folder.describe().constData());
    QVERIFY2(folder.out.contains("\"error\""), folder.out.constData());
    QVERIFY2(folder.err.contains("cannot scan '.': it is not a file or a disk"),
             folder.err.constData());

    QVERIFY(writeFile(path(u"plain.txt"_s), "nothing but text\n"));
    const CliRun nothing = runCli({u"--scan"_s, u"plain.txt"_s}, m_dir->path());
    QVERIFY2(nothing.exitedWith(kExitSuccess), nothing.describe().constData());
    QCOMPARE(nothing.out, QByteArray("Nothing found in 'plain.txt'.\n"));

    const CliRun options =
        runCli({u"--scan"_s, u"plain.txt"_s, u"--mode"_s, u"new"_s}, m_dir->path());
    QVERIFY2(options.exitedWith(kExitBadInput), options.describe().constData());
    QVERIFY2(options.err.contains("--scan does not take --mode"), options.err.constData());
    const CliRun two = runCli({u"--scan"_s, u"a"_s, u"b"_s}, m_dir->path());
    QVERIFY2(two.exitedWith(kExitBadInput), two.describe().constData());
    QVERIFY2(two.err.contains("--scan takes one SOURCE"), two.err.constData());
}

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cliscan.moc"
