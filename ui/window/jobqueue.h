#pragma once

#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace rangecopy {

// The copies waiting, running and done in the window's Jobs panel (a model for a QTableView):
// one row per job with its source, range, destination, mode, state, progress, speed and
// result. It holds no files open and runs nothing: MainWindow takes the next queued job, runs
// it as it runs the form's copy, and reports back here. Only Qt Core: tests use it as it is.
class JobQueue : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class State { Queued, Running, Paused, Done, Failed, Skipped, Cancelled };
    enum Column { Source, Range, Destination, Mode, StateColumn, Progress, Speed, Result, Count };

    struct Job {
        TransferRequest request;
        State state = State::Queued;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        double bytesPerSecond = 0;
        QString result; // the outcome in a line ("100 bytes sent", the failure's reason)
        // A join (File → Join…): these pieces, in order, into request.destinationPath
        // (joinFiles()); request.sourcePath is the first piece. Empty for a copy.
        QStringList joinPieces;

        [[nodiscard]] bool isJoin() const { return !joinPieces.isEmpty(); }
    };

    explicit JobQueue(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    // Rows are dragged to reorder them (InternalMove).
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    [[nodiscard]] const Job& job(int row) const { return m_jobs.at(row); }
    [[nodiscard]] const QList<Job>& jobs() const { return m_jobs; }
    void add(const TransferRequest& request);
    void addJoin(const QStringList& pieces, const QString& destination);
    // Keeps at most `limit` jobs, dropping the oldest (the History's 200).
    void addFinished(const Job& job, int limit);
    void remove(QList<int> rows);
    void clear();
    // Moves the job at `from` to be at `to` (both row numbers before the move).
    void move(int from, int to);
    // The first queued job's row, if any.
    [[nodiscard]] std::optional<int> nextQueued() const;
    [[nodiscard]] int countIn(State state) const;

    void setState(int row, State state);
    void setProgress(int row, qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond);
    void setResult(int row, State state, const QString& result);
    // Failed, skipped and cancelled jobs go back to the queue.
    void retry(int row);
    void setRequest(int row, const TransferRequest& request);

    // The state's word ("queued", "done", …), as shown in the State column.
    [[nodiscard]] static QString stateName(State state);
    // The state's untranslated key, as saved in the History ("done", "failed", ...), and back.
    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] static std::optional<State> stateFromKey(QStringView key);

private:
    void changed(int row);

    QList<Job> m_jobs;
};

} // namespace rangecopy
