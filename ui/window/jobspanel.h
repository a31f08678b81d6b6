#pragma once

#include "ui/window/jobqueue.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rangecopy {

// What the queue does when a job's destination exists (replace and new mode).
enum class ConflictChoice { Ask, Replace, Skip, KeepBoth };

// The Jobs panel: the queue (reorder by dragging or Ctrl+Up/Down, remove with Delete, retry
// failed jobs, save and open it as JSON Lines) and the History of finished jobs (Run Again).
// It only shows and edits the two models; MainWindow runs the jobs and does the file work.
class JobsPanel : public QWidget {
    Q_OBJECT

public:
    JobsPanel(JobQueue* queue, JobQueue* history, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* queueView() const { return m_queueView; }
    [[nodiscard]] QTableView* historyView() const { return m_historyView; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ConflictChoice conflictChoice() const;
    void setConflictChoice(ConflictChoice choice);
    [[nodiscard]] QComboBox* conflictBox() const { return m_conflict; }
    [[nodiscard]] QPushButton* runButton() const { return m_run; }
    // The queue cannot be edited while it runs (except adding).
    void setRunning(bool running);
    // The selected rows of the queue, in order.
    [[nodiscard]] QList<int> selectedQueueRows() const;

    void moveSelection(int by);
    void removeSelection();
    void retrySelection();
    void runSelectedAgain();

Q_SIGNALS:
    void runQueueRequested();
    // Double-click (or Return) on a job: load it into the form.
    void jobActivated(const rangecopy::TransferRequest& request);
    void saveQueueRequested();
    void openQueueRequested();
    void conflictChoiceChanged();

private:
    QWidget* buildQueueTab();
    QWidget* buildHistoryTab();
    void updateButtons();

    JobQueue* m_queue;
    JobQueue* m_history;
    QTabWidget* m_tabs;
    QTableView* m_queueView = nullptr;
    QTableView* m_historyView = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_clearFinished = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_runAgain = nullptr;
    QComboBox* m_conflict = nullptr;
    bool m_running = false;
};

} // namespace rangecopy
