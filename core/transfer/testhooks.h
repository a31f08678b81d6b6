#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace rangecopy {

// Switches that make rare paths of the engine reachable from tests, read from the
// environment at the start of each transfer (in the manner of KIO's test mode):
//   RANGECOPY_TEST_FAST_PATH_ERRNO=22   sendfile/copy_file_range fail with that errno
//                                       before moving any byte (forces the fallback)
//   RANGECOPY_TEST_CHUNK_DELAY_MS=20    wait this long after every chunk, so a test can
//                                       cancel or pause a copy in the middle
//   RANGECOPY_TEST_PAUSE_AFTER_BYTES=8192
//                                       rangecopy-cli pauses its copy once this many bytes
//                                       are copied: it then holds between chunks until a
//                                       signal cancels it, so that a test can interrupt it
//                                       at a known point however the processes are scheduled
//   RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY=4096
//                                       --verify first inverts the destination's byte at
//                                       that offset of the range, as a failing disk would
//   RANGECOPY_TEST_UNDO_ERRNO=28        keeping the bytes an overwrite replaces, and writing
//                                       them back in an undo, fail with that errno
// and one that only a test linking the engine can set, see setBeforeDestinationOpenHook().
// The window's looks at files on a worker have one of their own, RANGECOPY_TEST_PROBE_DELAY_MS
// (TimedWork::setTestDelay(), core/io/timedwork.h): a file that takes that long to answer.
struct TestHooks {
    int fastPathErrno = 0;
    std::chrono::milliseconds chunkDelay{0};
    qint64 pauseAfterBytes = 0;
    int undoErrno = 0;
    qint64 corruptBeforeVerify = -1;
    std::function<void()> beforeDestinationOpen;

    [[nodiscard]] static TestHooks fromEnvironment();
};

// For tests that link the engine: runs on the engine's thread after the destination was
// checked and before it is opened, so that a test can swap the destination in exactly the
// window a planted symlink would use. An empty function removes it.
void setBeforeDestinationOpenHook(std::function<void()> hook);

} // namespace rangecopy
