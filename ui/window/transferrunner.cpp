#include "ui/window/transferrunner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

namespace {
constexpr int kProgressSteps = 10000; // the int progress range; bytes travel separately
}

TransferRunner::TransferRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            &TransferRunner::reportProgress);
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

TransferRunner::~TransferRunner()
{
    // Never leave a worker writing after the window is gone: stop it and wait.
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

void TransferRunner::start(const TransferRequest& request)
{
    Q_ASSERT(!isRunning());
    m_state = std::make_shared<SharedState>();
    const std::shared_ptr<SharedState> state = m_state;
    m_watcher.setFuture(QtConcurrent::run([request, state](QPromise<TransferResult>& promise) {
        promise.setProgressRange(0, kProgressSteps);
        const auto onProgress = [&](qint64 done, qint64 expected) {
            state->bytesDone.store(done);
            state->bytesExpected.store(expected);
            const double fraction = expected > 0 ? double(done) / double(expected) : 1.0;
            promise.setProgressValue(int(fraction * kProgressSteps));
        };
        promise.addResult(runTransfer(request, onProgress, &state->control));
    }));
}

void TransferRunner::pause()
{
    if (m_state) {
        m_state->control.pause();
        m_holdCheck.start();
    }
}

void TransferRunner::resume()
{
    m_holdCheck.stop();
    if (m_state)
        m_state->control.resume();
}

void TransferRunner::cancel()
{
    m_holdCheck.stop();
    if (m_state) {
        m_state->control.cancel();
        m_state->control.resume(); // wake a paused worker so it sees the cancel at once
    }
}

void TransferRunner::reportProgress()
{
    if (m_state)
        Q_EMIT progressChanged(m_state->bytesDone.load(), m_state->bytesExpected.load());
}

} // namespace rangecopy
