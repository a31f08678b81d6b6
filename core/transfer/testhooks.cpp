#include "core/transfer/testhooks.h"

#include <QString>
#include <QtGlobal>

#include <mutex>
#include <utility>

namespace rangecopy {

namespace {
std::mutex g_hookMutex;
std::function<void()> g_beforeDestinationOpen;
} // namespace

TestHooks TestHooks::fromEnvironment()
{
    TestHooks hooks;
    hooks.fastPathErrno = qEnvironmentVariableIntValue("RANGECOPY_TEST_FAST_PATH_ERRNO");
    hooks.chunkDelay =
        std::chrono::milliseconds(qEnvironmentVariableIntValue("RANGECOPY_TEST_CHUNK_DELAY_MS"));
    hooks.pauseAfterBytes = qEnvironmentVariableIntValue("RANGECOPY_TEST_PAUSE_AFTER_BYTES");
    hooks.undoErrno = qEnvironmentVariableIntValue("RANGECOPY_TEST_UNDO_ERRNO");
    if (qEnvironmentVariableIsSet("RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY"))
        hooks.corruptBeforeVerify =
            qEnvironmentVariable("RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY").toLongLong();
    const std::lock_guard lock(g_hookMutex);
    hooks.beforeDestinationOpen = g_beforeDestinationOpen;
    return hooks;
}

void setBeforeDestinationOpenHook(std::function<void()> hook)
{
    const std::lock_guard lock(g_hookMutex);
    g_beforeDestinationOpen = std::move(hook);
}

} // namespace rangecopy
