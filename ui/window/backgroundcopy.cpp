#include "ui/window/backgroundcopy.h"

#include "core/transfer/transfermessages.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

namespace {
constexpr int kProgressSteps = 10000; // the int progress range; bytes travel separately
}

BackgroundCopy::BackgroundCopy(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &BackgroundCopy::reportProgress);
    m_holdCheck.setInterval(20);
    connect(&m_holdCheck, &QTimer::timeout, this, [this] {
        if (isHolding() || !isRunning()) {
            m_holdCheck.stop();
            reportProgress();
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_holdCheck.stop();
        const TransferResult result = m_watcher.result();
        Q_EMIT progressChanged(m_state->bytesDone.load(), m_state->bytesExpected.load());
        Q_EMIT finished(result);
    });
}

BackgroundCopy::~BackgroundCopy()
{
    // Never leave a worker writing after the window is gone: stop it and wait.
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

void BackgroundCopy::start(const TransferRequest& request)
{
    startWork([request](const ProgressCallback& progress, TransferControl* control) {
        return runTransfer(request, progress, control);
    });
}

void BackgroundCopy::startJoin(const JoinRequest& request)
{
    startWork([request](const ProgressCallback& progress, TransferControl* control) {
        return joinFiles(request, progress, control);
    });
}

void BackgroundCopy::startWork(const Work& work)
{
    Q_ASSERT(!isRunning());
    m_state = std::make_shared<SharedState>();
    const std::shared_ptr<SharedState> state = m_state;
    m_watcher.setFuture(QtConcurrent::run([work, state](QPromise<TransferResult>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        const auto onProgress = [&](qint64 done, qint64 expected) {
            state->bytesDone.store(done);
            state->bytesExpected.store(expected);
            state->reported.store(true);
            promise.setProgressValue(
                int(TransferMessages::progressFraction(done, expected) * kProgressSteps));
        };
        promise.addResult(work(onProgress, &state->control));
    }));
}

void BackgroundCopy::pause()
{
    if (m_state) {
        m_state->control.pause();
        m_holdCheck.start();
    }
}

void BackgroundCopy::resume()
{
    m_holdCheck.stop();
    if (m_state)
        m_state->control.resume();
}

void BackgroundCopy::cancel(bool keepPart)
{
    m_holdCheck.stop();
    if (m_state) {
        if (keepPart)
            m_state->control.cancel();
        else
            m_state->control.cancelAndDiscardPart();
        m_state->control.resume(); // wake a paused worker so it sees the cancel at once
    }
}

void BackgroundCopy::reportProgress()
{
    if (m_state && m_state->reported.load())
        Q_EMIT progressChanged(m_state->bytesDone.load(), m_state->bytesExpected.load());
}

} // namespace rangecopy
