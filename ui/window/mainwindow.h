#pragma once

#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"
#include "core/transfer/undojournal.h"
#include "ui/window/jobqueue.h"
#include "ui/window/taskbarprogress.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <optional>
#include <utility>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSettings;
class QToolButton;
class QSplitter;
class QTabWidget;

namespace rangecopy {

class ContentsPanel;
class JobsPanel;
struct ScanItem;
class PreviewPane;
class ResultPanel;
class TimedWork;
enum class ConflictChoice;
class TransferForm;
class BackgroundCopy;

// The RangeCopy window: the form, Start/Pause/Cancel, progress, the result and the preview.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // settings is where options, folders and geometry persist; it must outlive the window.
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] TransferForm* form() const { return m_form; }
    [[nodiscard]] ResultPanel* resultPanel() const { return m_result; }
    [[nodiscard]] PreviewPane* preview() const { return m_preview; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QLabel* progressLabel() const { return m_progressText; }
    [[nodiscard]] QPushButton* startButton() const { return m_startButton; }
    [[nodiscard]] QPushButton* pauseButton() const { return m_pauseButton; }
    // Form and preview side by side (a wide window), or as two tabs, "Copy" and "Preview"
    // (narrower than the two need: they go into tabs rather than squeeze).
    [[nodiscard]] bool isSideBySide() const { return m_sideBySide; }
    // The tabs of a narrow window (hidden while side by side).
    [[nodiscard]] QTabWidget* narrowTabs() const { return m_narrowTabs; }
    // The narrowest window that shows form and preview side by side.
    [[nodiscard]] int sideBySideWidth() const;
    // Where Tab goes, in order: form, Start/Pause/Cancel, preview (and the narrow window's
    // tabs), the widgets that take focus now; Shift+Tab goes back, both round.
    [[nodiscard]] QList<QWidget*> tabOrder() const;
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancelButton; }
    // "Cancel and Keep": a replace or new copy stops and keeps what it copied, to resume.
    [[nodiscard]] QPushButton* cancelKeepButton() const { return m_cancelKeepButton; }
    // "Resume from N (X %)": shown while the form's copy has a kept part.
    [[nodiscard]] QPushButton* resumeButton() const { return m_resumeButton; }
    [[nodiscard]] bool isCopying() const;
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* preferencesAction() const { return m_preferencesAction; }
    // The file Undo Last Copy puts back: the last copy's destination, else the form's.
    [[nodiscard]] QString undoTarget() const;

    // What the preview shows: the source range the inputs describe, or the bytes the last
    // copy wrote, read back from the destination.
    enum class PreviewSubject { Source, Destination };
    [[nodiscard]] PreviewSubject previewSubject() const { return m_previewSubject; }
    void showPreviewOf(PreviewSubject subject);
    [[nodiscard]] QAction* showSourceAction() const { return m_showSourceAction; }
    [[nodiscard]] QAction* showDestinationAction() const { return m_showDestinationAction; }
    [[nodiscard]] QAction* swapAction() const { return m_swapAction; }
    [[nodiscard]] QAction* openFolderAction() const { return m_openFolderAction; }
    [[nodiscard]] QAction* copyResultAction() const { return m_copyResultAction; }
    [[nodiscard]] QAction* compareAction() const { return m_compareAction; }
    // The Jobs panel (View → Jobs): the queue and the history of finished copies.
    [[nodiscard]] JobQueue* queue() const { return m_queue; }
    [[nodiscard]] JobQueue* history() const { return m_history; }
    [[nodiscard]] JobsPanel* jobsPanel() const { return m_jobsPanel; }
    [[nodiscard]] QDockWidget* jobsDock() const { return m_jobsDock; }
    [[nodiscard]] QAction* addToQueueAction() const { return m_addToQueueAction; }
    [[nodiscard]] QAction* splitAction() const { return m_splitAction; }
    [[nodiscard]] QAction* joinAction() const { return m_joinAction; }
    [[nodiscard]] bool isRunningQueue() const { return m_queueRunning; }
    // The Contents dock (Transfer → Find Contents): what the source holds.
    [[nodiscard]] ContentsPanel* contentsPanel() const { return m_contents; }
    [[nodiscard]] QDockWidget* contentsDock() const { return m_contentsDock; }
    [[nodiscard]] QAction* findContentsAction() const { return m_findContentsAction; }
    // The history keeps the last this many finished copies, between runs too.
    static constexpr int kHistoryLength = 200;

public Q_SLOTS:
    void startCopy();
    void togglePause();
    void cancelCopy();
    void cancelAndKeep();
    // Starts the form's copy from its kept part (TransferRequest::resume).
    void resumeCopy();
    // Edit → Undo Last Copy (Ctrl+Z): on a worker thread, UndoJournal::undoLastCopy().
    void undoLastCopy();
    void showPreferences();
    // Adds the form's copy to the queue (Ctrl+Shift+Return).
    void addToQueue();
    // Runs the queued copies one after another (Start does too while copies are queued).
    void runQueue();
    // Saves the queue to / adds the copies of a JSON Lines file (rangecopy-cli --batch's
    // format), on a worker.
    void saveQueueTo(const QString& path);
    // Several files dropped or chosen as the source: one whole-file copy each, queued into
    // the destination folder.
    void queueSeveralSources(const QStringList& sources);
    // File → Split…: the form's source in pieces NAME.001, …, one queued copy each.
    void splitSource();
    // File → Join…: the pieces of a split into one file, queued as one job.
    void joinPieces();
    // Queues the copies and shows them in the Jobs panel.
    void queueRequests(const QList<TransferRequest>& requests);
    void openQueueFrom(const QString& path);
    // Shows the Contents dock and scans the form's source.
    void findContents();
    // Extract All: one queued copy of each item, into folder, named by fileNameForItem().
    void extractContentsInto(const QString& folder, const QList<rangecopy::ScanItem>& items);

Q_SIGNALS:
    // A copy ended; its result and the read-back preview of the destination are on screen.
    void copyFinished(const rangecopy::TransferResult& result);
    // The preview shows a new file or range (or why it cannot): PreviewPane::fileShown().
    void previewShown();
    // An undo ended; its outcome is on screen.
    void undoFinished(const rangecopy::UndoResult& result);
    // The queue ran out of queued copies, or stopped (a cancel, Stop Queue).
    void queueFinished();
    // A queue was saved or opened (or could not be); the status bar says which.
    void queueFileDone(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void buildActions();
    void buildMenus();
    QWidget* buildCentralWidget();
    // The form's width without a cut label, and room for its scroll bar.
    [[nodiscard]] int formWidth() const;
    // Side by side or in tabs, as the width allows.
    void arrangePanes(bool sideBySide);
    void restoreSettings();
    void saveSettings();
    bool confirmReplace();
    // Before writing into a disk: every time, naming it, its model, size and the span.
    bool confirmDevice();
    // The form looks at its files again (on a worker) and the copy starts when it has:
    // questions about replacing must see the destination as it is now.
    void startAfterCheck();
    // startCopy() goes on here once the form has looked at the files again.
    void startCheckedCopy();
    // The window as a copy (or join) begins: inputs locked, progress at 0, clocks started.
    void showWorkStarting(const QString& running, const QString& status);
    // sayFormStatus: also show the form's problem or range in the status bar.
    void updateActions(bool sayFormStatus = true);
    // Overwrite and Append change an existing file in place: say what changes and whether
    // Undo can put it back.
    bool confirmInPlace();
    // A question before a copy changes an existing file, with "Don't ask again" kept as
    // settingKey = false. True when the person chose to go on.
    struct ChangeQuestion {
        QString title;
        QString text;
        QString informative;
        QString acceptText;
        bool acceptIsDefault = true; // else Cancel is, so that Return changes nothing
        QString settingKey;
    };
    bool askBeforeChanging(const ChangeQuestion& question);
    void onUndoFinished();
    void showProgress(qint64 bytesDone, qint64 bytesExpected);
    // Speed and time left leave out the time spent paused.
    [[nodiscard]] double secondsCopying() const;
    void onFormChanged();
    // Whether the form's request differs from the last copy's (or there was none).
    [[nodiscard]] bool editedSinceLastCopy() const;
    // The result panel says Ready or Not ready, unless it shows a result still true.
    void showReadiness();
    void continueStoppedCopy();
    void showDestinationPreview();
    // The form's line under the range names what the preview found the range starts with.
    void showRangeType();
    // Transfer > Compare With…: the source range against another file (CompareDialog).
    void compareWith();
    // A verification that differed: the preview goes to the first differing byte.
    [[nodiscard]] QString firstDifferenceNote(qint64 at) const;
    void onCopyFinished(const TransferResult& result);
    void scheduleSourcePreview();
    void useAsRange(qint64 start, qint64 length);
    void showAbout();
    void rememberRecentPaths(const TransferRequest& request);
    void swapSourceAndDestination();
    void openDestinationFolder();
    void copyResultToClipboard();
    void buildJobsDock();
    void buildContentsDock();
    // An item chosen in the Contents list becomes the range (to the file's end when its
    // length is unknown).
    void useContentsItem(const rangecopy::ScanItem& item);
    // Copy This: the range and a destination named for the item, beside the destination
    // (or the source).
    void copyContentsItem(const rangecopy::ScanItem& item);
    void runNextJob();
    // A queued join runs straight through BackgroundCopy (not through the form).
    void runJoinJob(int row);
    // The queue's copy was checked: decide what to do with an existing destination. True to
    // copy now; false when the job was skipped or goes on later (a new name, a new check).
    bool resolveQueueConflict();
    // Asks what to do with an existing destination, with "Apply to all".
    ConflictChoice askConflict(const QString& destination);
    // The running queue job ended (or could not start): its state and result.
    void finishQueueJob(int state, const QString& result);
    void stopQueue();
    void saveHistory();
    // A job as a line of a saved queue (the --batch format): a copy or a join.
    [[nodiscard]] static QJsonObject jobJson(const JobQueue::Job& job);
    void restoreHistory();

    QSettings& m_settings;
    TransferForm* m_form;
    BackgroundCopy* m_runner;
    ResultPanel* m_result;
    PreviewPane* m_preview;
    QProgressBar* m_progress;
    // The progress on the taskbar entry, beside the one in the title.
    TaskbarProgress m_taskbarProgress;
    QLabel* m_progressText;
    QPushButton* m_startButton;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QPushButton* m_cancelKeepButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    bool m_resumeRequested = false; // the copy being started resumes its kept part
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_chooseSourceAction = nullptr;
    QAction* m_chooseDestinationAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_swapAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_copyResultAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_showSourceAction = nullptr;
    QAction* m_showDestinationAction = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_narrowTabs = nullptr;
    QList<QToolButton*> m_subjectButtons;
    bool m_sideBySide = true;
    QByteArray m_splitterState; // while the panes are in tabs
    QAction* m_undoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_addToQueueAction = nullptr;
    QAction* m_splitAction = nullptr;
    QAction* m_joinAction = nullptr;
    QPushButton* m_addToQueueButton = nullptr;
    JobQueue* m_queue = nullptr;
    JobQueue* m_history = nullptr;
    JobsPanel* m_jobsPanel = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    ContentsPanel* m_contents = nullptr;
    QDockWidget* m_contentsDock = nullptr;
    QAction* m_findContentsAction = nullptr;
    bool m_contentsDockSized = false; // given its first height once shown
    // The file work of the queue (a free name to keep both, saving, opening), on a worker.
    TimedWork* m_queueFiles = nullptr;
    bool m_queueRunning = false;
    bool m_jobsDockSized = false;                   // given its first height once shown
    std::optional<int> m_queueRow;                  // the queue's copy now being checked or run
    std::optional<ConflictChoice> m_conflictForAll; // "Apply to all" in this run of the queue
    QFutureWatcher<UndoResult> m_undoWatcher;
    QString m_undoingPath;
    QString m_lastCopyDestination;

    bool m_startChecking = false; // Start was pressed; the files are being looked at again
    TransferRequest m_runningRequest;
    QElapsedTimer m_copyClock;
    QElapsedTimer m_pauseClock; // runs while paused
    qint64 m_pausedMs = 0;      // time spent paused in earlier pauses of this copy
    // The last copy that wrote bytes, for the Destination preview and the continue offer.
    struct FinishedCopy {
        TransferRequest request;
        TransferResult result;
    };
    std::optional<FinishedCopy> m_lastCopy;
    // The form's inputs that the outcome on the result panel (a copy's, an undo's) is about.
    TransferRequest m_outcomeInputs;
    PreviewSubject m_previewSubject = PreviewSubject::Source;
    std::pair<qint64, qint64> m_lastProgress{0, 0}; // bytes done, bytes expected
    QTimer m_previewDelay;
    bool m_previewWhenChecked = false; // the source preview waits for the files' check
    // The status bar says something else (a result) until the next edit, not the form's
    // status once the files are checked.
    bool m_keepStatusOnCheck = false;
};

} // namespace rangecopy
