#pragma once

#include <chrono>

namespace rangecopy {

// Switches that make rare paths of the engine reachable from tests, read from the
// environment at the start of each transfer (in the manner of KIO's test mode):
//   RANGECOPY_TEST_FAST_PATH_ERRNO=22   sendfile/copy_file_range fail with that errno
//                                       before moving any byte (forces the fallback)
//   RANGECOPY_TEST_CHUNK_DELAY_MS=20    wait this long after every chunk, so a test can
//                                       cancel or pause a copy in the middle
struct TestHooks {
    int fastPathErrno = 0;
    std::chrono::milliseconds chunkDelay{0};

    [[nodiscard]] static TestHooks fromEnvironment();
};

} // namespace rangecopy
