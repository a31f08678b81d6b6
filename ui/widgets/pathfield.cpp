#include "ui/widgets/pathfield.h"

#include "ui/widgets/messagelabel.h"

#include "core/io/folderlisting.h"
#include "core/io/timedwork.h"
#include "core/text/pathbytes.h"

#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
// The local file a drag carries, if it carries exactly one.
// The local files a drop carries; none when any of them is not a local file.
QStringList droppedFiles(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        // The path's %XX decoded as bytes, not as UTF-8 (as toLocalFile() does): a name that
        // is not valid UTF-8 arrives as the bytes it has on disk.
        files << pathFromBytes(
            QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()));
    }
    return files;
}
} // namespace

PathField::PathField(Purpose purpose, QWidget* parent)
    : QWidget(parent)
    , m_purpose(purpose)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_recent(new QToolButton(this))
    , m_recentMenu(new QMenu(this))
    , m_info(new MessageLabel(this))
    , m_completer(new QCompleter(this))
    , m_entries(new QStringListModel(this))
    , m_listing(new TimedWork(this))
{
    setAcceptDrops(true);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(purpose == Purpose::OpenFile
                                   ? tr("File to copy from (or drop one here)")
                                   : tr("File to copy into (or drop one here)"));
    // Completion from a folder listing made on a worker: QFileSystemModel looks at files on
    // this thread (it read /proc/kmsg for its icon, and the window froze for good).
    m_completer->setModel(m_entries);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::textEdited, this, &PathField::listFolderOfTypedPath);

    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_recent->setArrowType(Qt::DownArrow);
    m_recent->setAccessibleName(purpose == Purpose::OpenFile ? tr("Recent sources")
                                                             : tr("Recent destinations"));
    m_recent->setToolTip(tr("Paths used before (Alt+Down)"));
    m_recent->setEnabled(false);
    connect(m_recent, &QToolButton::clicked, this, &PathField::showRecentPaths);
    auto* recentKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_edit);
    recentKey->setContext(Qt::WidgetShortcut);
    connect(recentKey, &QShortcut::activated, this, &PathField::showRecentPaths);
    connect(m_recentMenu, &QMenu::triggered, this,
            [this](QAction* action) { setPath(action->data().toString()); });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_recent);
    row->addSpacing(4);
    row->addWidget(m_browse);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_info);

    connect(m_edit, &QLineEdit::textChanged, this, &PathField::pathChanged);
    // A long path does not fit the field: the tooltip shows all of it.
    connect(m_edit, &QLineEdit::textChanged, m_edit, &QWidget::setToolTip);
    connect(m_browse, &QPushButton::clicked, this, &PathField::browse);
    setFocusProxy(m_edit);
}

QString PathField::path() const
{
    return m_edit->text();
}

void PathField::setPath(const QString& path)
{
    m_edit->setText(path);
}

void PathField::setInfo(const QString& text, bool isProblem)
{
    m_info->setMessage(text, isProblem);
}

QString PathField::info() const
{
    return m_info->text();
}

void PathField::setRecentPaths(const QStringList& paths)
{
    m_recentPaths = paths;
    m_recentMenu->clear();
    for (const QString& path : paths) {
        QString label = path;
        QAction* action = m_recentMenu->addAction(label.replace(u'&', QStringLiteral("&&")));
        action->setData(path);
    }
    m_recent->setEnabled(!paths.isEmpty());
}

void PathField::showRecentPaths()
{
    if (m_recentPaths.isEmpty())
        return;
    m_recentMenu->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
}

void PathField::listFolderOfTypedPath(const QString& typed)
{
    const QString folder = folderPartOf(typed);
    if (folder.isEmpty() || folder == m_listedFolder)
        return;
    m_listedFolder = folder;
    m_entries->setStringList({});
    // A folder that does not answer leaves the list empty; the next folder typed tries again.
    m_listing->run([typed] { return listFolderOf(typed); },
                   [this](const QStringList& entries) {
                       m_entries->setStringList(entries);
                       // The list came after the keystroke that asked for it: offer it now.
                       if (m_edit->hasFocus() && !entries.isEmpty()) {
                           m_completer->setCompletionPrefix(m_edit->text());
                           m_completer->complete();
                       }
                   },
                   [this] { m_listedFolder.clear(); });
}

void PathField::browse()
{
    const QString current = path();
    const QString start = current.isEmpty() ? m_startFolder : current;
    if (m_purpose == Purpose::OpenFile) {
        const QStringList chosen =
            QFileDialog::getOpenFileNames(this, tr("Choose the source file (or several)"), start);
        if (chosen.size() == 1)
            setPath(chosen.first());
        else if (chosen.size() > 1)
            Q_EMIT severalChosen(chosen);
        return;
    }
    // The window asks about replacing before the copy, with the mode in view.
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Choose the destination file"), start, QString(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void PathField::dragEnterEvent(QDragEnterEvent* event)
{
    const qsizetype files = droppedFiles(event->mimeData()).size();
    if (files == 1 || (files > 1 && m_purpose == Purpose::OpenFile))
        event->acceptProposedAction();
}

void PathField::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.size() == 1)
        setPath(files.first());
    else if (files.size() > 1 && m_purpose == Purpose::OpenFile)
        Q_EMIT severalChosen(files);
    else
        return;
    event->acceptProposedAction();
}

} // namespace rangecopy
