#pragma once

#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"
#include "core/transfer/undojournal.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include <utility>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;

namespace rangecopy {

class PreviewPane;
class ResultPanel;
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
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancelButton; }
    [[nodiscard]] bool isCopying() const;
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* preferencesAction() const { return m_preferencesAction; }
    // The file Undo Last Copy puts back: the last copy's destination, else the form's.
    [[nodiscard]] QString undoTarget() const;

public Q_SLOTS:
    void startCopy();
    void togglePause();
    void cancelCopy();
    // Edit → Undo Last Copy (Ctrl+Z): on a worker thread, UndoJournal::undoLastCopy().
    void undoLastCopy();
    void showPreferences();

Q_SIGNALS:
    // A copy ended; its result and the read-back preview of the destination are on screen.
    void copyFinished(const rangecopy::TransferResult& result);
    // The preview shows a new file or range.
    void previewShown();
    // An undo ended; its outcome is on screen.
    void undoFinished(const rangecopy::UndoResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    QWidget* buildCentralWidget();
    void restoreSettings();
    void saveSettings();
    bool confirmReplace();
    // Overwrite and Append change an existing file in place: say what changes and whether
    // Undo can put it back.
    bool confirmInPlace();
    void onUndoFinished();
    void updateActions();
    void showProgress(qint64 bytesDone, qint64 bytesExpected);
    void onCopyFinished(const TransferResult& result);
    void scheduleSourcePreview();
    void useAsRange(qint64 start, qint64 length);
    void showAbout();

    QSettings& m_settings;
    TransferForm* m_form;
    BackgroundCopy* m_runner;
    ResultPanel* m_result;
    PreviewPane* m_preview;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_startButton;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_chooseSourceAction = nullptr;
    QAction* m_chooseDestinationAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QFutureWatcher<UndoResult> m_undoWatcher;
    QString m_undoingPath;
    QString m_lastCopyDestination;

    TransferRequest m_runningRequest;
    QElapsedTimer m_copyClock;
    std::pair<qint64, qint64> m_lastProgress{0, 0}; // bytes done, bytes expected
    QTimer m_previewDelay;
};

} // namespace rangecopy
