#include "ui/window/jobspanel.h"

#include "ui/widgets/flowlayout.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rangecopy {

namespace {

QTableView* makeTable(JobQueue* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

// An action on the view only, with a shortcut that works while the view has focus.
void addViewShortcut(QWidget* view, const QKeySequence& keys, const std::function<void()>& act)
{
    auto* action = new QAction(view);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, view, act);
    view->addAction(action);
}

} // namespace

JobsPanel::JobsPanel(JobQueue* queue, JobQueue* history, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_history(history)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildQueueTab(), tr("Queue"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (JobQueue* model : {m_queue, m_history}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateButtons);
        connect(model, &QAbstractItemModel::rowsMoved, this, &JobsPanel::updateButtons);
        connect(model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateButtons);
        connect(model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    }
    updateButtons();
}

QWidget* JobsPanel::buildQueueTab()
{
    auto* tab = new QWidget(this);
    m_queueView = makeTable(m_queue, tab);
    m_queueView->setAccessibleName(tr("Queued copies"));
    // Drag rows to reorder them.
    m_queueView->setDragEnabled(true);
    m_queueView->setAcceptDrops(true);
    m_queueView->setDropIndicatorShown(true);
    m_queueView->setDragDropMode(QAbstractItemView::InternalMove);
    m_queueView->setDefaultDropAction(Qt::MoveAction);
    m_queueView->setDragDropOverwriteMode(false);
    connect(m_queueView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        // A join is not a copy the form can show.
        if (!m_queue->job(index.row()).isJoin())
            Q_EMIT jobActivated(m_queue->job(index.row()).request);
    });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPanel::updateButtons);
    addViewShortcut(m_queueView, QKeySequence::Delete, [this] { removeSelection(); });
    addViewShortcut(m_queueView, QKeySequence(Qt::CTRL | Qt::Key_Up),
                    [this] { moveSelection(-1); });
    addViewShortcut(m_queueView, QKeySequence(Qt::CTRL | Qt::Key_Down),
                    [this] { moveSelection(1); });

    m_run = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                            tr("Run Queue"), tab);
    m_run->setToolTip(tr("Run the queued copies one after another (Start does too)"));
    m_retry = new QPushButton(tr("Retry"), tab);
    m_retry->setToolTip(tr("Queue the selected failed, skipped or cancelled copies again"));
    m_remove = new QPushButton(tr("Remove"), tab);
    m_remove->setToolTip(tr("Remove the selected copies from the queue (Delete)"));
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("Up"), tab);
    m_up->setToolTip(tr("Move the selected copies up (Ctrl+Up)"));
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("Down"), tab);
    m_down->setToolTip(tr("Move the selected copies down (Ctrl+Down)"));
    m_clearFinished = new QPushButton(tr("Clear Finished"), tab);
    m_clearFinished->setToolTip(tr("Remove the copies that are done or were skipped"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save…"), tab);
    m_save->setToolTip(
        tr("Save the queue as a JSON Lines file, which rangecopy-cli --batch runs too"));
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open…"), tab);
    m_open->setToolTip(tr("Add the copies of a saved queue (or a --batch file)"));
    m_conflict = new QComboBox(tab);
    m_conflict->addItem(tr("Ask"), int(ConflictChoice::Ask));
    m_conflict->addItem(tr("Replace"), int(ConflictChoice::Replace));
    m_conflict->addItem(tr("Skip"), int(ConflictChoice::Skip));
    m_conflict->addItem(tr("Keep both"), int(ConflictChoice::KeepBoth));
    m_conflict->setAccessibleName(tr("When a destination exists"));
    auto* conflictLabel = new QLabel(tr("When a destination exists:"), tab);
    conflictLabel->setBuddy(m_conflict);

    connect(m_run, &QPushButton::clicked, this, &JobsPanel::runQueueRequested);
    connect(m_retry, &QPushButton::clicked, this, &JobsPanel::retrySelection);
    connect(m_remove, &QPushButton::clicked, this, &JobsPanel::removeSelection);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelection(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelection(1); });
    connect(m_clearFinished, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (int row = 0; row < m_queue->rowCount(); ++row) {
            const JobQueue::State state = m_queue->job(row).state;
            if (state == JobQueue::State::Done || state == JobQueue::State::Skipped)
                rows << row;
        }
        m_queue->remove(rows);
    });
    connect(m_save, &QPushButton::clicked, this, &JobsPanel::saveQueueRequested);
    connect(m_open, &QPushButton::clicked, this, &JobsPanel::openQueueRequested);
    connect(m_conflict, &QComboBox::currentIndexChanged, this, &JobsPanel::conflictChoiceChanged);

    // The buttons wrap onto more rows in a narrow window.
    auto* buttons = new FlowLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_run, m_retry, m_remove, m_up, m_down,
                                                           m_clearFinished, m_save, m_open})
        buttons->addWidget(widget);
    auto* conflictRow = new QWidget(tab);
    auto* conflictLayout = new QHBoxLayout(conflictRow);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(conflictLabel);
    conflictLayout->addWidget(m_conflict);
    buttons->addWidget(conflictRow);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_queueView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* JobsPanel::buildHistoryTab()
{
    auto* tab = new QWidget(this);
    m_historyView = makeTable(m_history, tab);
    m_historyView->setAccessibleName(tr("Finished copies"));
    connect(m_historyView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (!m_history->job(index.row()).isJoin())
            Q_EMIT jobActivated(m_history->job(index.row()).request);
    });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPanel::updateButtons);
    m_runAgain = new QPushButton(tr("Run Again"), tab);
    m_runAgain->setToolTip(tr("Add the selected copies to the queue once more"));
    connect(m_runAgain, &QPushButton::clicked, this, &JobsPanel::runSelectedAgain);
    auto* clear = new QPushButton(tr("Clear History"), tab);
    connect(clear, &QPushButton::clicked, m_history, &JobQueue::clear);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runAgain);
    buttons->addWidget(clear);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    return tab;
}

ConflictChoice JobsPanel::conflictChoice() const
{
    return static_cast<ConflictChoice>(m_conflict->currentData().toInt());
}

void JobsPanel::setConflictChoice(ConflictChoice choice)
{
    m_conflict->setCurrentIndex(m_conflict->findData(int(choice)));
}

void JobsPanel::setRunning(bool running)
{
    m_running = running;
    updateButtons();
}

QList<int> JobsPanel::selectedQueueRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_queueView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void JobsPanel::moveSelection(int by)
{
    if (m_running)
        return;
    QList<int> rows = selectedQueueRows();
    if (rows.isEmpty() || (by < 0 && rows.first() == 0) ||
        (by > 0 && rows.last() == m_queue->rowCount() - 1))
        return;
    // Move the block one row; the rows moved keep their selection.
    if (by > 0)
        std::reverse(rows.begin(), rows.end());
    for (const int row : rows)
        m_queue->move(row, by < 0 ? row - 1 : row + 2);
    QItemSelection selection;
    for (const int row : rows)
        selection.select(m_queue->index(row + by, 0),
                         m_queue->index(row + by, JobQueue::Count - 1));
    m_queueView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_queueView->setCurrentIndex(m_queue->index(rows.first() + by, 0));
}

void JobsPanel::removeSelection()
{
    m_queue->remove(selectedQueueRows());
}

void JobsPanel::retrySelection()
{
    for (const int row : selectedQueueRows())
        m_queue->retry(row);
}

void JobsPanel::runSelectedAgain()
{
    QList<int> rows;
    for (const QModelIndex& index : m_historyView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    for (const int row : rows) {
        const JobQueue::Job& job = m_history->job(row);
        if (job.isJoin())
            m_queue->addJoin(job.joinPieces, job.request.destinationPath);
        else
            m_queue->add(job.request);
    }
    if (!rows.isEmpty())
        m_tabs->setCurrentIndex(0);
}

void JobsPanel::updateButtons()
{
    const QList<int> rows = selectedQueueRows();
    const bool anySelected = !rows.isEmpty();
    bool retryable = false;
    for (const int row : rows) {
        const JobQueue::State state = m_queue->job(row).state;
        retryable = retryable || state == JobQueue::State::Failed ||
                    state == JobQueue::State::Skipped || state == JobQueue::State::Cancelled;
    }
    m_run->setEnabled(!m_running && m_queue->nextQueued().has_value());
    m_retry->setEnabled(retryable);
    m_remove->setEnabled(anySelected && !m_running);
    m_up->setEnabled(anySelected && !m_running && rows.first() > 0);
    m_down->setEnabled(anySelected && !m_running && rows.last() < m_queue->rowCount() - 1);
    m_clearFinished->setEnabled(
        m_queue->countIn(JobQueue::State::Done) + m_queue->countIn(JobQueue::State::Skipped) > 0);
    m_save->setEnabled(m_queue->rowCount() > 0);
    m_queueView->setDragEnabled(!m_running);
    m_runAgain->setEnabled(m_historyView->selectionModel()->hasSelection());
}

} // namespace rangecopy
