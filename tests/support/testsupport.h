#pragma once

// Helpers the test executables share: file contents, test data, data-table rows, forked
// children for limits and mounts, and runs of rangecopy-cli.

#include "core/io/filedescriptor.h"
#include "core/io/fileerror.h"
#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <initializer_list>
#include <optional>
#include <sys/resource.h>
#include <sys/types.h>

namespace rangecopy {

// Names instead of numbers in QCOMPARE failure output (found by argument-dependent lookup).
char* toString(TransferError error);
char* toString(CopyMethod method);
char* toString(DestinationMode mode);
char* toString(Verification verification);

} // namespace rangecopy

namespace rangecopy::testsupport {

// Bound for every wait on another thread or process; reached only when something is broken.
inline constexpr int kWaitMs = 30000;
// A forked child that could not set itself up (limit, identity, mount) exits with this.
inline constexpr int kChildSetupFailed = 100;
inline constexpr uid_t kNobody = 65534;

inline constexpr std::array kAllMethods{CopyMethod::Sendfile, CopyMethod::CopyFileRange,
                                        CopyMethod::ReadWrite};
inline constexpr std::array kAllModes{DestinationMode::Replace, DestinationMode::Overwrite,
                                      DestinationMode::Append, DestinationMode::CreateNew};

// ---------------------------------------------------------------------------------------------
// Files

// Bytes without a short period, so a copy from or to a wrong offset cannot match by chance.
[[nodiscard]] QByteArray patternBytes(qsizetype size, quint32 seed = 1);
// Random bytes from a seeded generator (the same for the same seed): what a format's bytes are
// embedded in when a scan must find them.
[[nodiscard]] QByteArray randomBytes(qsizetype size, quint32 seed);
// Byte i is (i * 7) % 251: a shift shows, and the first bytes are easy to write down in a test.
[[nodiscard]] QByteArray steppedBytes(qsizetype size);

[[nodiscard]] bool writeFile(const QString& path, const QByteArray& data);

// Bytes written at an offset of a sparse file.
struct Marker {
    qint64 offset;
    QByteArray bytes;
};
// Creates (or truncates) a sparse file of `size` bytes: holes, except for the markers.
[[nodiscard]] bool writeSparseFile(const QString& path, qint64 size, const QList<Marker>& markers);
// Up to length bytes from offset by pread (files past 2 GiB), or "<cannot open>"/"<cannot read>".
[[nodiscard]] QByteArray readAt(const QString& path, qint64 offset, qint64 length);
// The size stat() reports, or -1.
[[nodiscard]] qint64 fileSize(const QString& path);
// The whole file, or "<cannot read PATH>" (which no test expects as content).
[[nodiscard]] QByteArray readFile(const QString& path);
// Whether anything has this name, also a dangling symlink.
[[nodiscard]] bool exists(const QString& path);
// Permission bits as octal text, so that failures read "0640", not "416".
[[nodiscard]] QString modeText(const QString& path);
[[nodiscard]] QString octal(mode_t mode);
bool setMode(const QString& path, mode_t mode);
// Every name in a folder, hidden ones too, sorted.
[[nodiscard]] QStringList folderEntries(const QString& folder);
// Names in a folder that look like the engine's temporary ".NAME.rangecopy-XXXXXX.part" files.
[[nodiscard]] QStringList partFilesIn(const QString& folder);
// The files without a name (O_TMPFILE) that this process holds open in folder, as
// "/proc/self/fd/N" paths: where a copy to a new destination writes before it is linked in.
[[nodiscard]] QStringList unnamedFilesIn(const QString& folder);

// Every entry below root with its content, to prove that a run changed nothing at all.
using Snapshot = QMap<QString, QByteArray>;
[[nodiscard]] Snapshot snapshot(const QString& root);

// ---------------------------------------------------------------------------------------------
// Requests and expected results

inline constexpr qint64 kNoCount = -1; // in data tables: "to the end of the source"
[[nodiscard]] std::optional<qint64> countOf(qint64 count);

[[nodiscard]] TransferRequest makeRequest(const QString& source, const QString& destination,
                                          DestinationMode mode = DestinationMode::Replace);

// What the destination must hold after `copied` was written in `mode` over `old`.
[[nodiscard]] QByteArray expectedContent(const QByteArray& old, DestinationMode mode,
                                         qint64 destinationOffset, const QByteArray& copied);

// Adds the columns "method" and "mode" and one row "MODE, METHOD" for every method (outer)
// and mode (inner) given.
void addMethodModeRows(std::initializer_list<CopyMethod> methods,
                       std::initializer_list<DestinationMode> modes);

// Sets an environment variable for one test and removes it again, also when a check fails.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const QByteArray& value);
    ~ScopedEnvironment();
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
};

// ---------------------------------------------------------------------------------------------
// Transfers in a forked child, for limits, identities and mounts the test must not take on

struct ChildOutcome {
    bool exited = false; // ended with _exit, not killed by a signal
    int exitCode = -1;
    int signal = 0;
    bool reported = false; // the result arrived through the pipe
    qint64 bytesSent = -1;
    TransferError error = TransferError::None;
    QString message;
    QByteArray inspection; // what `inspect` found in the child after the transfer
};

// Runs a transfer in a forked child. `prepare` runs in the child first and returns false when
// it cannot set up; `inspect` runs after the transfer, for what only the child can see (a
// private mount). The child exits with the error kind as its exit code and writes bytesSent,
// the kind, the message and the inspection to a pipe.
[[nodiscard]] ChildOutcome runInChild(const TransferRequest& request,
                                      const std::function<bool()>& prepare,
                                      const std::function<QByteArray()>& inspect = {});

// In a child: a file size limit, with SIGXFSZ ignored so that it shows as EFBIG.
[[nodiscard]] bool limitFileSize(rlim_t bytes);
// In a child: a mount namespace of its own (and, when not root, a user namespace mapping the
// caller to root in it), so that mounts made next disappear with the child.
[[nodiscard]] bool enterPrivateMountNamespace();
// In a child: a private mount namespace with a tmpfs of `size` (e.g. "64k") on `folder`.
[[nodiscard]] bool mountSmallFilesystem(const QByteArray& folder, const char* size = "64k");
// In a child: a private mount namespace where `folder` is a read-only bind mount of itself.
[[nodiscard]] bool mountReadOnly(const QByteArray& folder);
// A Unix socket bound at path (a file that is neither regular nor a FIFO), or a closed
// descriptor on failure.
[[nodiscard]] FileDescriptor bindUnixSocket(const QString& path);

// Qt Test data for the files that must be refused without waiting: columns source,
// destination (names in the test's folder, "fifo" a FIFO there, or /dev paths), sourceRefused
// and reason, and the rows a FIFO source and destination.
void addSpecialFileRows();
// In a child that is root: become "nobody" with no supplementary groups.
[[nodiscard]] bool dropToNobody();

// ---------------------------------------------------------------------------------------------
// Runs of rangecopy-cli

inline constexpr int kCliTimeoutMs = 60000;

// rangecopy-cli's exit statuses, as README promises them (written out here, not taken from
// the program, so that a changed status fails the tests).
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitTransferFailed = 2;
inline constexpr int kExitInterrupted = 130;

struct CliRun {
    bool finished = false;
    int exitCode = -1;    // -1 when killed by a signal
    bool crashed = false; // ended by a signal
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool exitedWith(int code) const { return finished && exitCode == code; }
    [[nodiscard]] QByteArray describe() const;
};

// The path of the rangecopy-cli under test.
[[nodiscard]] QString cliPath();
// RANGECOPY_CLI_WRAPPER, split like a shell command ("valgrind -q --error-exitcode=99"): the
// program the CLI runs under, or empty.
[[nodiscard]] QStringList cliWrapper();

// The child gets a predictable environment: C messages, no test hooks unless asked.
[[nodiscard]] QProcessEnvironment cliEnvironment(const QMap<QString, QString>& extra = {});

// Starts rangecopy-cli (under the wrapper, if any). `childSetup` runs in the child between
// fork and exec (a limit, an identity, a namespace); it must only make system calls.
void startCli(QProcess& process, const QStringList& arguments, const QString& workingDirectory,
              const QProcessEnvironment& environment = cliEnvironment(),
              const std::function<void()>& childSetup = {});
// The same with `program`, a copy of rangecopy-cli (see copyCliInto()).
void startCliCopy(QProcess& process, const QString& program, const QStringList& arguments,
                  const QString& workingDirectory, const QProcessEnvironment& environment,
                  const std::function<void()>& childSetup);
// Copies rangecopy-cli into folder, executable by everyone, and returns the copy's path (empty
// on failure). A test that runs the program as another user runs this copy: the build folder
// may lie inside a folder that user cannot enter (mktemp -d makes them 0700).
[[nodiscard]] QString copyCliInto(const QString& folder);
// The environment for that copy: a sanitizer's suppressions file named in *SAN_OPTIONS is
// copied into folder too (the user the program runs as may not reach the build tree).
[[nodiscard]] QProcessEnvironment cliEnvironmentIn(const QString& folder);
// Waits for a started run to end (killing it after kCliTimeoutMs) and collects its output.
[[nodiscard]] CliRun finishCli(QProcess& process);
[[nodiscard]] CliRun runCli(const QStringList& arguments, const QString& workingDirectory,
                            const QProcessEnvironment& environment = cliEnvironment(),
                            const std::function<void()>& childSetup = {});
[[nodiscard]] CliRun runCliCopy(const QString& program, const QStringList& arguments,
                                const QString& workingDirectory,
                                const QProcessEnvironment& environment,
                                const std::function<void()>& childSetup);

} // namespace rangecopy::testsupport

// Fails the test unless a run ended with the expected exit code, showing what it printed.
#define COMPARE_EXIT(run, code) QVERIFY2((run).exitedWith(code), (run).describe().constData())
