#include "ui/window/jobqueue.h"

#include <array>
#include <utility>

#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/transfer/transfermessages.h"

#include <QDataStream>
#include <QFileInfo>
#include <QMimeData>

#include <algorithm>

namespace rangecopy {

namespace {
const QString kRowsMimeType = QStringLiteral("application/x-rangecopy-job-rows");
} // namespace

JobQueue::JobQueue(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int JobQueue::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobQueue::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

namespace {

// Each state's key in a saved history, which is also its English name: the list shows it
// translated (stateName), the history keeps it as it is (stateKey).
constexpr std::array kStateKeys{
    std::pair{JobQueue::State::Queued, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "queued")},
    std::pair{JobQueue::State::Running, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "running")},
    std::pair{JobQueue::State::Paused, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "paused")},
    std::pair{JobQueue::State::Done, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "done")},
    std::pair{JobQueue::State::Failed, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "failed")},
    std::pair{JobQueue::State::Skipped, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "skipped")},
    std::pair{JobQueue::State::Cancelled, QT_TRANSLATE_NOOP("rangecopy::JobQueue", "cancelled")},
};

} // namespace

QString JobQueue::stateName(State state)
{
    for (const auto& [known, key] : kStateKeys) {
        if (known == state)
            return tr(key);
    }
    return {};
}

QString JobQueue::stateKey(State state)
{
    for (const auto& [known, key] : kStateKeys) {
        if (known == state)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<JobQueue::State> JobQueue::stateFromKey(QStringView key)
{
    for (const auto& [state, known] : kStateKeys) {
        if (key == QLatin1String(known))
            return state;
    }
    return std::nullopt;
}

QVariant JobQueue::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const Job& job = m_jobs.at(index.row());
    const TransferRequest& request = job.request;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Source)
            return pathForDisplay(request.sourcePath);
        if (index.column() == Destination)
            return pathForDisplay(request.destinationPath);
        if (index.column() == Result)
            return job.result;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Source:
        return QFileInfo(pathForDisplay(request.sourcePath)).fileName();
    case Range:
        if (job.isJoin())
            return tr("%1 pieces").arg(job.joinPieces.size());
        return request.count
                   ? tr("%1 from %2")
                         .arg(formatByteSize(*request.count), QString::number(request.offset))
                   : tr("all from %1").arg(request.offset);
    case Destination:
        return QFileInfo(pathForDisplay(request.destinationPath)).fileName();
    case Mode:
        return job.isJoin() ? tr("join") : modeName(request.mode);
    case StateColumn:
        return stateName(job.state);
    case Progress:
        if (job.state == State::Done)
            return QStringLiteral("100%");
        // Nothing known yet (queued, or the copy has not reported): no figure.
        if (job.state == State::Queued || job.bytesTotal <= 0)
            return QString();
        return QStringLiteral("%1%").arg(
            int(100 * TransferMessages::progressFraction(job.bytesDone, job.bytesTotal)));
    case Speed:
        return job.state == State::Running && job.bytesPerSecond > 0
                   ? tr("%1/s").arg(formatByteSize(qint64(job.bytesPerSecond)))
                   : QString();
    case Result:
        return job.result;
    default:
        return {};
    }
}

QVariant JobQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Range:
        return tr("Range");
    case Destination:
        return tr("Destination");
    case Mode:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

Qt::ItemFlags JobQueue::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

Qt::DropActions JobQueue::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList JobQueue::mimeTypes() const
{
    return {kRowsMimeType};
}

QMimeData* JobQueue::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& index : indexes) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << rows;
    auto* mime = new QMimeData;
    mime->setData(kRowsMimeType, encoded);
    return mime;
}

bool JobQueue::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                            const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kRowsMimeType))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(kRowsMimeType));
    stream >> rows;
    // Dropped on a row: before it; below the last row: at the end.
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_jobs.size());
    // One at a time, keeping their order; each move shifts the rows after it.
    for (int i = 0; i < rows.size(); ++i) {
        const int from = rows.at(i);
        if (from < 0 || from >= m_jobs.size())
            continue;
        move(from, to);
        const int landed = from < to ? to - 1 : to;
        for (int j = i + 1; j < rows.size(); ++j) {
            int& other = rows[j];
            if (from < other && other <= landed)
                --other;
            else if (landed <= other && other < from)
                ++other;
        }
        to = landed + 1;
    }
    // The view removes nothing after a move it did not do itself: report no move to it.
    return false;
}

void JobQueue::add(const TransferRequest& request)
{
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append({request, State::Queued, 0, 0, 0, {}, {}});
    endInsertRows();
}

void JobQueue::addJoin(const QStringList& pieces, const QString& destination)
{
    TransferRequest request;
    request.sourcePath = pieces.value(0);
    request.destinationPath = destination;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append({request, State::Queued, 0, 0, 0, {}, pieces});
    endInsertRows();
}

void JobQueue::addFinished(const Job& job, int limit)
{
    if (m_jobs.size() >= limit) {
        const int excess = int(m_jobs.size()) - limit + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_jobs.remove(0, excess);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
    m_jobs.append(job);
    endInsertRows();
}

void JobQueue::remove(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows) {
        // A running job is not removed under the copy that runs it.
        if (row < 0 || row >= m_jobs.size() || m_jobs.at(row).state == State::Running ||
            m_jobs.at(row).state == State::Paused)
            continue;
        beginRemoveRows({}, row, row);
        m_jobs.removeAt(row);
        endRemoveRows();
    }
}

void JobQueue::clear()
{
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

void JobQueue::move(int from, int to)
{
    to = std::clamp(to, 0, int(m_jobs.size()));
    if (from < 0 || from >= m_jobs.size() || to == from || to == from + 1)
        return;
    beginMoveRows({}, from, from, {}, to);
    m_jobs.move(from, from < to ? to - 1 : to);
    endMoveRows();
}

std::optional<int> JobQueue::nextQueued() const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).state == State::Queued)
            return row;
    }
    return std::nullopt;
}

int JobQueue::countIn(State state) const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(),
                             [state](const Job& job) { return job.state == state; }));
}

void JobQueue::setState(int row, State state)
{
    m_jobs[row].state = state;
    changed(row);
}

void JobQueue::setProgress(int row, qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond)
{
    Job& job = m_jobs[row];
    job.bytesDone = bytesDone;
    job.bytesTotal = bytesTotal;
    job.bytesPerSecond = bytesPerSecond;
    changed(row);
}

void JobQueue::setResult(int row, State state, const QString& result)
{
    m_jobs[row].state = state;
    m_jobs[row].result = result;
    changed(row);
}

void JobQueue::retry(int row)
{
    Job& job = m_jobs[row];
    if (job.state != State::Failed && job.state != State::Skipped && job.state != State::Cancelled)
        return;
    job.state = State::Queued;
    job.bytesDone = 0;
    job.bytesPerSecond = 0;
    job.result.clear();
    changed(row);
}

void JobQueue::setRequest(int row, const TransferRequest& request)
{
    m_jobs[row].request = request;
    changed(row);
}

void JobQueue::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

} // namespace rangecopy
