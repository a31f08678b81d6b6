#include "ui/window/mainwindow.h"

#include "core/transfer/transfermessages.h"
#include "core/transfer/undojournal.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/backgroundcopy.h"
#include "ui/window/preferencesdialog.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

namespace {
constexpr int kProgressSteps = 1000;
constexpr int kPreviewDelayMs = 200; // after the last keystroke, so typing never waits

namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString splitter = QStringLiteral("window/splitter");
const QString lastFolder = QStringLiteral("folders/last");
const QString mode = QStringLiteral("options/mode");
const QString verify = QStringLiteral("options/verify");
const QString sync = QStringLiteral("options/sync");
const QString method = QStringLiteral("options/method");
const QString chunkSize = QStringLiteral("options/chunkSize");
const QString confirmReplace = settingskey::confirmReplace;
const QString confirmOverwrite = settingskey::confirmOverwrite;
const QString confirmAppend = settingskey::confirmAppend;
} // namespace key

} // namespace

MainWindow::MainWindow(QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_form(new TransferForm(this))
    , m_runner(new BackgroundCopy(this))
    , m_result(new ResultPanel(this))
    , m_preview(new PreviewPane(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_startButton(new QPushButton(tr("St&art"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("RangeCopy"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rangecopy.svg")));
    buildActions();
    buildMenus();
    setCentralWidget(buildCentralWidget());
    statusBar()->showMessage(tr("Ready"));

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(kPreviewDelayMs);
    connect(&m_previewDelay, &QTimer::timeout, this, &MainWindow::scheduleSourcePreview);
    connect(m_form, &TransferForm::changed, this, [this] {
        updateActions();
        if (!isCopying())
            m_previewDelay.start();
    });
    connect(m_preview, &PreviewPane::useAsRangeRequested, this, &MainWindow::useAsRange);
    connect(m_preview, &PreviewPane::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_runner, &BackgroundCopy::progressChanged, this, &MainWindow::showProgress);
    connect(m_runner, &BackgroundCopy::finished, this, &MainWindow::onCopyFinished);
    connect(&m_undoWatcher, &QFutureWatcher<UndoResult>::finished, this,
            &MainWindow::onUndoFinished);

    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_undoWatcher.waitForFinished(); // an undo is short; let it finish what it began
}

void MainWindow::buildActions()
{
    m_startAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                tr("&Start Copy"), this);
    m_startAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_startAction->setStatusTip(tr("Copy the chosen range into the destination"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startCopy);

    m_pauseAction =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), this);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_cancelAction =
        new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelCopy);

    m_chooseSourceAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Choose &Source…"), this);
    m_chooseSourceAction->setShortcut(QKeySequence::Open);
    connect(m_chooseSourceAction, &QAction::triggered, m_form->sourceField(), &PathField::browse);
    m_chooseDestinationAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                            tr("Choose &Destination…"), this);
    m_chooseDestinationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_chooseDestinationAction, &QAction::triggered, m_form->destinationField(),
            &PathField::browse);
    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo Last Copy"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setStatusTip(
        tr("Put the destination back as it was before the last copy into it"));
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undoLastCopy);
    m_preferencesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_chooseSourceAction);
    file->addAction(m_chooseDestinationAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    QMenu* transfer = menuBar()->addMenu(tr("T&ransfer"));
    transfer->addAction(m_startAction);
    transfer->addAction(m_pauseAction);
    transfer->addAction(m_cancelAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RangeCopy"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget* MainWindow::buildCentralWidget()
{
    // The buttons mirror the actions; the actions hold the shortcuts and the enabled state.
    m_startButton->setDefault(true);
    m_startButton->setToolTip(tr("Start the copy (Ctrl+Return)"));
    m_pauseButton->setToolTip(tr("Pause or resume the copy (Ctrl+P)"));
    m_cancelButton->setToolTip(tr("Cancel the copy (Esc)"));
    connect(m_startButton, &QPushButton::clicked, m_startAction, &QAction::trigger);
    connect(m_pauseButton, &QPushButton::clicked, m_pauseAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Copy progress"));
    m_progressText->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);

    // Left: what to copy, the buttons and the outcome. Right: the bytes themselves.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_form);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(progressRow);
    leftLayout->addWidget(m_result);
    leftLayout->addStretch();
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(leftScroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 600});

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(splitter);
    QWidget::setTabOrder(m_form->findChildren<QWidget*>().constLast(), m_startButton);
    return central;
}

bool MainWindow::isCopying() const
{
    return m_runner->isRunning();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.value(key::geometry).toByteArray()))
        resize(1100, 720);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_settings.value(key::splitter).toByteArray());
    m_form->setStartFolder(m_settings.value(key::lastFolder).toString());
    TransferRequest request = m_form->request();
    request.mode = modeFromName(m_settings.value(key::mode).toString()).value_or(request.mode);
    request.verify = m_settings.value(key::verify, false).toBool();
    request.syncToDisk = m_settings.value(key::sync, false).toBool();
    request.method =
        methodFromName(m_settings.value(key::method).toString()).value_or(request.method);
    const qint64 chunk = m_settings.value(key::chunkSize, kDefaultChunkSize).toLongLong();
    request.chunkSize = chunk >= 1 && chunk <= kMaxBytesPerCall ? chunk : kDefaultChunkSize;
    m_form->setRequest(request);
}

void MainWindow::saveSettings()
{
    const TransferRequest request = m_form->request();
    m_settings.setValue(key::geometry, saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        m_settings.setValue(key::splitter, splitter->saveState());
    m_settings.setValue(key::mode, modeName(request.mode));
    m_settings.setValue(key::verify, request.verify);
    m_settings.setValue(key::sync, request.syncToDisk);
    m_settings.setValue(key::method, methodName(request.method));
    m_settings.setValue(key::chunkSize, request.chunkSize);
    if (!request.destinationPath.isEmpty())
        m_settings.setValue(key::lastFolder, QFileInfo(request.destinationPath).absolutePath());
    m_settings.sync();
}

bool MainWindow::confirmReplace()
{
    const TransferRequest request = m_form->request();
    if (request.mode != DestinationMode::Replace || !m_form->destinationExists() ||
        !m_settings.value(key::confirmReplace, true).toBool())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Replace the file?"),
                    tr("“%1” already exists. Replace it with the copied bytes?")
                        .arg(QFileInfo(request.destinationPath).fileName()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("If the copy fails or is cancelled, it stays as it is.") + u' ' +
                           TransferMessages::undoPromise(DestinationMode::Replace, 0, 0));
    QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box.setDefaultButton(replace);
    auto* dontAsk = new QCheckBox(tr("&Don't ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != replace)
        return false;
    if (dontAsk->isChecked())
        m_settings.setValue(key::confirmReplace, false);
    return true;
}

bool MainWindow::confirmInPlace()
{
    const TransferRequest request = m_form->request();
    const bool overwrite = request.mode == DestinationMode::Overwrite;
    if ((!overwrite && request.mode != DestinationMode::Append) || !m_form->destinationExists())
        return true;
    const QString& askKey = overwrite ? key::confirmOverwrite : key::confirmAppend;
    if (!m_settings.value(askKey, true).toBool())
        return true;
    const qint64 length = bytesToCopy(m_form->sourceSize().value_or(0), request);
    const qint64 destinationSize = m_form->destinationSize();
    const qint64 toKeep = TransferMessages::bytesReplacedInPlace(request, length, destinationSize);
    const bool undoPossible = toKeep <= PreferencesDialog::undoLimit(m_settings);
    QMessageBox box(QMessageBox::Question,
                    overwrite ? tr("Overwrite part of the file?") : tr("Append to the file?"),
                    TransferMessages::asSentence(
                        TransferMessages::inPlaceChange(request, length, destinationSize)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(TransferMessages::undoPromise(request.mode, toKeep,
                                                         PreferencesDialog::undoLimit(m_settings)));
    QPushButton* change =
        box.addButton(overwrite ? (undoPossible ? tr("&Overwrite") : tr("&Overwrite Without Undo"))
                                : tr("&Append"),
                      QMessageBox::AcceptRole);
    // Without a way back, Return must not be the answer that changes the file.
    if (undoPossible)
        box.setDefaultButton(change);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    auto* dontAsk = new QCheckBox(tr("&Don't ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != change)
        return false;
    if (dontAsk->isChecked())
        m_settings.setValue(askKey, false);
    return true;
}

QString MainWindow::undoTarget() const
{
    return m_lastCopyDestination.isEmpty() ? m_form->request().destinationPath
                                           : m_lastCopyDestination;
}

void MainWindow::undoLastCopy()
{
    if (isCopying() || m_undoWatcher.isRunning())
        return;
    m_undoingPath = undoTarget();
    if (m_undoingPath.isEmpty())
        return;
    // The undo reads and writes the file: never on the window's thread.
    m_previewDelay.stop();
    m_form->setLocked(true);
    m_result->showRunning(tr("Undoing…"));
    statusBar()->showMessage(
        tr("Undoing the last copy into %1…").arg(QFileInfo(m_undoingPath).fileName()));
    m_undoWatcher.setFuture(
        QtConcurrent::run([path = m_undoingPath] { return UndoJournal::undoLastCopy(path); }));
    updateActions();
}

void MainWindow::onUndoFinished()
{
    const UndoResult result = m_undoWatcher.result();
    m_form->setLocked(false);
    const QString sentence = TransferMessages::asSentence(result.message);
    if (result.ok()) {
        m_result->showMessage(tr("Undone"), sentence);
        m_lastCopyDestination.clear();
    } else {
        m_result->showMessage(tr("Not undone"),
                              sentence + u'\n' + TransferMessages::undoHint(result.error));
    }
    m_progress->setValue(0);
    m_progressText->clear();
    // The files changed: look at them again (which shows the source range once more).
    m_form->recheck();
    updateActions();
    statusBar()->showMessage(sentence);
    Q_EMIT undoFinished(result);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::startCopy()
{
    if (isCopying())
        return;
    // The question about replacing must see the destination as it is now.
    m_form->recheck();
    if (!m_form->problem().isEmpty())
        return;
    if (m_undoWatcher.isRunning() || !confirmReplace() || !confirmInPlace())
        return;
    m_runningRequest = m_form->request();
    // The window always keeps the way back, up to the limit for an overwrite's old bytes.
    m_runningRequest.keepUndo = true;
    m_runningRequest.undoLimit = PreferencesDialog::undoLimit(m_settings);
    m_lastCopyDestination = m_runningRequest.destinationPath;
    saveSettings();
    m_previewDelay.stop();
    m_form->setLocked(true);
    m_progress->setValue(0);
    m_progressText->clear();
    m_lastProgress = {0, 0};
    m_result->showRunning(tr("Copying…"));
    statusBar()->showMessage(tr("Copying %1 to %2…")
                                 .arg(QFileInfo(m_runningRequest.sourcePath).fileName(),
                                      QFileInfo(m_runningRequest.destinationPath).fileName()));
    m_preview->setBackgroundWorkPaused(true);
    m_copyClock.start();
    m_runner->start(m_runningRequest);
    updateActions();
}

void MainWindow::togglePause()
{
    if (!isCopying())
        return;
    if (m_runner->isPaused()) {
        m_runner->resume();
        m_result->showRunning(tr("Copying…"));
        statusBar()->showMessage(tr("Resumed"));
    } else {
        m_runner->pause();
        m_result->showRunning(tr("Paused"));
        statusBar()->showMessage(tr("Paused; press Ctrl+P to resume"));
    }
    updateActions();
}

void MainWindow::cancelCopy()
{
    if (!isCopying())
        return;
    m_runner->cancel();
    m_result->showRunning(tr("Cancelling…"));
}

void MainWindow::updateActions()
{
    const bool undoing = m_undoWatcher.isRunning();
    const bool copying = isCopying();
    const QString problem = m_form->problem();
    m_startAction->setEnabled(!copying && !undoing && problem.isEmpty());
    m_undoAction->setEnabled(!copying && !undoing && !undoTarget().isEmpty());
    m_pauseAction->setEnabled(copying);
    m_cancelAction->setEnabled(copying);
    m_pauseAction->setText(copying && m_runner->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_chooseSourceAction->setEnabled(!copying);
    m_chooseDestinationAction->setEnabled(!copying);
    m_startButton->setEnabled(m_startAction->isEnabled());
    m_startButton->setToolTip(problem.isEmpty() ? tr("Start the copy (Ctrl+Return)") : problem);
    m_pauseButton->setEnabled(m_pauseAction->isEnabled());
    m_pauseButton->setText(m_pauseAction->text());
    m_cancelButton->setEnabled(m_cancelAction->isEnabled());
    if (!copying)
        statusBar()->showMessage(problem.isEmpty() ? m_form->rangeDescription() : problem);
}

void MainWindow::showProgress(qint64 bytesDone, qint64 bytesExpected)
{
    m_lastProgress = {bytesDone, bytesExpected};
    m_progress->setValue(
        int(TransferMessages::progressFraction(bytesDone, bytesExpected) * kProgressSteps));
    const double seconds = double(m_copyClock.elapsed()) / 1000.0;
    m_progressText->setText(TransferMessages::progress(bytesDone, bytesExpected, seconds));
}

void MainWindow::onCopyFinished(const TransferResult& result)
{
    m_form->setLocked(false);
    m_previewDelay.stop(); // unlocking is not an edit: keep the read-back preview below
    m_preview->setBackgroundWorkPaused(false);
    updateActions();
    m_result->showResult(result, m_runningRequest);
    if (result.ok())
        m_progress->setValue(kProgressSteps);
    // Speed and time left belong to a running copy; keep where it stopped.
    m_progressText->setText(
        TransferMessages::progress(m_lastProgress.first, m_lastProgress.second, 0));
    statusBar()->showMessage(
        result.ok() ? m_result->headline()
                    : TransferMessages::failureSentence(result, m_runningRequest.mode));
    // Show what the destination now holds, read back as the seed does (pread of the span).
    if (result.bytesSent > 0) {
        m_preview->setSelectionUsableAsRange(false);
        m_preview->showFile(tr("Copied bytes, read back from %1")
                                .arg(QFileInfo(m_runningRequest.destinationPath).fileName()),
                            m_runningRequest.destinationPath, result.destinationStart,
                            result.bytesSent);
        Q_EMIT previewShown();
    }
    Q_EMIT copyFinished(result);
}

void MainWindow::scheduleSourcePreview()
{
    const std::optional<qint64> size = m_form->sourceSize();
    const TransferRequest request = m_form->request();
    if (!size || request.sourcePath.isEmpty())
        return;
    const qint64 length = bytesToCopy(*size, request);
    m_preview->setSelectionUsableAsRange(true);
    m_preview->showFile(tr("Source range, what will be copied"), request.sourcePath, request.offset,
                        length);
    Q_EMIT previewShown();
}

void MainWindow::useAsRange(qint64 start, qint64 length)
{
    if (isCopying() || length <= 0)
        return;
    TransferRequest request = m_form->request();
    request.offset = start;
    request.count = length;
    m_form->setRequest(request);
    statusBar()->showMessage(
        tr("The range is now the selection: %1").arg(m_form->rangeDescription()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RangeCopy"),
                       tr("<h3>RangeCopy %1</h3>"
                          "<p>Copies a byte range of one file into another with Linux sendfile(2), "
                          "and shows what was copied.</p>"
                          "<p>The command-line twin is <tt>rangecopy-cli</tt>.</p>")
                           .arg(QStringLiteral(RANGECOPY_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isCopying()) {
        const auto answer = QMessageBox::question(
            this, tr("Stop the copy?"),
            tr("A copy is running. Cancel it and quit? The destination is left as the chosen "
               "mode promises: untouched for Replace and Create new only."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->cancel();
    }
    saveSettings();
    event->accept();
}

} // namespace rangecopy
