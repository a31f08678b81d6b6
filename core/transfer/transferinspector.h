#pragma once

#include "core/io/timedwork.h"
#include "core/transfer/transferengine.h"

#include <QObject>
#include <QString>

namespace rangecopy {

// What the window shows about a request's files: the engine's check and the source's type.
struct TransferInspection {
    TransferRequest request; // what was looked at
    TransferCheck check;
    QString sourceType; // the source's MIME type from its name and first bytes, when readable

    // Set when a file did not answer in time: which one, and the sentence to show. The
    // check is then empty.
    bool timedOut = false;
    bool stalledOnSource = false;
    QString stalledMessage;
};

// Looks at a request's files as checkTransfer() does, and reads the first bytes of a regular
// source (never of anything else, never of a file that says it is empty, as /proc's do) to
// name its type. Blocks as long as the files take: call it on a worker. stage, when given, is
// set to 0 while the source is looked at and to 1 once only the destination is left.
[[nodiscard]] TransferInspection inspectTransfer(const TransferRequest& request,
                                                 std::atomic<int>* stage = nullptr);

// Runs inspectTransfer() on a worker for the window (TimedWork): one at a time, the newest
// request wins, and a file that does not answer within the time limit is given up on.
class TransferInspector : public QObject {
    Q_OBJECT

public:
    explicit TransferInspector(QObject* parent = nullptr);

    // Looks at request's files; inspected() follows unless a newer inspect() or cancel()
    // comes first.
    void inspect(const TransferRequest& request);
    void cancel() { m_work.cancel(); }
    [[nodiscard]] bool isBusy() const { return m_work.isPending(); }
    void setTimeLimit(std::chrono::milliseconds limit) { m_work.setTimeLimit(limit); }
    [[nodiscard]] std::chrono::milliseconds timeLimit() const { return m_work.timeLimit(); }

Q_SIGNALS:
    void inspected(const rangecopy::TransferInspection& inspection);

private:
    TimedWork m_work;
};

} // namespace rangecopy
