#include "testhooks.h"

#include <QtGlobal>

namespace rangecopy {

TestHooks TestHooks::fromEnvironment()
{
    TestHooks hooks;
    hooks.fastPathErrno = qEnvironmentVariableIntValue("RANGECOPY_TEST_FAST_PATH_ERRNO");
    hooks.chunkDelay =
        std::chrono::milliseconds(qEnvironmentVariableIntValue("RANGECOPY_TEST_CHUNK_DELAY_MS"));
    return hooks;
}

} // namespace rangecopy
