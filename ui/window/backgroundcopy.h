#pragma once

#include "core/transfer/splitjoin.h"
#include "core/transfer/transferengine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rangecopy {

// Runs the engine on a worker thread (QtConcurrent::run with a QPromise) and reports to the
// GUI thread. QPromise progress is an int throttled to about 25 updates a second, so it only
// says "look again"; the exact byte count travels in an atomic, and the final figure comes
// from the result.
class BackgroundCopy : public QObject {
    Q_OBJECT

public:
    explicit BackgroundCopy(QObject* parent = nullptr);
    ~BackgroundCopy() override;

    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] bool isPaused() const { return m_state && m_state->control.isPaused(); }
    // Paused and the worker is waiting at a chunk boundary: no byte moves until resume().
    [[nodiscard]] bool isHolding() const { return m_state && m_state->control.isHolding(); }
    [[nodiscard]] qint64 bytesDone() const { return m_state ? m_state->bytesDone.load() : 0; }

    void start(const TransferRequest& request);
    // The same for a join of pieces (joinFiles()): one result, progress over all pieces.
    void startJoin(const JoinRequest& request);
    void pause();
    void resume();
    // A part kept for resuming (TransferRequest::keepPartial) is removed, unless keepPart.
    void cancel(bool keepPart = false);

Q_SIGNALS:
    void progressChanged(qint64 bytesDone, qint64 bytesExpected);
    void finished(const rangecopy::TransferResult& result);

private:
    // Shared with the worker, which may outlive a cancelled runner for a moment.
    struct SharedState {
        TransferControl control;
        std::atomic<qint64> bytesDone{0};
        std::atomic<qint64> bytesExpected{0};
        // The engine has reported once: until then 0 of 0 would read as a finished copy.
        std::atomic<bool> reported{false};
    };

    void reportProgress();
    using Work = std::function<TransferResult(const ProgressCallback&, TransferControl*)>;
    void startWork(const Work& work);

    std::shared_ptr<SharedState> m_state;
    QFutureWatcher<TransferResult> m_watcher;
    // While paused: waits for the worker to hold, then reports the exact count it holds at.
    // Progress signals are throttled, so the last chunk's may never have been sent.
    QTimer m_holdCheck;
};

} // namespace rangecopy
