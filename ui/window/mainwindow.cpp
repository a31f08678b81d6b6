#include "ui/window/mainwindow.h"

#include "core/digest/checksumfile.h"
#include "core/io/freename.h"
#include "core/io/timedwork.h"
#include "core/preview/rangereader.h"
#include "core/scan/rangetype.h"
#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "core/transfer/jobdescription.h"
#include "core/transfer/transfermessages.h"
#include "core/transfer/undojournal.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/backgroundcopy.h"
#include "ui/window/comparedialog.h"
#include "ui/window/contentspanel.h"
#include "ui/window/helpdialogs.h"
#include "ui/window/jobqueue.h"
#include "ui/window/jobspanel.h"
#include "ui/window/joindialog.h"
#include "ui/window/preferencesdialog.h"
#include "ui/window/resultpanel.h"
#include "ui/window/splitdialog.h"
#include "ui/window/transferform.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace rangecopy {

namespace {
constexpr int kProgressSteps = 1000;
constexpr int kPreviewDelayMs = 200; // after the last keystroke, so typing never waits
// The first size, when it fits the screen, and the smallest that still shows every input,
// Start and the result (in logical pixels).
constexpr QSize kFirstSize(1100, 720);
constexpr QSize kMinimumSize(520, 400);
// Room left around a first size for the window frame and a panel.
constexpr QSize kFrameAllowance(16, 48);

namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString splitter = QStringLiteral("window/splitter");
const QString lastFolder = QStringLiteral("folders/last");
const QString mode = QStringLiteral("options/mode");
const QString verify = QStringLiteral("options/verify");
const QString sync = QStringLiteral("options/sync");
const QString sparse = QStringLiteral("options/sparse");
const QString method = QStringLiteral("options/method");
const QString chunkSize = QStringLiteral("options/chunkSize");
const QString rateLimit = QStringLiteral("options/rateLimit"); // bytes per second; 0: none
const QString digests = QStringLiteral("options/digests");
const QString checksumFiles = QStringLiteral("options/checksumFiles");
const QString recentSources = QStringLiteral("recent/sources");
const QString recentDestinations = QStringLiteral("recent/destinations");
const QString offsetBase = QStringLiteral("preview/offsetBase");
const QString confirmReplace = settingskey::confirmReplace;
const QString confirmOverwrite = settingskey::confirmOverwrite;
const QString confirmAppend = settingskey::confirmAppend;
const QString history = QStringLiteral("jobs/history"); // JSON Lines: {"job", "state", "result"}
const QString conflict = QStringLiteral("jobs/whenDestinationExists");
const QString jobsDock = QStringLiteral("window/state");
} // namespace key

// A saved queue is small; a file much larger is not one.
constexpr qint64 kMaxQueueFileSize = 64 * 1024 * 1024;

constexpr int kRecentPaths = 10;

// "1 copy", "3 copies" (until the translations give English its plural forms too).
QString copiesText(int count)
{
    return count == 1 ? MainWindow::tr("1 copy") : MainWindow::tr("%1 copies").arg(count);
}

// paths with path first, without repeats, at most kRecentPaths.
QStringList withRecent(QStringList paths, const QString& path)
{
    paths.removeAll(path);
    paths.prepend(path);
    return paths.mid(0, kRecentPaths);
}

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
    , m_cancelKeepButton(new QPushButton(tr("Cancel and Keep"), this))
    , m_resumeButton(new QPushButton(this))
    , m_addToQueueButton(new QPushButton(tr("Add to Queue"), this))
    , m_queue(new JobQueue(this))
    , m_history(new JobQueue(this))
    , m_queueFiles(new TimedWork(this))
{
    // Mnemonics: the menus' letters (F, E, R, H) are theirs alone; the form, the buttons and
    // the preview each have other letters (tst_keyboard checks that no two clash).
    setWindowTitle(tr("RangeCopy"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rangecopy.svg")));
    buildActions();
    buildMenus();
    setCentralWidget(buildCentralWidget());
    buildJobsDock();
    buildContentsDock();
    statusBar()->showMessage(tr("Ready"));

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(kPreviewDelayMs);
    connect(&m_previewDelay, &QTimer::timeout, this, &MainWindow::scheduleSourcePreview);
    connect(m_form, &TransferForm::changed, this, [this] {
        m_keepStatusOnCheck = false;
        onFormChanged();
    });
    connect(m_form, &TransferForm::filesChecked, this, [this] {
        updateActions(!std::exchange(m_keepStatusOnCheck, false));
        showReadiness();
        if (std::exchange(m_previewWhenChecked, false) && !isCopying())
            scheduleSourcePreview();
    });
    connect(m_result, &ResultPanel::continueRequested, this, &MainWindow::continueStoppedCopy);
    connect(m_result, &ResultPanel::checksumsCopied, this,
            [this] { statusBar()->showMessage(tr("Checksums copied to the clipboard.")); });
    connect(m_preview, &PreviewPane::fileShown, this, &MainWindow::previewShown);
    connect(m_preview, &PreviewPane::rangeLooked, this, &MainWindow::showRangeType);
    connect(m_preview, &PreviewPane::useAsRangeRequested, this, &MainWindow::useAsRange);
    // One offset base for the preview and the form, kept for the next start.
    m_form->setOffsetBase(m_preview->offsetBase());
    connect(m_preview, &PreviewPane::offsetBaseChanged, this, [this](OffsetBase base) {
        m_form->setOffsetBase(base);
        m_settings.setValue(key::offsetBase, base == OffsetBase::Decimal ? QStringLiteral("decimal")
                                                                         : QStringLiteral("hex"));
        updateActions(); // the status bar repeats the range line
    });
    connect(m_preview, &PreviewPane::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_runner, &BackgroundCopy::progressChanged, this, &MainWindow::showProgress);
    connect(m_runner, &BackgroundCopy::finished, this, &MainWindow::onCopyFinished);
    connect(&m_undoWatcher, &QFutureWatcher<UndoResult>::finished, this,
            &MainWindow::onUndoFinished);

    restoreSettings();
    restoreHistory();
    onFormChanged();
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

    m_addToQueueAction =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to &Queue"), this);
    m_addToQueueAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_addToQueueAction->setStatusTip(tr("Add this copy to the queue, to run it later"));
    connect(m_addToQueueAction, &QAction::triggered, this, &MainWindow::addToQueue);

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
    m_splitAction = new QAction(tr("Spli&t…"), this);
    m_splitAction->setStatusTip(
        tr("Copy the source into pieces NAME.001, NAME.002, … (for a FAT32 stick, a mail)"));
    connect(m_splitAction, &QAction::triggered, this, &MainWindow::splitSource);
    m_joinAction = new QAction(tr("&Join…"), this);
    m_joinAction->setStatusTip(
        tr("Join the pieces NAME.001, NAME.002, … of a split into one file"));
    connect(m_joinAction, &QAction::triggered, this, &MainWindow::joinPieces);
    m_swapAction = new QAction(tr("S&wap Source and Destination"), this);
    m_swapAction->setStatusTip(tr("Copy back: the destination becomes the source"));
    connect(m_swapAction, &QAction::triggered, this, &MainWindow::swapSourceAndDestination);
    m_openFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")),
                                     tr("Open Containing &Folder"), this);
    m_openFolderAction->setStatusTip(tr("Show the destination's folder in the file manager"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openDestinationFolder);
    m_copyResultAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Result"), this);
    m_copyResultAction->setStatusTip(tr("Copy the result and its details to the clipboard"));
    connect(m_copyResultAction, &QAction::triggered, this, &MainWindow::copyResultToClipboard);

    m_compareAction = new QAction(tr("&Compare With…"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction->setStatusTip(
        tr("Compare the source range with another file, byte for byte, without copying"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWith);

    // The preview's two subjects; the destination one once a copy has written bytes.
    m_showSourceAction = new QAction(tr("&Source Range"), this);
    m_showSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showSourceAction->setToolTip(tr("Preview the source range the inputs describe (Ctrl+1)"));
    m_showDestinationAction = new QAction(tr("&Copied Bytes"), this);
    m_showDestinationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showDestinationAction->setToolTip(
        tr("Preview the bytes the last copy wrote, read back from the destination (Ctrl+2)"));
    auto* subjects = new QActionGroup(this);
    for (QAction* action : {m_showSourceAction, m_showDestinationAction}) {
        action->setCheckable(true);
        subjects->addAction(action);
    }
    m_showSourceAction->setChecked(true);
    connect(m_showSourceAction, &QAction::triggered, this,
            [this] { showPreviewOf(PreviewSubject::Source); });
    connect(m_showDestinationAction, &QAction::triggered, this,
            [this] { showPreviewOf(PreviewSubject::Destination); });
    m_showDestinationAction->setEnabled(false); // until a copy has written bytes

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

    m_findContentsAction = new QAction(tr("&Find Contents"), this);
    m_findContentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findContentsAction->setStatusTip(
        tr("List what the source holds: partitions, file systems, archives, images, programs"));
    connect(m_findContentsAction, &QAction::triggered, this, &MainWindow::findContents);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_chooseSourceAction);
    file->addAction(m_chooseDestinationAction);
    file->addAction(m_swapAction);
    file->addAction(m_splitAction);
    file->addAction(m_joinAction);
    file->addAction(m_openFolderAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    QMenu* transfer = menuBar()->addMenu(tr("T&ransfer"));
    transfer->addAction(m_startAction);
    transfer->addAction(m_addToQueueAction);
    transfer->addAction(m_pauseAction);
    transfer->addAction(m_cancelAction);
    transfer->addSeparator();
    // Every letter of "Tools" is taken by the form's fields, so the comparison lives here.
    transfer->addAction(m_compareAction);
    transfer->addAction(m_findContentsAction);
    transfer->addAction(m_copyResultAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showSourceAction);
    view->addAction(m_showDestinationAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                      tr("&Manual"), this, [this] { showManual(this); });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(this); });
    help->addSeparator();
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
    m_addToQueueButton->setToolTip(tr("Add this copy to the queue (Ctrl+Shift+Return)"));
    m_cancelKeepButton->setToolTip(
        tr("Cancel the copy but keep what it copied, to resume it later (Shift+Esc)"));
    connect(m_cancelKeepButton, &QPushButton::clicked, this, &MainWindow::cancelAndKeep);
    auto* cancelKeepKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Escape), this);
    connect(cancelKeepKey, &QShortcut::activated, this, &MainWindow::cancelAndKeep);
    m_resumeButton->setToolTip(
        tr("Go on from the part an earlier copy to this destination kept: it is checked "
           "against the source, and only the rest is copied"));
    m_resumeButton->setVisible(false);
    connect(m_resumeButton, &QPushButton::clicked, this, &MainWindow::resumeCopy);
    connect(m_addToQueueButton, &QPushButton::clicked, m_addToQueueAction, &QAction::trigger);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Copy progress"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setWordWrap(true);

    // The form scrolls if it must; the buttons, the progress and the result below it never
    // leave the window, whatever its size.
    m_formScroll = new QScrollArea(this);
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setFocusPolicy(Qt::NoFocus);
    // Always there (formWidth() counts it): an error line or a wrapped row that makes the
    // form taller must not narrow every field under the person's eyes.
    m_formScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_formScroll->setMinimumWidth(formWidth());

    // Which file the preview shows, beside its title.
    auto* subjects = new QWidget(this);
    auto* subjectRow = new QHBoxLayout(subjects);
    subjectRow->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {m_showSourceAction, m_showDestinationAction}) {
        auto* button = new QToolButton(subjects);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        subjectRow->addWidget(button);
        m_subjectButtons << button;
    }
    m_preview->addTitleWidget(subjects);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_formScroll);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({500, 600});
    m_narrowTabs = new QTabWidget(this);
    m_narrowTabs->setObjectName(QStringLiteral("narrowTabs"));
    m_narrowTabs->setDocumentMode(true);
    m_narrowTabs->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_addToQueueButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_cancelKeepButton);
    buttons->addWidget(m_progress, 1);
    auto* status = new QWidget(this);
    status->setObjectName(QStringLiteral("copyStatus"));
    // Never squeezed: the panes above give up height first (they scroll).
    status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* statusLayout = new QVBoxLayout(status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addLayout(buttons);
    statusLayout->addWidget(m_progressText);
    statusLayout->addWidget(m_result);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_narrowTabs, 1);
    layout->addWidget(status);

    // F10 opens the menu bar, as in most desktops; some styles do not do it themselves.
    auto* menuKey = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(menuKey, &QShortcut::activated, this, [this] {
        if (!menuBar()->actions().isEmpty())
            menuBar()->setActiveAction(menuBar()->actions().constFirst());
    });
    return central;
}

int MainWindow::formWidth() const
{
    return m_form->minimumSizeHint().width() +
           m_formScroll->verticalScrollBar()->sizeHint().width();
}

int MainWindow::sideBySideWidth() const
{
    // What both panes need without cutting a label or squeezing a field, and the splitter.
    const int form = formWidth();
    const int margins =
        2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + m_splitter->handleWidth() + 8;
    return form + m_preview->minimumSizeHint().width() + margins;
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    arrangePanes(event->size().width() >= sideBySideWidth());
}

void MainWindow::arrangePanes(bool sideBySide)
{
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    // Beside the preview the form keeps the width it needs (the splitter cannot squeeze it);
    // in a tab it has the window's.
    m_formScroll->setMinimumWidth(sideBySide ? formWidth() : 0);
    if (sideBySide) {
        m_splitter->addWidget(m_formScroll);
        m_splitter->addWidget(m_preview);
        m_formScroll->show();
        m_preview->show();
        m_splitter->restoreState(m_splitterState);
        m_narrowTabs->hide();
        m_splitter->show();
    } else {
        m_splitterState = m_splitter->saveState();
        m_narrowTabs->addTab(m_formScroll, tr("Copy"));
        m_narrowTabs->addTab(m_preview, tr("Preview"));
        m_splitter->hide();
        m_narrowTabs->show();
    }
}

QList<QWidget*> MainWindow::tabOrder() const
{
    QList<QWidget*> chain;
    chain << m_form->tabChain() << m_startButton << m_resumeButton << m_addToQueueButton
          << m_pauseButton << m_cancelButton << m_cancelKeepButton;
    for (QToolButton* button : m_subjectButtons)
        chain << button;
    chain << m_preview->tabChain();
    // The narrow window's tabs last, so that from them Tab goes round to Source.
    if (!m_sideBySide)
        chain << m_narrowTabs->findChild<QTabBar*>();
    chain.removeIf([](const QWidget* widget) {
        return !widget || !widget->isVisible() || !widget->isEnabled() ||
               (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus;
    });
    return chain;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // The order is kept here, not in the widgets' focus chain: the panes move between the
    // splitter and the tabs, and QWidget::setTabOrder() across compound widgets (fields
    // with a focus proxy, scroll areas) left pieces of the chain unreachable.
    const QList<QWidget*> chain = tabOrder();
    qsizetype index = -1;
    for (QWidget* widget = QApplication::focusWidget(); widget && widget != this && index < 0;
         widget = widget->parentWidget())
        index = chain.indexOf(widget);
    if (index < 0)
        return QMainWindow::focusNextPrevChild(next);
    const qsizetype count = chain.size();
    QWidget* target = chain[(index + (next ? 1 : count - 1)) % count];
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (m_formScroll->isAncestorOf(target))
        m_formScroll->ensureWidgetVisible(target);
    return true;
}

bool MainWindow::isCopying() const
{
    return m_runner->isRunning();
}

void MainWindow::restoreSettings()
{
    // The first size fits the screen's available area (a panel, a small screen, a scale
    // factor that leaves few logical pixels); a saved geometry is kept on screen by Qt.
    const QRect available = screen()->availableGeometry();
    const QSize room = (available.size() - kFrameAllowance).expandedTo(QSize(1, 1));
    setMinimumSize(kMinimumSize.boundedTo(room));
    m_splitter->restoreState(m_settings.value(key::splitter).toByteArray());
    if (!restoreGeometry(m_settings.value(key::geometry).toByteArray())) {
        resize(kFirstSize.boundedTo(room).expandedTo(minimumSize()));
        move(available.center() - rect().center());
    }
    m_form->setStartFolder(m_settings.value(key::lastFolder).toString());
    m_form->sourceField()->setRecentPaths(m_settings.value(key::recentSources).toStringList());
    m_form->destinationField()->setRecentPaths(
        m_settings.value(key::recentDestinations).toStringList());
    m_preview->setOffsetBase(m_settings.value(key::offsetBase).toString() == u"decimal"
                                 ? OffsetBase::Decimal
                                 : OffsetBase::Hexadecimal);
    TransferRequest request = m_form->request();
    request.mode = modeFromName(m_settings.value(key::mode).toString()).value_or(request.mode);
    request.verify = m_settings.value(key::verify, false).toBool();
    request.syncToDisk = m_settings.value(key::sync, false).toBool();
    request.sparse =
        sparseModeFromName(m_settings.value(key::sparse).toString()).value_or(request.sparse);
    request.method =
        methodFromName(m_settings.value(key::method).toString()).value_or(request.method);
    const qint64 chunk = m_settings.value(key::chunkSize, kDefaultChunkSize).toLongLong();
    request.chunkSize = chunk >= 1 && chunk <= kMaxBytesPerCall ? chunk : kDefaultChunkSize;
    request.rateLimit = std::max<qint64>(0, m_settings.value(key::rateLimit, 0).toLongLong());
    // The checksums chosen last time; not the expected one, which belongs to one file.
    for (const QString& name : m_settings.value(key::digests).toStringList()) {
        if (const std::optional<DigestAlgorithm> algorithm = digestFromName(name))
            request.digests << *algorithm;
    }
    request.writeChecksumFiles = m_settings.value(key::checksumFiles, false).toBool();
    m_form->setRequest(request);
}

void MainWindow::saveSettings()
{
    const TransferRequest request = m_form->request();
    m_settings.setValue(key::geometry, saveGeometry());
    m_settings.setValue(key::splitter, m_sideBySide ? m_splitter->saveState() : m_splitterState);
    m_settings.setValue(key::mode, modeName(request.mode));
    m_settings.setValue(key::verify, request.verify);
    m_settings.setValue(key::sync, request.syncToDisk);
    m_settings.setValue(key::sparse, sparseModeName(request.sparse));
    m_settings.setValue(key::method, methodName(request.method));
    m_settings.setValue(key::chunkSize, request.chunkSize);
    m_settings.setValue(key::rateLimit, request.rateLimit);
    QStringList digestNamesChosen;
    for (const DigestAlgorithm algorithm : request.digests)
        digestNamesChosen << digestName(algorithm);
    m_settings.setValue(key::digests, digestNamesChosen);
    m_settings.setValue(key::checksumFiles, m_form->checksumFilesCheck()->isChecked());
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
    return askBeforeChanging({tr("Replace the file?"),
                              tr("“%1” already exists. Replace it with the copied bytes?")
                                  .arg(QFileInfo(request.destinationPath).fileName()),
                              tr("If the copy fails or is cancelled, it stays as it is.") + u' ' +
                                  TransferMessages::undoPromise(DestinationMode::Replace, 0, 0),
                              tr("&Replace"), true, key::confirmReplace});
}

bool MainWindow::askBeforeChanging(const ChangeQuestion& question)
{
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::Cancel,
                    this);
    box.setInformativeText(question.informative);
    QPushButton* change = box.addButton(question.acceptText, QMessageBox::AcceptRole);
    if (question.acceptIsDefault)
        box.setDefaultButton(change);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    // Without a setting, the question is asked every time.
    QCheckBox* dontAsk = nullptr;
    if (!question.settingKey.isEmpty()) {
        dontAsk = new QCheckBox(tr("&Don't ask again"), &box);
        box.setCheckBox(dontAsk);
    }
    box.exec();
    if (box.clickedButton() != change)
        return false;
    if (dontAsk != nullptr && dontAsk->isChecked())
        m_settings.setValue(question.settingKey, false);
    return true;
}

bool MainWindow::confirmDevice()
{
    const QString& device = m_form->destinationDevice();
    if (device.isEmpty())
        return true;
    // Every time, with Cancel as the default: a disk's old bytes have no way back.
    const TransferRequest request = m_form->request();
    const std::optional<qint64> sourceSize = m_form->sourceSize();
    const QString span =
        sourceSize
            ? TransferMessages::rangeDescription(request.destinationOffset,
                                                 bytesToCopy(*sourceSize, request),
                                                 m_form->destinationSize(), m_form->offsetBase())
            : tr("From byte %1 on.")
                  .arg(formatOffset(request.destinationOffset, m_form->offsetBase()));
    return askBeforeChanging(
        {tr("Write into the disk?"),
         tr("The copy overwrites part of %1 (%2).").arg(quoted(request.destinationPath), device),
         tr("Overwritten on the disk: %1 What is there now is lost; there is no undo for a "
            "disk.")
             .arg(span),
         tr("&Overwrite Disk"), false, QString()});
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
    // A source whose size is known only by reading it may overwrite up to the end (at most).
    const bool lengthUnknown = m_form->sourceSizeUnknown() && !request.count;
    const qint64 destinationSize = m_form->destinationSize();
    const qint64 length = lengthUnknown ? std::numeric_limits<qint64>::max() / 2
                                        : bytesToCopy(m_form->sourceSize().value_or(0), request);
    const qint64 toKeep = TransferMessages::bytesReplacedInPlace(request, length, destinationSize);
    const bool undoPossible = toKeep <= PreferencesDialog::undoLimit(m_settings);
    // Without a way back, Return must not be the answer that changes the file.
    return askBeforeChanging(
        {overwrite ? tr("Overwrite part of the file?") : tr("Append to the file?"),
         TransferMessages::asSentence(
             lengthUnknown
                 ? TransferMessages::inPlaceChangeOfUnknownLength(request, destinationSize)
                 : TransferMessages::inPlaceChange(request, length, destinationSize)),
         TransferMessages::undoPromise(request.mode, toKeep,
                                       PreferencesDialog::undoLimit(m_settings)),
         overwrite ? (undoPossible ? tr("&Overwrite") : tr("&Overwrite Without Undo"))
                   : tr("&Append"),
         undoPossible, askKey});
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
    m_outcomeInputs = m_form->request();
    if (result.ok()) {
        m_result->showMessage(tr("Undone"), sentence);
        m_lastCopyDestination.clear();
        // The copied bytes are gone from the destination: the preview shows the source.
        m_showDestinationAction->setEnabled(false);
        m_previewSubject = PreviewSubject::Source;
        m_showSourceAction->setChecked(true);
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
    if (isCopying() || m_startChecking)
        return;
    // With copies queued, Start runs the queue (the form's own copy goes in with Add to Queue).
    if (!m_queueRow && !m_resumeRequested && m_queue->nextQueued()) {
        runQueue();
        return;
    }
    // The question about replacing must see the destination as it is now: the form looks
    // again (on a worker, so that a file that does not answer cannot freeze the window) and
    // the copy goes on when the answer comes.
    startAfterCheck();
}

void MainWindow::startAfterCheck()
{
    m_startChecking = true;
    connect(m_form, &TransferForm::filesChecked, this, &MainWindow::startCheckedCopy,
            Qt::SingleShotConnection);
    m_form->recheck();
}

void MainWindow::startCheckedCopy()
{
    m_startChecking = false;
    const bool resumeAsked = std::exchange(m_resumeRequested, false);
    if (isCopying())
        return;
    if (!m_form->problem().isEmpty()) {
        if (m_queueRow)
            finishQueueJob(int(JobQueue::State::Failed), m_form->problem());
        return;
    }
    if (m_queueRow && !resolveQueueConflict())
        return;
    // A queued copy's existing destination was settled by the queue's choice.
    if (m_undoWatcher.isRunning() || (!m_queueRow && !confirmReplace()) || !confirmDevice() ||
        (m_form->destinationDevice().isEmpty() && !confirmInPlace())) {
        if (m_queueRow)
            finishQueueJob(int(JobQueue::State::Skipped), tr("skipped: not confirmed"));
        return;
    }
    m_runningRequest = m_form->request();
    m_outcomeInputs = m_runningRequest;
    rememberRecentPaths(m_runningRequest);
    // The window always keeps the way back, up to the limit for an overwrite's old bytes.
    m_runningRequest.keepUndo = true;
    m_runningRequest.undoLimit = PreferencesDialog::undoLimit(m_settings);
    // A replace or new copy keeps its part if it fails, or on Cancel and Keep, to resume.
    const bool wholeFile = (m_runningRequest.mode == DestinationMode::Replace ||
                            m_runningRequest.mode == DestinationMode::CreateNew) &&
                           m_form->destinationDevice().isEmpty() && !m_form->sourceSizeUnknown();
    m_runningRequest.keepPartial = wholeFile;
    m_runningRequest.resume = wholeFile && resumeAsked;
    m_lastCopyDestination = m_runningRequest.destinationPath;
    saveSettings();
    showWorkStarting(tr("Copying…"),
                     tr("Copying %1 to %2…")
                         .arg(QFileInfo(m_runningRequest.sourcePath).fileName(),
                              QFileInfo(m_runningRequest.destinationPath).fileName()));
    m_runner->start(m_runningRequest);
    updateActions();
}

void MainWindow::showWorkStarting(const QString& running, const QString& status)
{
    m_previewDelay.stop();
    m_previewWhenChecked = false;
    m_form->setLocked(true);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progressText->clear();
    m_lastProgress = {0, 0};
    m_pausedMs = 0;
    m_pauseClock.invalidate();
    m_result->showRunning(running);
    statusBar()->showMessage(status);
    m_preview->setBackgroundWorkPaused(true);
    m_copyClock.start();
}

void MainWindow::togglePause()
{
    if (!isCopying())
        return;
    if (m_runner->isPaused()) {
        m_runner->resume();
        m_pausedMs += m_pauseClock.elapsed();
        m_pauseClock.invalidate();
        m_result->showRunning(tr("Copying…"));
        statusBar()->showMessage(tr("Resumed"));
        if (m_queueRow)
            m_queue->setState(*m_queueRow, JobQueue::State::Running);
    } else {
        m_runner->pause();
        m_pauseClock.start();
        m_result->showRunning(tr("Paused"));
        statusBar()->showMessage(tr("Paused; press Ctrl+P to resume"));
        if (m_queueRow)
            m_queue->setState(*m_queueRow, JobQueue::State::Paused);
    }
    showProgress(m_lastProgress.first, m_lastProgress.second);
    updateActions();
}

void MainWindow::cancelCopy()
{
    if (!isCopying())
        return;
    m_runner->cancel();
    m_result->showRunning(tr("Cancelling…"));
}

void MainWindow::cancelAndKeep()
{
    if (!isCopying() || !m_runningRequest.keepPartial)
        return;
    m_runner->cancel(true);
    m_result->showRunning(tr("Cancelling, keeping what was copied…"));
}

void MainWindow::resumeCopy()
{
    if (isCopying() || m_form->keptBytes() <= 0)
        return;
    m_resumeRequested = true;
    startCopy();
}

void MainWindow::updateActions(bool sayFormStatus)
{
    const bool undoing = m_undoWatcher.isRunning();
    const bool copying = isCopying();
    const QString problem = m_form->problem();
    const int queued = m_queue->countIn(JobQueue::State::Queued);
    const bool runsQueue = queued > 0 && !m_queueRunning;
    m_startAction->setEnabled(!copying && !undoing && !m_queueRunning &&
                              (problem.isEmpty() || runsQueue));
    m_addToQueueAction->setEnabled(problem.isEmpty());
    m_addToQueueButton->setEnabled(m_addToQueueAction->isEnabled());
    m_undoAction->setEnabled(!copying && !undoing && !undoTarget().isEmpty());
    m_pauseAction->setEnabled(copying);
    m_cancelAction->setEnabled(copying);
    const bool paused = copying && m_runner->isPaused();
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_chooseSourceAction->setEnabled(!copying);
    m_chooseDestinationAction->setEnabled(!copying);
    m_swapAction->setEnabled(!copying);
    m_splitAction->setEnabled(!copying && m_form->sourceSize().has_value() &&
                              m_form->sourceRangeProblem().isEmpty());
    m_joinAction->setEnabled(!copying);
    m_compareAction->setEnabled(!copying && m_form->sourceRangeProblem().isEmpty());
    m_openFolderAction->setEnabled(!m_form->request().destinationPath.isEmpty());
    m_startButton->setEnabled(m_startAction->isEnabled());
    m_startButton->setToolTip(runsQueue
                                  ? tr("Run the queue: %1 (Ctrl+Return)").arg(copiesText(queued))
                              : problem.isEmpty() ? tr("Start the copy (Ctrl+Return)")
                                                  : problem);
    m_pauseButton->setEnabled(m_pauseAction->isEnabled());
    // R is the Transfer menu's letter: the button resumes without a mnemonic (Ctrl+P does).
    m_pauseButton->setText(paused ? tr("Resume") : tr("&Pause"));
    m_cancelButton->setEnabled(m_cancelAction->isEnabled());
    m_cancelKeepButton->setEnabled(copying && m_runningRequest.keepPartial);
    const qint64 kept = m_form->keptBytes();
    m_resumeButton->setVisible(!copying && !m_queueRunning && kept > 0 && problem.isEmpty());
    if (kept > 0) {
        const std::optional<qint64> total = m_form->sourceSize();
        const qint64 range = total ? bytesToCopy(*total, m_form->request()) : 0;
        m_resumeButton->setText(range > 0 ? tr("Resume from %1 (%2%)")
                                                .arg(formatByteSize(kept))
                                                .arg(int(100.0 * double(kept) / double(range)))
                                          : tr("Resume from %1").arg(formatByteSize(kept)));
    }
    // While the files are checked (a moment, on a worker) the status keeps what it said, so
    // that typing does not make it flicker; filesChecked() comes back here.
    if (sayFormStatus && !copying && !m_form->isChecking())
        statusBar()->showMessage(problem.isEmpty() ? m_form->rangeDescription() : problem);
}

double MainWindow::secondsCopying() const
{
    const qint64 pausedNow = m_pauseClock.isValid() ? m_pauseClock.elapsed() : 0;
    return double(m_copyClock.elapsed() - m_pausedMs - pausedNow) / 1000.0;
}

void MainWindow::showProgress(qint64 bytesDone, qint64 bytesExpected)
{
    m_lastProgress = {bytesDone, bytesExpected};
    if (m_queueRow) {
        const double seconds = secondsCopying();
        m_queue->setProgress(*m_queueRow, bytesDone, bytesExpected,
                             seconds > 0 ? double(bytesDone) / seconds : 0.0);
    }
    m_progress->setValue(
        int(TransferMessages::progressFraction(bytesDone, bytesExpected) * kProgressSteps));
    const bool paused = m_runner->isPaused();
    m_progressText->setText(
        paused ? TransferMessages::pausedProgress(bytesDone, bytesExpected)
               : TransferMessages::progress(bytesDone, bytesExpected, secondsCopying()));
    // The title shows progress in the taskbar and the window switcher too.
    const int percent = m_progress->value() * 100 / kProgressSteps;
    setWindowTitle(paused ? tr("Paused at %1% — RangeCopy").arg(percent)
                          : tr("%1% — RangeCopy").arg(percent));
    m_taskbarProgress.show(double(m_progress->value()) / kProgressSteps);
}

void MainWindow::onCopyFinished(const TransferResult& result)
{
    // Known before the form unlocks, so that unlocking (no edit) keeps the result as true.
    m_lastCopy = FinishedCopy{m_runningRequest, result};
    setWindowTitle(tr("RangeCopy"));
    m_taskbarProgress.clear();
    m_form->setLocked(false);
    m_previewDelay.stop(); // unlocking is not an edit: keep the read-back preview below
    m_previewWhenChecked = false;
    m_keepStatusOnCheck = true; // nor is its check: the result stays in the status bar
    m_preview->setBackgroundWorkPaused(false);
    updateActions();
    m_result->showResult(result, m_runningRequest, m_lastProgress.second);
    if (result.ok())
        m_progress->setValue(kProgressSteps);
    else
        m_progress->setFormat(result.error == TransferError::Cancelled ? tr("Cancelled at %p%")
                                                                       : tr("Stopped at %p%"));
    // Speed and time left belong to a running copy; keep where it stopped.
    m_progressText->setText(
        TransferMessages::progress(m_lastProgress.first, m_lastProgress.second, 0));
    statusBar()->showMessage(
        result.ok() ? m_result->headline()
                    : TransferMessages::failureSentence(result, m_runningRequest.mode));
    // Show what the destination now holds, read back as the seed does (pread of the span).
    m_showDestinationAction->setEnabled(result.bytesSent > 0);
    if (result.bytesSent > 0)
        showPreviewOf(PreviewSubject::Destination);
    else if (result.verification == Verification::Differed)
        showPreviewOf(PreviewSubject::Source); // at the first differing byte
    if (m_queueRow) {
        const JobQueue::State state = result.ok() ? JobQueue::State::Done
                                      : result.error == TransferError::Cancelled
                                          ? JobQueue::State::Cancelled
                                          : JobQueue::State::Failed;
        m_queue->setProgress(*m_queueRow, m_lastProgress.first, m_lastProgress.second, 0);
        finishQueueJob(int(state), result.ok() ? m_result->headline()
                                               : TransferMessages::failureSentence(
                                                     result, m_runningRequest.mode));
    }
    Q_EMIT copyFinished(result);
}

bool MainWindow::editedSinceLastCopy() const
{
    if (!m_lastCopy)
        return true;
    // The window adds the undo and resume options to what it runs; the form does not hold
    // them.
    TransferRequest asRun = m_form->request();
    asRun.keepUndo = m_lastCopy->request.keepUndo;
    asRun.undoLimit = m_lastCopy->request.undoLimit;
    asRun.keepPartial = m_lastCopy->request.keepPartial;
    asRun.resume = m_lastCopy->request.resume;
    return asRun != m_lastCopy->request;
}

void MainWindow::showReadiness()
{
    // Unlocking or re-checking is not an edit: an outcome on screen stays true then.
    if (!isCopying() && (m_form->request() != m_outcomeInputs || !m_result->showsResult()))
        m_result->showReadiness(m_form->problem(), m_form->rangeDescription());
}

void MainWindow::onFormChanged()
{
    updateActions();
    if (isCopying())
        return;
    showReadiness();
    if (editedSinceLastCopy() || m_previewSubject == PreviewSubject::Source) {
        m_form->setRangeType(QString()); // until the preview has looked at the new range
        m_previewSubject = PreviewSubject::Source;
        m_showSourceAction->setChecked(true);
        m_previewDelay.start();
    }
}

void MainWindow::showPreviewOf(PreviewSubject subject)
{
    if (subject == PreviewSubject::Destination &&
        (!m_lastCopy || m_lastCopy->result.bytesSent <= 0))
        subject = PreviewSubject::Source;
    m_previewSubject = subject;
    (subject == PreviewSubject::Source ? m_showSourceAction : m_showDestinationAction)
        ->setChecked(true);
    m_previewDelay.stop();
    if (subject == PreviewSubject::Source)
        scheduleSourcePreview();
    else
        showDestinationPreview();
}

void MainWindow::showDestinationPreview()
{
    const TransferRequest& request = m_lastCopy->request;
    const TransferResult& result = m_lastCopy->result;
    m_preview->setSelectionUsableAsRange(false);
    const QString title =
        tr("Copied bytes, read back from %1").arg(QFileInfo(request.destinationPath).fileName());
    if (result.verification == Verification::Differed) {
        // In place the written bytes stay: show where they differ from the source.
        const qint64 at = result.destinationStart + result.firstDifference;
        m_preview->showFileAt(title, request.destinationPath, result.destinationStart,
                              result.bytesSent, at, firstDifferenceNote(at));
        return;
    }
    m_preview->showFile(title, request.destinationPath, result.destinationStart, result.bytesSent);
}

void MainWindow::showRangeType()
{
    const QString type = m_preview->rangeType();
    if (type.isEmpty())
        m_form->setRangeType(QString());
    else if (m_previewSubject == PreviewSubject::Source)
        m_form->setRangeType(tr("Starts with: %1.").arg(type));
    else
        m_form->setRangeType(tr("The copy, read back, starts with: %1.").arg(type));
}

QString MainWindow::firstDifferenceNote(qint64 at) const
{
    const TransferResult& result = m_lastCopy->result;
    return tr("The first differing byte, at %1; %2.")
        .arg(formatOffset(at, m_preview->offsetBase()),
             TransferMessages::bytesDiffer(result.differingBytes));
}

void MainWindow::continueStoppedCopy()
{
    if (isCopying() || !m_lastCopy)
        return;
    const std::optional<TransferRequest> rest =
        continuationAfter(m_lastCopy->request, m_lastCopy->result.bytesSent);
    if (!rest)
        return;
    m_form->setRequest(*rest);
    statusBar()->showMessage(
        tr("The form now holds the rest of the range. %1 Press Start to copy it.")
            .arg(m_form->rangeDescription()));
}

void MainWindow::scheduleSourcePreview()
{
    if (m_previewSubject != PreviewSubject::Source)
        return;
    if (m_form->isChecking()) { // the source's size is that of the last check: wait for this one
        m_previewWhenChecked = true;
        return;
    }
    const TransferRequest request = m_form->request();
    // Wrong input shows no stale bytes: the preview says what to correct instead.
    if (const QString problem = m_form->sourceRangeProblem(); !problem.isEmpty()) {
        m_preview->showMessage(tr("No preview"), tr("No preview: %1").arg(problem));
        Q_EMIT previewShown();
        return;
    }
    const std::optional<qint64> size = m_form->sourceSize();
    if (!size && !m_form->sourceSizeUnknown())
        return;
    // A source whose size is known only by reading it: the mark reaches the count or the end
    // the preview finds.
    const qint64 length = size ? bytesToCopy(*size, request)
                               : request.count.value_or(std::numeric_limits<qint64>::max() / 2);
    m_preview->setSelectionUsableAsRange(true);
    // After a verification that differed, both subjects go to the first differing byte.
    if (m_lastCopy && !editedSinceLastCopy() &&
        m_lastCopy->result.verification == Verification::Differed) {
        const qint64 at = request.offset + m_lastCopy->result.firstDifference;
        m_preview->showFileAt(tr("Source range, where the copy read back differed"),
                              request.sourcePath, request.offset, length, at,
                              firstDifferenceNote(at));
        return;
    }
    m_preview->showFile(tr("Source range, what will be copied"), request.sourcePath, request.offset,
                        length);
}

void MainWindow::useAsRange(qint64 start, qint64 length)
{
    if (isCopying() || length <= 0)
        return;
    m_form->setRange(start, length);
    statusBar()->showMessage(
        tr("The range is now the selection: %1").arg(m_form->rangeDescription()));
    m_keepStatusOnCheck = true;
}

void MainWindow::rememberRecentPaths(const TransferRequest& request)
{
    // Absolute, so that a path typed relative to one start folder still works from another.
    const QString source = QFileInfo(request.sourcePath).absoluteFilePath();
    const QString destination = QFileInfo(request.destinationPath).absoluteFilePath();
    PathField* sources = m_form->sourceField();
    PathField* destinations = m_form->destinationField();
    sources->setRecentPaths(withRecent(sources->recentPaths(), source));
    destinations->setRecentPaths(withRecent(destinations->recentPaths(), destination));
    m_settings.setValue(key::recentSources, sources->recentPaths());
    m_settings.setValue(key::recentDestinations, destinations->recentPaths());
}

void MainWindow::swapSourceAndDestination()
{
    if (isCopying())
        return;
    TransferRequest request = m_form->request();
    std::swap(request.sourcePath, request.destinationPath);
    m_form->setRequest(request);
    statusBar()->showMessage(tr("Source and destination swapped."));
}

void MainWindow::openDestinationFolder()
{
    const QString destination = m_form->request().destinationPath;
    if (destination.isEmpty())
        return;
    // The desktop's file manager opens it: no file is read here.
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        statusBar()->showMessage(
            tr("No file manager could open “%1”; open it yourself.").arg(folder));
}

void MainWindow::compareWith()
{
    if (!m_compareAction->isEnabled())
        return;
    const TransferRequest request = m_form->request();
    CompareRequest range;
    range.sourcePath = request.sourcePath;
    range.offset = request.offset;
    range.count = request.count;
    auto* dialog = new CompareDialog(range, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->otherField()->setPath(m_lastCopy ? m_lastCopy->request.destinationPath : QString());
    dialog->open();
}

void MainWindow::copyResultToClipboard()
{
    QStringList lines{m_result->headline(), m_result->details(), m_result->writtenSpan(),
                      m_result->lastCopyLine()};
    lines.removeAll(QString());
    QApplication::clipboard()->setText(lines.join(u'\n'));
    statusBar()->showMessage(tr("Result copied to the clipboard."));
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

void MainWindow::buildContentsDock()
{
    m_contents = new ContentsPanel(this);
    m_contentsDock = new QDockWidget(tr("Contents"), this);
    m_contentsDock->setObjectName(QStringLiteral("contentsDock"));
    m_contentsDock->setWidget(m_contents);
    m_contentsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_contentsDock);
    m_contentsDock->hide(); // until Find Contents, or View → Contents
    // Under the form and the preview, across the window's width, so that every column of
    // an item fits (a person can move it to the right). Shown, it takes a third of the height.
    connect(m_contentsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !std::exchange(m_contentsDockSized, true))
            resizeDocks({m_contentsDock}, {height() / 3}, Qt::Vertical);
    });
    QAction* showContents = m_contentsDock->toggleViewAction();
    showContents->setText(tr("&Contents"));
    showContents->setStatusTip(tr("Show what the source holds"));
    for (QAction* action : menuBar()->actions())
        if (action->menu() && action->menu()->title() == tr("&View"))
            action->menu()->addAction(showContents);
    m_contents->setOffsetBase(m_preview->offsetBase());
    connect(m_preview, &PreviewPane::offsetBaseChanged, m_contents, &ContentsPanel::setOffsetBase);
    connect(m_contents, &ContentsPanel::findRequested, this, &MainWindow::findContents);
    connect(m_contents, &ContentsPanel::itemChosen, this, &MainWindow::useContentsItem);
    connect(m_contents, &ContentsPanel::copyThisRequested, this, &MainWindow::copyContentsItem);
    connect(m_contents, &ContentsPanel::extractAllRequested, this,
            [this](const QList<ScanItem>& items) {
                const QString folder = QFileDialog::getExistingDirectory(
                    this, tr("Extract All Into"),
                    QFileInfo(m_form->request().sourcePath).absolutePath());
                if (!folder.isEmpty())
                    extractContentsInto(folder, items);
            });
    connect(m_form, &TransferForm::changed, this,
            [this] { m_contents->setSource(m_form->request().sourcePath); });
}

void MainWindow::findContents()
{
    const QString source = m_form->request().sourcePath;
    m_contentsDock->show();
    m_contentsDock->raise();
    if (source.isEmpty()) {
        statusBar()->showMessage(tr("Choose a source first: Find Contents lists what it holds."));
        return;
    }
    m_contents->scan(source);
    m_contents->tree()->setFocus(); // the arrow keys walk the list as it fills
}

void MainWindow::useContentsItem(const ScanItem& item)
{
    if (isCopying() || m_queueRunning)
        return;
    const std::optional<qint64> size = m_form->sourceSize();
    const qint64 length = item.length.value_or(size ? std::max<qint64>(*size - item.offset, 0) : 0);
    m_form->setRange(item.offset, length);
    statusBar()->showMessage(
        tr("The range is now %1: %2").arg(item.description, m_form->rangeDescription()));
}

void MainWindow::copyContentsItem(const ScanItem& item)
{
    if (isCopying() || m_queueRunning || !item.length)
        return;
    TransferRequest request = m_form->request();
    const QString folder = request.destinationPath.isEmpty()
                               ? QFileInfo(request.sourcePath).absolutePath()
                               : QFileInfo(request.destinationPath).absolutePath();
    request.offset = item.offset;
    request.count = *item.length;
    request.destinationPath = QDir(folder).filePath(fileNameForItem(item));
    request.destinationOffset = 0;
    if (request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append)
        request.mode = DestinationMode::Replace; // the item goes into a file of its own
    m_form->setRequest(request);
    m_keepStatusOnCheck = true;
    statusBar()->showMessage(tr("The form now copies %1 into %2. Press Start (Ctrl+Return).")
                                 .arg(item.description, quoted(request.destinationPath)));
}

void MainWindow::extractContentsInto(const QString& folder, const QList<ScanItem>& items)
{
    const TransferRequest form = m_form->request();
    QList<TransferRequest> requests;
    for (const ScanItem& item : items) {
        if (!item.length)
            continue; // the end is not known: nothing to copy it by
        TransferRequest request = form;
        request.offset = item.offset;
        request.count = *item.length;
        request.destinationPath = QDir(folder).filePath(fileNameForItem(item));
        request.destinationOffset = 0;
        request.mode = DestinationMode::CreateNew;
        requests.append(request);
    }
    queueRequests(requests);
    const qsizetype leftOut = items.size() - requests.size();
    const QString queued =
        requests.size() == 1 ? tr("1 copy") : tr("%1 copies").arg(requests.size());
    statusBar()->showMessage(
        leftOut == 0
            ? tr("%1 queued into %2. Start (Ctrl+Return) runs them.").arg(queued, quoted(folder))
            : tr("%1 queued into %2; %3 of unknown length left out. Start (Ctrl+Return) "
                 "runs them.")
                  .arg(queued, quoted(folder))
                  .arg(leftOut));
}

void MainWindow::buildJobsDock()
{
    m_jobsPanel = new JobsPanel(m_queue, m_history, this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    m_jobsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide(); // until a copy is queued, or View → Jobs
    // Shown, it takes a third of the window's height: the form and the preview stay usable.
    connect(m_jobsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !std::exchange(m_jobsDockSized, true))
            resizeDocks({m_jobsDock}, {height() / 3}, Qt::Vertical);
    });
    QAction* showJobs = m_jobsDock->toggleViewAction();
    showJobs->setText(tr("&Jobs"));
    showJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    showJobs->setStatusTip(tr("Show the queue and the history of copies"));
    for (QAction* action : menuBar()->actions()) {
        if (action->menu() && action->menu()->title() == tr("&View")) {
            action->menu()->addSeparator();
            action->menu()->addAction(showJobs);
        }
    }
    m_jobsPanel->setConflictChoice(static_cast<ConflictChoice>(
        m_settings.value(key::conflict, int(ConflictChoice::Ask)).toInt()));
    connect(m_jobsPanel, &JobsPanel::conflictChoiceChanged, this,
            [this] { m_settings.setValue(key::conflict, int(m_jobsPanel->conflictChoice())); });
    connect(m_jobsPanel, &JobsPanel::runQueueRequested, this, &MainWindow::runQueue);
    connect(m_form->sourceField(), &PathField::severalChosen, this,
            &MainWindow::queueSeveralSources);
    connect(m_jobsPanel, &JobsPanel::jobActivated, this, [this](const TransferRequest& request) {
        if (isCopying() || m_queueRunning)
            return;
        m_form->setRequest(request);
        showPreviewOf(PreviewSubject::Source);
    });
    connect(m_jobsPanel, &JobsPanel::saveQueueRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the Queue"), m_settings.value(key::lastFolder).toString(),
            tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            saveQueueTo(path);
    });
    connect(m_jobsPanel, &JobsPanel::openQueueRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a Queue"), m_settings.value(key::lastFolder).toString(),
            tr("JSON Lines (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            openQueueFrom(path);
    });
    // Start turns into "run the queue" while copies are queued.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_queue, signal, this, [this] { updateActions(false); });
    connect(m_queue, &QAbstractItemModel::dataChanged, this, [this] { updateActions(false); });
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] { updateActions(false); });
    connect(m_history, &QAbstractItemModel::modelReset, this, &MainWindow::saveHistory);
}

void MainWindow::queueSeveralSources(const QStringList& sources)
{
    // Several files go into a folder, each under its own name, with the form's options.
    const QString folder = m_form->destinationFolder();
    if (folder.isEmpty()) {
        QMessageBox::information(
            this, tr("Choose a destination folder"),
            tr("%n files were chosen. Several files are copied into a folder: choose the "
               "destination folder first, then drop or choose the files again.",
               nullptr, int(sources.size())));
        return;
    }
    TransferRequest request = m_form->request();
    request.offset = 0;
    request.count.reset();
    if (request.mode != DestinationMode::CreateNew)
        request.mode = DestinationMode::Replace; // whole files, each a file of its own
    for (const QString& source : sources) {
        request.sourcePath = source;
        request.destinationPath = QDir(folder).filePath(QFileInfo(source).fileName());
        m_queue->add(request);
    }
    m_jobsDock->show();
    m_jobsPanel->tabs()->setCurrentIndex(0);
    statusBar()->showMessage(
        tr("%n copies queued into %1. Start (Ctrl+Return) runs them.", nullptr, int(sources.size()))
            .arg(quoted(folder)));
}

void MainWindow::queueRequests(const QList<TransferRequest>& requests)
{
    for (const TransferRequest& request : requests)
        m_queue->add(request);
    m_jobsDock->show();
    m_jobsPanel->tabs()->setCurrentIndex(0);
}

void MainWindow::splitSource()
{
    const std::optional<qint64> size = m_form->sourceSize();
    if (isCopying() || !size)
        return;
    SplitDialog dialog(m_form->request().sourcePath, *size, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<TransferRequest> pieces = dialog.pieceRequests();
    queueRequests(pieces);
    statusBar()->showMessage(
        tr("%1 of %2 queued. Start (Ctrl+Return) runs them.")
            .arg(pieces.size() == 1 ? tr("1 piece") : tr("%1 pieces").arg(pieces.size()),
                 quoted(QFileInfo(m_form->request().sourcePath).fileName())));
}

void MainWindow::joinPieces()
{
    if (isCopying())
        return;
    // The form's source, when it is a first piece, is the likely one.
    const QString source = m_form->request().sourcePath;
    JoinDialog dialog(source.endsWith(QLatin1String(".001")) ? source : QString(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.pieces().isEmpty())
        return;
    m_queue->addJoin(dialog.pieces(), dialog.destination());
    m_jobsDock->show();
    m_jobsPanel->tabs()->setCurrentIndex(0);
    statusBar()->showMessage(tr("The join of %1 pieces into %2 is queued. Start (Ctrl+Return) "
                                "runs it.")
                                 .arg(dialog.pieces().size())
                                 .arg(quoted(QFileInfo(dialog.destination()).fileName())));
}

void MainWindow::addToQueue()
{
    if (!m_form->problem().isEmpty()) {
        statusBar()->showMessage(m_form->problem());
        return;
    }
    m_queue->add(m_form->request());
    m_jobsDock->show();
    m_jobsPanel->tabs()->setCurrentIndex(0);
    const int waiting = m_queue->countIn(JobQueue::State::Queued);
    statusBar()->showMessage(tr("Added to the queue: %1 waiting. Start (Ctrl+Return) runs them.")
                                 .arg(copiesText(waiting)));
}

void MainWindow::runQueue()
{
    if (isCopying() || m_queueRunning || m_startChecking || !m_queue->nextQueued())
        return;
    m_queueRunning = true;
    m_conflictForAll.reset();
    m_jobsPanel->setRunning(true);
    m_jobsDock->show();
    runNextJob();
}

void MainWindow::runNextJob()
{
    if (!m_queueRunning || isCopying())
        return;
    const std::optional<int> row = m_queue->nextQueued();
    if (!row) {
        stopQueue();
        return;
    }
    m_queueRow = row;
    m_queue->setState(*row, JobQueue::State::Running);
    m_jobsPanel->queueView()->scrollTo(m_queue->index(*row, 0));
    if (m_queue->job(*row).isJoin()) {
        runJoinJob(*row);
        return;
    }
    // The queued copy runs as the form's would: the same checks, questions, progress, result
    // and preview.
    m_form->setRequest(m_queue->job(*row).request);
    startAfterCheck();
}

void MainWindow::runJoinJob(int row)
{
    const JobQueue::Job& job = m_queue->job(row);
    // Replace: what the result and the preview say of the joined file.
    m_runningRequest = job.request;
    showWorkStarting(tr("Joining…"), tr("Joining %1 pieces into %2…")
                                         .arg(job.joinPieces.size())
                                         .arg(QFileInfo(job.request.destinationPath).fileName()));
    m_runner->startJoin({job.request.destinationPath, job.joinPieces, job.request.syncToDisk});
    updateActions();
}

bool MainWindow::resolveQueueConflict()
{
    TransferRequest request = m_form->request();
    const bool wholeFile =
        request.mode == DestinationMode::Replace || request.mode == DestinationMode::CreateNew;
    if (!wholeFile || !m_form->destinationExists() || !m_form->destinationDevice().isEmpty())
        return true;
    ConflictChoice choice = m_conflictForAll.value_or(m_jobsPanel->conflictChoice());
    if (choice == ConflictChoice::Ask)
        choice = askConflict(request.destinationPath);
    const int row = *m_queueRow;
    switch (choice) {
    case ConflictChoice::Ask: // the question was closed: the queue stops before this copy
        m_queue->setState(row, JobQueue::State::Queued);
        m_queueRow.reset();
        stopQueue();
        return false;
    case ConflictChoice::Replace:
        if (request.mode == DestinationMode::Replace)
            return true;
        // A "new only" copy asked not to replace; the choice says to: look again as replace.
        request.mode = DestinationMode::Replace;
        break;
    case ConflictChoice::Skip:
        finishQueueJob(int(JobQueue::State::Skipped),
                       tr("skipped: %1 exists").arg(quoted(request.destinationPath)));
        return false;
    case ConflictChoice::KeepBoth: {
        // "name (1).ext": finding a free name looks at the folder, on a worker.
        const QString destination = request.destinationPath;
        m_queueFiles->run(
            [destination] { return firstFreeNumberedName(destination); },
            [this, original = request, row](const QString& freeName) {
                TransferRequest renamed = original;
                if (!m_queueRow || *m_queueRow != row)
                    return;
                if (freeName.isEmpty()) {
                    finishQueueJob(int(JobQueue::State::Failed),
                                   tr("no free name beside %1 to keep both; choose another "
                                      "destination")
                                       .arg(quoted(renamed.destinationPath)));
                    return;
                }
                renamed.destinationPath = freeName;
                m_queue->setRequest(row, renamed);
                m_form->setRequest(renamed);
                startAfterCheck();
            },
            [this, destination, row] {
                if (m_queueRow && *m_queueRow == row)
                    finishQueueJob(
                        int(JobQueue::State::Failed),
                        tr("the folder of %1 did not answer within 2 s").arg(quoted(destination)));
            });
        return false;
    }
    }
    m_queue->setRequest(row, request);
    m_form->setRequest(request);
    startAfterCheck();
    return false;
}

ConflictChoice MainWindow::askConflict(const QString& destination)
{
    QMessageBox box(QMessageBox::Question, tr("The destination exists"),
                    tr("%1 already exists.").arg(quoted(QFileInfo(destination).fileName())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Replace it with the copy, skip this copy, or keep both (the copy gets a new name)?"));
    QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton* skip = box.addButton(tr("S&kip"), QMessageBox::RejectRole);
    QPushButton* keepBoth = box.addButton(tr("Keep &Both"), QMessageBox::AcceptRole);
    QPushButton* stop = box.addButton(tr("Stop the Queue"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keepBoth); // loses nothing
    box.setEscapeButton(stop);
    auto* forAll = new QCheckBox(tr("&Apply to all"), &box);
    box.setCheckBox(forAll);
    box.exec();
    ConflictChoice choice = ConflictChoice::Ask;
    if (box.clickedButton() == replace)
        choice = ConflictChoice::Replace;
    else if (box.clickedButton() == skip)
        choice = ConflictChoice::Skip;
    else if (box.clickedButton() == keepBoth)
        choice = ConflictChoice::KeepBoth;
    if (choice != ConflictChoice::Ask && forAll->isChecked())
        m_conflictForAll = choice;
    return choice;
}

void MainWindow::finishQueueJob(int state, const QString& result)
{
    if (!m_queueRow)
        return;
    const int row = *m_queueRow;
    m_queueRow.reset();
    const auto jobState = static_cast<JobQueue::State>(state);
    m_queue->setResult(row, jobState, result);
    if (jobState != JobQueue::State::Skipped) {
        m_history->addFinished(m_queue->job(row), kHistoryLength);
        saveHistory();
    }
    if (jobState == JobQueue::State::Cancelled) {
        stopQueue(); // Cancel stops the queue; the copies after it stay queued
        return;
    }
    // After the window has shown this copy's result.
    QTimer::singleShot(0, this, &MainWindow::runNextJob);
}

void MainWindow::stopQueue()
{
    if (!m_queueRunning)
        return;
    m_queueRunning = false;
    m_jobsPanel->setRunning(false);
    updateActions(false);
    const int queued = m_queue->countIn(JobQueue::State::Queued);
    const QString counts = tr("%1 done, %2 failed, %3 skipped")
                               .arg(m_queue->countIn(JobQueue::State::Done))
                               .arg(m_queue->countIn(JobQueue::State::Failed) +
                                    m_queue->countIn(JobQueue::State::Cancelled))
                               .arg(m_queue->countIn(JobQueue::State::Skipped));
    statusBar()->showMessage(
        queued > 0 ? tr("Queue stopped: %1; %n still queued.", nullptr, queued).arg(counts)
                   : tr("Queue finished: %1.").arg(counts));
    Q_EMIT queueFinished();
}

QJsonObject MainWindow::jobJson(const JobQueue::Job& job)
{
    return job.isJoin()
               ? joinToJson(job.joinPieces, job.request.destinationPath, job.request.syncToDisk)
               : jobToJson(job.request);
}

void MainWindow::saveQueueTo(const QString& path)
{
    QList<QJsonObject> jobs;
    for (const JobQueue::Job& job : m_queue->jobs())
        jobs << jobJson(job);
    const QByteArray text = jobLines(jobs);
    m_queueFiles->run(
        [path, text] { return writeFileAtomically(path, text, false); },
        [this, path](int error) {
            const QString message =
                error == 0
                    ? tr("Queue saved to %1.").arg(quoted(path))
                    : TransferMessages::asSentence(tr("cannot save the queue to %1: %2")
                                                       .arg(quoted(path), qt_error_string(error)));
            statusBar()->showMessage(message);
            if (error != 0)
                QMessageBox::warning(this, tr("Queue not saved"), message);
            Q_EMIT queueFileDone(error == 0);
        },
        [this, path] {
            statusBar()->showMessage(
                tr("Saving the queue to %1 did not finish within 2 s.").arg(quoted(path)));
            Q_EMIT queueFileDone(false);
        });
}

void MainWindow::openQueueFrom(const QString& path)
{
    m_queueFiles->run(
        [path] { return readRange(path, 0, kMaxQueueFileSize); },
        [this, path](const RangeReadResult& read) {
            ParsedJobList list;
            QString error;
            if (!read.ok())
                error = read.error;
            else if (read.bytes.size() >= kMaxQueueFileSize)
                error = tr("%1 is too large for a queue").arg(quoted(path));
            else if (list = parseJobLines(read.bytes); !list.ok())
                error = tr("%1, line %2: %3").arg(quoted(path)).arg(list.errorLine).arg(list.error);
            if (!error.isEmpty()) {
                const QString message = TransferMessages::asSentence(
                    tr("cannot open the queue: %1; nothing was added").arg(error));
                statusBar()->showMessage(message);
                QMessageBox::warning(this, tr("Queue not opened"), message);
                Q_EMIT queueFileDone(false);
                return;
            }
            for (const ParsedJobList::Job& job : list.jobs) {
                if (job.isJoin())
                    m_queue->addJoin(job.joinPieces, job.request.destinationPath);
                else
                    m_queue->add(job.request);
            }
            m_jobsDock->show();
            m_jobsPanel->tabs()->setCurrentIndex(0);
            statusBar()->showMessage(tr("%1 added to the queue from %2.")
                                         .arg(copiesText(int(list.jobs.size())))
                                         .arg(quoted(path)));
            Q_EMIT queueFileDone(true);
        },
        [this, path] {
            statusBar()->showMessage(
                tr("%1 did not answer within 2 s; nothing was added.").arg(quoted(path)));
            Q_EMIT queueFileDone(false);
        });
}

void MainWindow::saveHistory()
{
    QStringList lines;
    for (const JobQueue::Job& job : m_history->jobs()) {
        const QJsonObject entry{{QStringLiteral("job"), jobJson(job)},
                                {QStringLiteral("state"), JobQueue::stateKey(job.state)},
                                {QStringLiteral("result"), job.result}};
        lines << QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    }
    m_settings.setValue(key::history, lines);
}

void MainWindow::restoreHistory()
{
    for (const QString& line : m_settings.value(key::history).toStringList()) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        const ParsedJob job = jobFromJson(entry.value(QStringLiteral("job")).toObject());
        if (!job.request)
            continue;
        JobQueue::Job finished;
        finished.request = *job.request;
        finished.joinPieces = job.joinPieces;
        // Histories saved before joins were --batch lines keep the pieces beside the job.
        for (const QJsonValue& piece : entry.value(QStringLiteral("join")).toArray())
            finished.joinPieces << piece.toString();
        finished.state = JobQueue::stateFromKey(entry.value(QStringLiteral("state")).toString())
                             .value_or(JobQueue::State::Failed);
        finished.result = entry.value(QStringLiteral("result")).toString();
        m_history->addFinished(finished, kHistoryLength);
    }
}

} // namespace rangecopy
