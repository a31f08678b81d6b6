// The reliability matrix of issue 5, end to end through rangecopy-cli: special files,
// permissions, a read-only file system, a full disk, a file size limit, a source changing
// under the copy, signals at random points, SIGKILL and the clean-up after it, odd and
// non-UTF-8 names, absurd chunk sizes. Rows tst_cli already covers are listed in
// RELIABILITY.md and not repeated here. Every run honours RANGECOPY_CLI_WRAPPER (valgrind).

#include "core/text/pathbytes.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression kPartName(u"^\\.dest\\.bin\\.rangecopy-[A-Za-z0-9]{6}\\.part$"_s);

// The program path as a shell word list, wrapper included ("valgrind -q ... /path/cli").
QString shellCommand(const QString& program)
{
    return (cliWrapper() + QStringList{program}).join(u' ');
}

// Runs a /bin/sh script (under `prefix`, e.g. unshare) in which $RANGECOPY_CLI and
// $RANGECOPY_GUI run the programs under test. For bytes QProcess cannot pass (not UTF-8) and
// for mounts the test must be able to look at afterwards.
CliRun runScript(const QStringList& prefix, const QString& script, const QString& folder)
{
    QMap<QString, QString> variables{
        {u"RANGECOPY_CLI"_s, shellCommand(cliPath())},
        {u"RANGECOPY_GUI"_s, QStringLiteral(RANGECOPY_GUI_PATH)},
        {u"QT_QPA_PLATFORM"_s, u"offscreen"_s},
    };
    QProcess process;
    const QStringList command = prefix + QStringList{u"/bin/sh"_s, u"-c"_s, script};
    process.setProgram(command.first());
    process.setArguments(command.mid(1));
    process.setWorkingDirectory(folder);
    process.setProcessEnvironment(cliEnvironment(variables));
    process.start();
    return finishCli(process);
}

// The last line of standard error, which must be the only line that is not progress.
bool isOneLine(const QByteArray& err)
{
    return err.startsWith("rangecopy-cli: ") && err.endsWith('\n') && err.count('\n') == 1;
}

QJsonObject jsonObject(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}

// Waits until the progress shown on standard error reaches `percent`. Returns false when the
// run ended first. `err` collects what was read.
bool waitForProgress(QProcess& process, int percent, QByteArray& err)
{
    static const QRegularExpression kPercent(u"\\r\\s*(\\d+)%"_s);
    for (;;) {
        int last = -1;
        for (const QRegularExpressionMatch& match : kPercent.globalMatch(QString::fromUtf8(err)))
            last = match.captured(1).toInt();
        if (last >= percent)
            return true;
        if (process.state() != QProcess::Running || !process.waitForReadyRead(kCliTimeoutMs))
            return false;
        err += process.readAllStandardError();
    }
}

// Names as bytes: QDir cannot list a name that is not valid UTF-8.
QList<QByteArray> rawEntries(const QString& folder)
{
    QList<QByteArray> names;
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    if (dir == nullptr)
        return names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

quint32 testSeed()
{
    static const quint32 seed = qEnvironmentVariableIsSet("RANGECOPY_TEST_SEED")
                                    ? qEnvironmentVariable("RANGECOPY_TEST_SEED").toUInt()
                                    : QRandomGenerator::system()->generate();
    return seed;
}

} // namespace

class TestReliabilityCli : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Input
    void refusesSpecialFiles_data();
    void refusesSpecialFiles();
    void refusesUnreadableSource();
    void refusesReadOnlyFilesystem_data();
    void refusesReadOnlyFilesystem();
    void refusesSourceAliases_data();
    void refusesSourceAliases();
    void absurdChunkSizes_data();
    void absurdChunkSizes();
    void namesWithNewlinesStayOnOneLine();
    void copiesNonUtf8Names_data();
    void copiesNonUtf8Names();
    void aNonUtf8OptionValueIsShownAsBytes();

    // Faults
    void reportsDiskFull_data();
    void reportsDiskFull();
    void reportsFileSizeLimit_data();
    void reportsFileSizeLimit();
    void reportsSourceChanging_data();
    void reportsSourceChanging();
    void interruptedAtRandomPoints();
    void killedAtRandomPoints();
};

void TestReliabilityCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    qInfo("random seed %u (set RANGECOPY_TEST_SEED to repeat a run)", testSeed());
    if (!cliWrapper().isEmpty())
        qInfo("rangecopy-cli runs under: %s", qPrintable(cliWrapper().join(u' ')));
}

// ---------------------------------------------------------------------------------------------
// Input

void TestReliabilityCli::refusesSpecialFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    const auto s = [](const char* text) {
        return QString::fromUtf8(text);
    };
    const QString notRegular = s("it is a pipe or a socket, not a file");

    // A character device serves only with a count (tst_devices copies /dev/zero with one).
    const QString noEnd = s("a character device has no end; give a count");
    QTest::newRow("source is /dev/zero, to the end")
        << QStringList{s("/dev/zero"), s("dest.bin")} << s("invalid_range")
        << s("cannot copy all of '/dev/zero': ") + noEnd;
    QTest::newRow("source is /dev/null, to the end")
        << QStringList{s("/dev/null"), s("dest.bin")} << s("invalid_range") << noEnd;
    QTest::newRow("source is /dev/urandom, from an offset")
        << QStringList{s("/dev/urandom"), s("dest.bin"), s("-n"), s("16"), s("-o"), s("1")}
        << s("invalid_range") << s("a character device is read from where it is");
    QTest::newRow("source is a FIFO")
        << QStringList{s("fifo"), s("dest.bin")} << s("not_regular_file")
        << s("cannot copy from 'fifo': ") + notRegular;
    QTest::newRow("source is a socket")
        << QStringList{s("socket"), s("dest.bin")} << s("not_regular_file")
        << s("cannot copy from 'socket': ") + notRegular;
    QTest::newRow("destination is /dev/full")
        << QStringList{s("source.bin"), s("/dev/full")} << s("not_regular_file")
        << s("cannot write to '/dev/full': it is not a regular file");
    QTest::newRow("destination is /dev/full, append")
        << QStringList{s("-m"), s("append"), s("source.bin"), s("/dev/full")}
        << s("not_regular_file") << s("it is not a regular file");
    QTest::newRow("destination is /dev/null, overwrite")
        << QStringList{s("-m"), s("overwrite"), s("source.bin"), s("/dev/null")}
        << s("not_regular_file") << s("it is not a regular file");
    QTest::newRow("destination is /dev/null, new")
        << QStringList{s("-m"), s("new"), s("source.bin"), s("/dev/null")}
        << s("destination_exists") << s("'/dev/null' already exists");
    QTest::newRow("destination is a FIFO")
        << QStringList{s("source.bin"), s("fifo")} << s("not_regular_file")
        << s("cannot write to 'fifo': it is not a regular file");
    QTest::newRow("destination is a socket, overwrite")
        << QStringList{s("-m"), s("overwrite"), s("source.bin"), s("socket")}
        << s("not_regular_file") << s("cannot write to 'socket': it is not a regular file");
    QTest::newRow("destination is a dangling symlink, append")
        << QStringList{s("-m"), s("append"), s("source.bin"), s("dangling")}
        << s("not_regular_file") << s("a symbolic link to a file that does not exist");
}

void TestReliabilityCli::refusesSpecialFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(1000, 1)));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(u"nowhere.bin"_s, path(u"dangling"_s)));
    const FileDescriptor socket = bindUnixSocket(path(u"socket"_s));
    QVERIFY(socket.isOpen());
    const Snapshot before = snapshot(m_dir->path());

    const CliRun run = runCli(arguments + QStringList{u"--json"_s}, m_dir->path());

    COMPARE_EXIT(run, kExitBadInput);
    QVERIFY2(isOneLine(run.err), run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.describe().constData());
    const QJsonObject error = jsonObject(run.out).value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), kind);
    QCOMPARE(jsonObject(run.out).value(u"bytes_sent"_s).toInteger(-1), 0);
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestReliabilityCli::refusesUnreadableSource()
{
    // tst_transferengine checks the engine; this is the whole program, as a user without the
    // right to read the file. It runs a copy of the program beside the files: the build
    // folder may be where that user cannot go.
    const bool asRoot = ::geteuid() == 0;
    QVERIFY(setMode(m_dir->path(), 0755));
    QVERIFY(QDir().mkdir(path(u"out"_s)));
    QVERIFY(setMode(path(u"out"_s), 0777));
    const QString program = copyCliInto(m_dir->path());
    QVERIFY(!program.isEmpty());
    const QString source = path(u"secret.bin"_s);
    QVERIFY(writeFile(source, QByteArrayLiteral("not for everyone")));
    QVERIFY(setMode(source, asRoot ? 0600 : 0000));
    const auto unlock = qScopeGuard([&] { setMode(source, 0644); });
    const Snapshot before = snapshot(path(u"out"_s));

    const QByteArray programPath = QFile::encodeName(program);
    const CliRun run = runCliCopy(program, {source, path(u"out/dest.bin"_s)}, m_dir->path(),
                                  cliEnvironmentIn(m_dir->path()), [asRoot, programPath] {
                                      if (asRoot && !dropToNobody())
                                          ::_exit(kChildSetupFailed);
                                      if (::access(programPath.constData(), X_OK) != 0)
                                          ::_exit(kChildSetupFailed);
                                  });
    if (run.exitedWith(kChildSetupFailed))
        QSKIP("cannot run the program as 'nobody' here: the temporary folder is out of its reach");

    COMPARE_EXIT(run, kExitBadInput);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, "rangecopy-cli: cannot open '" + QFile::encodeName(source) +
                          "' for reading: Permission denied\n");
    QCOMPARE(snapshot(path(u"out"_s)), before);
}

void TestReliabilityCli::refusesReadOnlyFilesystem_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("destinationExists");
    for (const char* mode : {"replace", "overwrite", "append"}) {
        QTest::addRow("%s, existing destination", mode) << QString::fromUtf8(mode) << true;
        QTest::addRow("%s, missing destination", mode) << QString::fromUtf8(mode) << false;
    }
    QTest::newRow("new") << u"new"_s << false;
}

void TestReliabilityCli::refusesReadOnlyFilesystem()
{
    QFETCH(QString, mode);
    QFETCH(bool, destinationExists);
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(20000, 2)));
    QVERIFY(QDir().mkdir(path(u"readonly"_s)));
    if (destinationExists)
        QVERIFY(writeFile(path(u"readonly/dest.bin"_s), patternBytes(300, 3)));
    const Snapshot before = snapshot(m_dir->path());

    // The read-only bind mount exists only in the program's own mount namespace.
    const QByteArray folder = QFile::encodeName(path(u"readonly"_s));
    const CliRun run = runCli({u"-m"_s, mode, u"source.bin"_s, u"readonly/dest.bin"_s},
                              m_dir->path(), cliEnvironment(), [folder] {
                                  if (!mountReadOnly(folder))
                                      ::_exit(kChildSetupFailed);
                              });
    if (run.exitedWith(kChildSetupFailed))
        QSKIP("cannot bind-mount a folder read-only in a private mount namespace here");

    COMPARE_EXIT(run, kExitBadInput);
    QCOMPARE(run.err, QByteArray("rangecopy-cli: cannot write to 'readonly/dest.bin': "
                                 "Read-only file system\n"));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestReliabilityCli::refusesSourceAliases_data()
{
    QTest::addColumn<QString>("destination");
    // tst_cli has the same path, "./folder/..", a symlink and a hard link.
    QTest::newRow("through a folder symlink") << u"linked/source.bin"_s;
    QTest::newRow("double slashes") << u"real//source.bin"_s;
    QTest::newRow("absolute and relative") << u"ABSOLUTE"_s;
    QTest::newRow("/proc/self/cwd") << u"/proc/self/cwd/real/source.bin"_s;
}

void TestReliabilityCli::refusesSourceAliases()
{
    QFETCH(QString, destination);
    QVERIFY(QDir().mkdir(path(u"real"_s)));
    QVERIFY(writeFile(path(u"real/source.bin"_s), patternBytes(3000, 4)));
    QVERIFY(QFile::link(u"real"_s, path(u"linked"_s)));
    if (destination == u"ABSOLUTE"_s)
        destination = path(u"real/source.bin"_s);
    const Snapshot before = snapshot(m_dir->path());

    for (const char* mode : {"replace", "overwrite", "append"}) {
        const CliRun run = runCli(
            {u"-m"_s, QString::fromUtf8(mode), u"real/source.bin"_s, destination}, m_dir->path());
        COMPARE_EXIT(run, kExitBadInput);
        QCOMPARE(run.err, "rangecopy-cli: 'real/source.bin' and '" +
                              QFile::encodeName(destination) + "' are the same file\n");
        QCOMPARE(snapshot(m_dir->path()), before);
    }
}

void TestReliabilityCli::absurdChunkSizes_data()
{
    QTest::addColumn<QString>("chunkSize");
    QTest::addColumn<QString>("reason"); // empty: the copy works
    // tst_cli has 0, 2G and "lots".
    QTest::newRow("1 byte") << u"1"_s << QString();
    QTest::newRow("the per-call cap") << u"0x7ffff000"_s << QString();
    QTest::newRow("spaces around") << u" 4 K "_s << QString();
    QTest::newRow("one above the cap")
        << u"0x7ffff001"_s << u"the chunk size 2147479553 is outside 1 .. 2147479552 bytes"_s;
    QTest::newRow("negative") << u"-1"_s << u"--chunk-size: '-1' is negative"_s;
    QTest::newRow("fraction of a byte") << u"0.5"_s << u"is not a whole number of bytes"_s;
    QTest::newRow("exponent") << u"1e9"_s << u"has an unknown unit 'e9'"_s;
    QTest::newRow("unknown unit") << u"8 EiB"_s << u"has an unknown unit 'EiB'"_s;
    QTest::newRow("overflow") << u"99999999999999999999999"_s << u"is too large"_s;
    QTest::newRow("hex overflow") << u"0xffffffffffffffffff"_s << u"is too large"_s;
    QTest::newRow("empty") << QString() << u"--chunk-size: no value given"_s;
}

void TestReliabilityCli::absurdChunkSizes()
{
    QFETCH(QString, chunkSize);
    QFETCH(QString, reason);
    const QByteArray source = patternBytes(65536, 5);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    const Snapshot before = snapshot(m_dir->path());

    const CliRun run = runCli(
        {u"source.bin"_s, u"dest.bin"_s, u"--verify"_s, u"--chunk-size"_s, chunkSize, u"--json"_s},
        m_dir->path());
    if (reason.isEmpty()) {
        COMPARE_EXIT(run, kExitSuccess);
        QCOMPARE(jsonObject(run.out).value(u"bytes_sent"_s).toInteger(-1), source.size());
        QCOMPARE(jsonObject(run.out).value(u"verified"_s), QJsonValue(u"cache"_s));
        QCOMPARE(readFile(path(u"dest.bin"_s)), source);
        return;
    }
    COMPARE_EXIT(run, kExitBadInput);
    QVERIFY2(isOneLine(run.err), run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.describe().constData());
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestReliabilityCli::namesWithNewlinesStayOnOneLine()
{
    // tst_cli has spaces and leading dashes; a newline or a tab must not split the one line.
    const QString source = u"new\nline\tsource.bin"_s;
    const QString destination = u"-out\nfile.bin"_s;
    const QByteArray bytes = patternBytes(5000, 6);
    QVERIFY(writeFile(path(source), bytes));

    const CliRun copied = runCli({u"--json"_s, u"--"_s, source, destination}, m_dir->path());
    COMPARE_EXIT(copied, kExitSuccess);
    QCOMPARE(jsonObject(copied.out).value(u"destination"_s).toString(), destination);
    QCOMPARE(readFile(path(destination)), bytes);

    const CliRun failed =
        runCli({u"--mode"_s, u"new"_s, u"--"_s, source, destination}, m_dir->path());
    COMPARE_EXIT(failed, kExitBadInput);
    QCOMPARE(failed.err, QByteArray("rangecopy-cli: '-out\\x0afile.bin' already exists and the "
                                    "mode is \"new\"\n"));
    const CliRun missing = runCli({u"no\nsuch\tfile"_s, u"x"_s}, m_dir->path());
    COMPARE_EXIT(missing, kExitBadInput);
    QCOMPARE(missing.err, QByteArray("rangecopy-cli: cannot open 'no\\x0asuch\\x09file' for "
                                     "reading: No such file or directory\n"));
}

void TestReliabilityCli::copiesNonUtf8Names_data()
{
    // The shell makes the bytes: QProcess only passes valid text. caf\xe9 is Latin-1.
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("destination");
    QTest::newRow("from such a name") << u"\"$(printf 'caf\\351.bin')\" copy.bin"_s
                                      << QByteArray("caf\xe9.bin") << QByteArray("copy.bin");
    QTest::newRow("to such a name") << u"source.bin \"$(printf 'copie-\\351\\377.bin')\""_s
                                    << QByteArray("source.bin") << QByteArray("copie-\xe9\xff.bin");
    QTest::newRow("both, after --")
        << u"-- \"$(printf 'caf\\351.bin')\" \"$(printf '\\300\\200.bin')\""_s
        << QByteArray("caf\xe9.bin") << QByteArray("\xc0\x80.bin");
}

void TestReliabilityCli::copiesNonUtf8Names()
{
    QFETCH(QString, arguments);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, destination);
    const QByteArray folder = QFile::encodeName(m_dir->path());
    const QByteArray content = patternBytes(300, 9);
    const auto rawPath = [&folder](const QByteArray& name) {
        return folder + '/' + name;
    };
    {
        const FileDescriptor fd(
            ::open(rawPath(source).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        QVERIFY(fd.isOpen());
        QCOMPARE(::write(fd.get(), content.constData(), size_t(content.size())),
                 ssize_t(content.size()));
    }
    const auto removeRawNames = qScopeGuard([&] {
        // QTemporaryDir cannot remove what it cannot name.
        ::unlink(rawPath(source).constData());
        ::unlink(rawPath(destination).constData());
    });

    const CliRun run = runScript({}, u"exec $RANGECOPY_CLI --json "_s + arguments, m_dir->path());

    COMPARE_EXIT(run, kExitSuccess);
    // The very bytes were read and written: the destination exists under its raw name.
    const FileDescriptor copied(::open(rawPath(destination).constData(), O_RDONLY | O_CLOEXEC));
    QVERIFY(copied.isOpen());
    QByteArray got(content.size() + 1, '\0');
    QCOMPARE(::read(copied.get(), got.data(), size_t(got.size())), ssize_t(content.size()));
    QVERIFY(got.left(content.size()) == content);
    // JSON holds valid text: the name with U+FFFD, and its bytes in hexadecimal.
    const QJsonObject json = jsonObject(run.out);
    for (const auto& [key, name] :
         {std::pair{u"source"_s, source}, std::pair{u"destination"_s, destination}}) {
        const bool raw = QString::fromUtf8(name).toUtf8() != name;
        QCOMPARE(json.value(key).toString(), QString::fromUtf8(name));
        QCOMPARE(json.value(key + u"_bytes"_s).toString(),
                 raw ? QString::fromLatin1(name.toHex()) : QString());
    }

    // A message names the file with its bytes shown as \xNN.
    const CliRun refused =
        runScript({}, u"exec $RANGECOPY_CLI --mode new "_s + arguments, m_dir->path());
    COMPARE_EXIT(refused, kExitBadInput);
    // (The CLI's error line doubles each backslash, as it does in any name.)
    const QString shown = pathForDisplay(pathFromBytes(destination)).replace(u"\\"_s, u"\\\\"_s);
    QVERIFY2(refused.err.contains("'" + shown.toUtf8() + "' already exists"),
             refused.describe().constData());
}

void TestReliabilityCli::aNonUtf8OptionValueIsShownAsBytes()
{
    const CliRun run = runScript(
        {}, u"exec $RANGECOPY_CLI source.bin dest.bin --mode \"$(printf 'r\\351place')\""_s,
        m_dir->path());
    COMPARE_EXIT(run, kExitBadInput);
    // The error line doubles the backslash of \xe9, as it does in any name.
    QVERIFY2(run.err.contains("unknown mode 'r\\\\xe9place'"), run.describe().constData());
    QCOMPARE(rawEntries(m_dir->path()), QList<QByteArray>());
}

// ---------------------------------------------------------------------------------------------
// Faults

void TestReliabilityCli::reportsDiskFull_data()
{
    QTest::addColumn<QString>("mode");
    for (const char* mode : {"replace", "new", "overwrite", "append"})
        QTest::newRow(mode) << QString::fromUtf8(mode);
}

void TestReliabilityCli::reportsDiskFull()
{
    QFETCH(QString, mode);
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        QSKIP("needs unshare(1) from util-linux");
    const QByteArray source = patternBytes(1024 * 1024, 8);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    const QByteArray old = patternBytes(1000, 9);
    QVERIFY(writeFile(path(u"old.bin"_s), old));
    QVERIFY(QDir().mkdir(path(u"small"_s)));
    const bool hasOld = mode != u"new"_s;

    // A 64 KiB tmpfs in a private mount namespace; what it held afterwards is copied out
    // before the namespace goes.
    const QString script =
        u"mount -t tmpfs -o size=64k tmpfs small || exit 100\n"
        "%1"
        "$RANGECOPY_CLI --json --chunk-size 16K --mode %2 source.bin small/dest.bin\n"
        "status=$?\n"
        "ls -A small > entries.txt\n"
        "cp small/dest.bin after.bin 2>/dev/null\n"
        "exit $status\n"_s.arg(hasOld ? u"cp old.bin small/dest.bin\n"_s : QString(), mode);
    const QStringList prefix{unshare, ::geteuid() == 0 ? u"-m"_s : u"-Urm"_s};
    const CliRun run = runScript(prefix, script, m_dir->path());
    if (run.exitedWith(100) || (run.exitedWith(1) && run.err.contains("unshare")))
        QSKIP("cannot mount a tmpfs in a private mount namespace here");

    COMPARE_EXIT(run, kExitTransferFailed);
    QVERIFY2(isOneLine(run.err), run.describe().constData());
    QVERIFY2(run.err.contains("'small/dest.bin': No space left on device"),
             run.describe().constData());
    const QJsonObject json = jsonObject(run.out);
    QCOMPARE(json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"disk_full"_s);
    const qint64 written = json.value(u"bytes_sent"_s).toInteger(-1);
    const QByteArray entries = readFile(path(u"entries.txt"_s));
    if (mode == u"replace"_s || mode == u"new"_s) {
        QCOMPARE(written, 0);
        QCOMPARE(entries, hasOld ? QByteArray("dest.bin\n") : QByteArray()); // no part file
        if (hasOld)
            QCOMPARE(readFile(path(u"after.bin"_s)), old);
        return;
    }
    // In place: the reported count is what the full disk holds, and the line says it.
    QVERIFY(written > 0 && written < source.size());
    QCOMPARE(entries, QByteArray("dest.bin\n"));
    QCOMPARE(readFile(path(u"after.bin"_s)),
             expectedContent(
                 old, mode == u"append"_s ? DestinationMode::Append : DestinationMode::Overwrite, 0,
                 source.left(written)));
    QVERIFY2(run.err.contains("; " + QByteArray::number(written) +
                              " bytes were written before the copy stopped"),
             run.describe().constData());
}

void TestReliabilityCli::reportsFileSizeLimit_data()
{
    QTest::addColumn<QString>("mode");
    for (const char* mode : {"replace", "new", "overwrite", "append"})
        QTest::newRow(mode) << QString::fromUtf8(mode);
}

void TestReliabilityCli::reportsFileSizeLimit()
{
    QFETCH(QString, mode);
    constexpr rlim_t kLimit = 16384;
    const QByteArray source = patternBytes(100000, 10);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    const QByteArray old = patternBytes(1000, 11);
    const bool hasOld = mode != u"new"_s;
    if (hasOld)
        QVERIFY(writeFile(path(u"dest.bin"_s), old));

    // The program ignores SIGXFSZ itself, so the limit shows as an error, not a kill.
    const CliRun run = runCli(
        {u"--json"_s, u"--chunk-size"_s, u"4K"_s, u"-m"_s, mode, u"source.bin"_s, u"dest.bin"_s},
        m_dir->path(), cliEnvironment(), [] {
            const struct rlimit limit {
                kLimit, kLimit
            };
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(kChildSetupFailed);
        });

    COMPARE_EXIT(run, kExitTransferFailed);
    QVERIFY2(isOneLine(run.err), run.describe().constData());
    QVERIFY2(run.err.contains("'dest.bin': File too large"), run.describe().constData());
    const QJsonObject json = jsonObject(run.out);
    QCOMPARE(json.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"file_too_large"_s);
    const qint64 written = json.value(u"bytes_sent"_s).toInteger(-1);
    if (!hasOld || mode == u"replace"_s) {
        QCOMPARE(written, 0);
        QCOMPARE(folderEntries(m_dir->path()), hasOld
                                                   ? QStringList({u"dest.bin"_s, u"source.bin"_s})
                                                   : QStringList({u"source.bin"_s}));
        if (hasOld)
            QCOMPARE(readFile(path(u"dest.bin"_s)), old);
        return;
    }
    const bool append = mode == u"append"_s;
    QCOMPARE(written, qint64(kLimit) - (append ? old.size() : 0));
    QCOMPARE(readFile(path(u"dest.bin"_s)),
             expectedContent(old, append ? DestinationMode::Append : DestinationMode::Overwrite, 0,
                             source.left(written)));
    QVERIFY2(run.err.contains(QByteArray::number(written) + " bytes were written"),
             run.describe().constData());
}

void TestReliabilityCli::reportsSourceChanging_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mode");
    for (const char* change : {"shrinks", "grows"}) {
        for (const char* mode : {"replace", "new", "overwrite", "append"})
            QTest::addRow("%s, %s", change, mode)
                << QString::fromUtf8(change) << QString::fromUtf8(mode);
    }
}

void TestReliabilityCli::reportsSourceChanging()
{
    QFETCH(QString, change);
    QFETCH(QString, mode);
    constexpr qint64 kSize = 256 * 1024;
    constexpr qint64 kShrunk = 100 * 1024;
    const QByteArray source = patternBytes(kSize, 12);
    const QString sourcePath = path(u"source.bin"_s);
    QVERIFY(writeFile(sourcePath, source));
    const QByteArray old = patternBytes(3000, 13);
    const QString destination = mode == u"new"_s ? u"fresh.bin"_s : u"dest.bin"_s;
    QVERIFY(writeFile(path(u"dest.bin"_s), old));

    // 64 chunks, 20 ms apart: the change lands long before the copy reaches its end.
    QProcess process;
    startCli(process,
             {u"--mode"_s, mode, u"--chunk-size"_s, u"4K"_s, u"--progress"_s, u"source.bin"_s,
              destination},
             m_dir->path(), cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"20"_s}}));
    QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(process.errorString()));
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    QVERIFY2(waitForProgress(process, 0, err), err.constData());
    if (change == u"shrinks"_s) {
        QCOMPARE(::truncate(QFile::encodeName(sourcePath).constData(), kShrunk), 0);
    } else {
        QFile file(sourcePath);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(QByteArray(5000, 'x')), qint64(5000));
    }
    CliRun run = finishCli(process);
    run.err.prepend(err);

    COMPARE_EXIT(run, kExitTransferFailed);
    QCOMPARE(run.out, QByteArray());
    const QByteArray lastLine = run.err.mid(run.err.lastIndexOf('\n', run.err.size() - 2) + 1);
    QVERIFY2(lastLine.startsWith("rangecopy-cli: 'source.bin' "), lastLine.constData());
    QVERIFY2(lastLine.contains(change == u"shrinks"_s
                                   ? QByteArray("got shorter (it held 262144 bytes")
                                   : QByteArray("changed size from 262144 to 267144 bytes")),
             lastLine.constData());
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    if (mode == u"replace"_s || mode == u"new"_s) {
        QVERIFY2(lastLine.contains("was left as it was"), lastLine.constData());
        QCOMPARE(readFile(path(u"dest.bin"_s)), old);
        QVERIFY(!exists(path(u"fresh.bin"_s)));
        return;
    }
    const qint64 written = change == u"shrinks"_s ? kShrunk : kSize;
    QVERIFY2(lastLine.contains("; " + QByteArray::number(written) +
                               " bytes were written before the copy stopped\n"),
             lastLine.constData());
    QCOMPARE(readFile(path(u"dest.bin"_s)),
             expectedContent(
                 old, mode == u"append"_s ? DestinationMode::Append : DestinationMode::Overwrite, 0,
                 source.left(written)));
}

void TestReliabilityCli::interruptedAtRandomPoints()
{
    // tst_cli's interrupted() stops each mode once, after the first chunk; this stops them at
    // random points, 30 times: before the handlers are in place, in the middle, near the end.
    constexpr int kRuns = 30;
    constexpr qsizetype kSize = 1024 * 1024;
    const QByteArray source = patternBytes(kSize, 14);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    QRandomGenerator random(testSeed());
    static const QRegularExpression kCancelledAfter(u"cancelled after (\\d+) bytes"_s);
    const QStringList modes{u"replace"_s, u"new"_s, u"overwrite"_s, u"append"_s};
    const QStringList methods{u"sendfile"_s, u"copy_file_range"_s, u"read-write"_s};
    int beforeHandlers = 0;
    int cancelled = 0;
    int finished = 0;
    const auto summary = qScopeGuard([&] {
        qInfo("%d runs: %d cancelled mid-copy, %d killed before the handlers were in place, "
              "%d finished before the signal",
              kRuns, cancelled, beforeHandlers, finished);
    });

    for (int i = 0; i < kRuns; ++i) {
        const QString mode = modes.at(random.bounded(modes.size()));
        const QString method = methods.at(random.bounded(methods.size()));
        const int signalNumber = random.bounded(2) ? SIGINT : SIGTERM;
        const bool atOnce = random.bounded(6) == 0;
        const int percent = random.bounded(95);
        const qint64 destinationOffset = mode == u"overwrite"_s ? random.bounded(5000) : 0;
        const QString run = u"run %1: %2, %3, %4 at %5"_s.arg(i).arg(
            mode, method, QString::fromUtf8(sigabbrev_np(signalNumber)),
            atOnce ? u"start"_s : u"%1%"_s.arg(percent));
        const QByteArray old = patternBytes(kSize + 3000, 100 + quint32(i));
        const QString destination = mode == u"new"_s ? u"fresh.bin"_s : u"dest.bin"_s;
        QVERIFY(writeFile(path(u"dest.bin"_s), old));
        QFile::remove(path(u"fresh.bin"_s));

        QProcess process;
        QStringList arguments{u"--mode"_s,       mode,    u"--method"_s,   method,
                              u"--chunk-size"_s, u"4K"_s, u"--progress"_s, u"source.bin"_s,
                              destination};
        if (destinationOffset > 0)
            arguments << u"--dest-offset"_s << QString::number(destinationOffset);
        startCli(process, arguments, m_dir->path(),
                 cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"3"_s}}));
        QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(run));
        process.setReadChannel(QProcess::StandardError);
        QByteArray err;
        if (atOnce || waitForProgress(process, percent, err))
            ::kill(pid_t(process.processId()), signalNumber);
        CliRun result = finishCli(process);
        result.err.prepend(err);
        const QByteArray context = run.toUtf8() + '\n' + result.describe();

        QVERIFY2(result.finished, context.constData());
        QVERIFY2(partFilesIn(m_dir->path()).isEmpty(), context.constData());
        const DestinationMode engineMode = mode == u"overwrite"_s ? DestinationMode::Overwrite
                                           : mode == u"append"_s  ? DestinationMode::Append
                                                                  : DestinationMode::Replace;
        if (result.crashed) {
            // Killed before the handlers were in place: nothing was written.
            ++beforeHandlers;
            QVERIFY2(atOnce, context.constData());
            QCOMPARE(readFile(path(u"dest.bin"_s)), old);
            QVERIFY2(!exists(path(u"fresh.bin"_s)), context.constData());
            continue;
        }
        if (result.exitCode == kExitSuccess) {
            // The copy ended before the signal came: all of it was written.
            ++finished;
            QCOMPARE(readFile(path(destination)),
                     expectedContent(old, engineMode, destinationOffset, source));
            continue;
        }
        QVERIFY2(result.exitedWith(kExitInterrupted), context.constData());
        ++cancelled;
        const QByteArray lastLine =
            result.err.mid(result.err.lastIndexOf('\n', result.err.size() - 2) + 1);
        QVERIFY2(lastLine.startsWith("rangecopy-cli: ") && lastLine.contains("cancelled"),
                 context.constData());
        if (mode == u"replace"_s || mode == u"new"_s) {
            // Promise 2: as it was, or absent.
            QCOMPARE(readFile(path(u"dest.bin"_s)), old);
            QVERIFY2(!exists(path(u"fresh.bin"_s)), context.constData());
            continue;
        }
        // Promise 3: exactly the reported bytes, nothing more.
        const QRegularExpressionMatch match = kCancelledAfter.match(QString::fromUtf8(lastLine));
        QVERIFY2(match.hasMatch(), context.constData());
        const qint64 reported = match.captured(1).toLongLong();
        QVERIFY2(reported >= 0 && reported <= kSize, context.constData());
        QCOMPARE(readFile(path(destination)),
                 expectedContent(old, engineMode, destinationOffset, source.left(reported)));
    }
}

void TestReliabilityCli::killedAtRandomPoints()
{
    // SIGKILL cannot be handled: the old destination must survive anyway, and the temporary
    // file left behind must be recognizable and go with the next copy to the same name.
    constexpr int kRuns = 10;
    constexpr qsizetype kSize = 1024 * 1024;
    const QByteArray source = patternBytes(kSize, 15);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    QRandomGenerator random(testSeed() + 1);
    const QStringList modes{u"replace"_s, u"new"_s, u"overwrite"_s, u"append"_s};
    int killed = 0;
    int killedAfterRename = 0;
    int finished = 0;
    const auto summary = qScopeGuard([&] {
        qInfo("%d runs: %d killed mid-copy, %d killed after the rename, %d finished before the "
              "kill",
              kRuns, killed - killedAfterRename, killedAfterRename, finished);
    });

    for (int i = 0; i < kRuns; ++i) {
        const QString mode = modes.at(i % modes.size());
        const int percent = random.bounded(95);
        const QString run = u"run %1: %2, SIGKILL at %3%"_s.arg(i).arg(mode).arg(percent);
        const QByteArray old = patternBytes(kSize + 3000, 200 + quint32(i));
        const QString destination = mode == u"new"_s ? u"fresh.bin"_s : u"dest.bin"_s;
        QVERIFY(writeFile(path(u"dest.bin"_s), old));
        QFile::remove(path(u"fresh.bin"_s));

        QProcess process;
        startCli(process,
                 {u"--mode"_s, mode, u"--chunk-size"_s, u"4K"_s, u"--progress"_s, u"source.bin"_s,
                  destination},
                 m_dir->path(), cliEnvironment({{u"RANGECOPY_TEST_CHUNK_DELAY_MS"_s, u"3"_s}}));
        QVERIFY2(process.waitForStarted(kCliTimeoutMs), qPrintable(run));
        process.setReadChannel(QProcess::StandardError);
        QByteArray err;
        QVERIFY2(waitForProgress(process, percent, err), qPrintable(run));
        ::kill(pid_t(process.processId()), SIGKILL);
        const CliRun result = finishCli(process);

        const QStringList parts = partFilesIn(m_dir->path());
        if (!result.crashed) {
            // The copy ended between the last progress line and the kill: all of it landed.
            ++finished;
            COMPARE_EXIT(result, kExitSuccess);
            QCOMPARE(parts, QStringList());
            QCOMPARE(readFile(path(destination)), mode == u"append"_s      ? old + source
                                                  : mode == u"overwrite"_s ? source + old.mid(kSize)
                                                                           : source);
        } else if (mode == u"replace"_s || mode == u"new"_s) {
            // All or nothing: the old destination and one recognizable temporary file, or no
            // new file and nothing else (it is written without a name until it is linked
            // in); killed after the rename or link, the whole copy and no temporary file.
            ++killed;
            const bool isNew = mode == u"new"_s;
            const bool published = isNew ? exists(path(destination)) : parts.isEmpty();
            if (published) {
                ++killedAfterRename;
                QCOMPARE(parts, QStringList());
                QCOMPARE(readFile(path(destination)), source);
            } else if (isNew) {
                QCOMPARE(parts, QStringList());
            } else {
                QCOMPARE(parts.size(), 1);
                QVERIFY2(kPartName.match(parts.first()).hasMatch(), qPrintable(parts.first()));
            }
            if (!published || mode == u"new"_s)
                QCOMPARE(readFile(path(u"dest.bin"_s)), old);
        } else {
            // In place a kill leaves what was written so far: a prefix of the copy, in place.
            ++killed;
            QCOMPARE(parts, QStringList());
            const QByteArray now = readFile(path(destination));
            const bool append = mode == u"append"_s;
            qint64 written = append ? now.size() - old.size() : 0;
            if (!append) {
                while (written < kSize && now.at(written) == source.at(written))
                    ++written;
            }
            QVERIFY2(written >= 0 && written <= kSize, qPrintable(run));
            QCOMPARE(now, expectedContent(
                              old, append ? DestinationMode::Append : DestinationMode::Overwrite, 0,
                              source.left(written)));
        }

        // The next copy to the same name cleans up after the killed one.
        const CliRun next = runCli({u"source.bin"_s, destination, u"-q"_s}, m_dir->path());
        COMPARE_EXIT(next, kExitSuccess);
        QCOMPARE(readFile(path(destination)), source);
        QVERIFY2(partFilesIn(m_dir->path()).isEmpty(), qPrintable(run));
    }
}

QTEST_GUILESS_MAIN(TestReliabilityCli)
#include "tst_reliability_cli.moc"
