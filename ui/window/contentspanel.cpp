#include "ui/window/contentspanel.h"

#include "core/io/timedwork.h"
#include "core/text/quoted.h"
#include "ui/widgets/messagelabel.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

namespace {

enum Column { TypeColumn, OffsetColumn, LengthColumn, WhatColumn };
constexpr int kItemIndexRole = Qt::UserRole;
constexpr int kProgressSteps = 1000;
constexpr std::chrono::milliseconds kProgressInterval{100};

} // namespace

ContentsPanel::ContentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_find(new QPushButton(tr("Find Contents"), this))
    , m_cancel(new QPushButton(tr("Cancel Scan"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new MessageLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_copyThis(new QPushButton(tr("Copy This"), this))
    , m_extractAll(new QPushButton(tr("Extract All…"), this))
{
    m_find->setToolTip(tr("List what the source holds: partitions, file systems, archives, "
                          "images, programs (Ctrl+Shift+F)"));
    m_copyThis->setToolTip(tr("Fill the form to copy the chosen item into a file of its own"));
    m_extractAll->setToolTip(
        tr("Queue one copy for every item whose length is known, into a folder"));
    m_find->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_tree->setHeaderLabels({tr("Type"), tr("Offset"), tr("Length"), tr("What")});
    m_tree->setAccessibleName(tr("Contents of the source"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);

    auto* top = new QHBoxLayout;
    top->addWidget(m_find, 0, Qt::AlignLeft);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_copyThis);
    bottom->addWidget(m_extractAll);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    connect(m_find, &QPushButton::clicked, this, &ContentsPanel::findRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ContentsPanel::cancel);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (const std::optional<ScanItem> item = currentItem())
            Q_EMIT itemChosen(*item);
    });
    // Return (or a double click) on an item copies it.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_copyThis->isEnabled())
            m_copyThis->click();
    });
    connect(m_copyThis, &QPushButton::clicked, this, [this] {
        if (const std::optional<ScanItem> item = currentItem())
            Q_EMIT copyThisRequested(*item);
    });
    connect(m_extractAll, &QPushButton::clicked, this, [this] {
        QList<ScanItem> known;
        for (const ScanItem& item : std::as_const(m_items))
            if (item.length)
                known.append(item);
        Q_EMIT extractAllRequested(known);
    });
    m_progressTimer.setInterval(kProgressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &ContentsPanel::showProgress);
    setSource(QString());
}

ContentsPanel::~ContentsPanel()
{
    cancel();
}

void ContentsPanel::setSource(const QString& path)
{
    if (path == m_source && m_sourceSet)
        return;
    m_sourceSet = true;
    cancel();
    m_source = path;
    m_items.clear();
    showItems();
    setStatus(path.isEmpty()
                  ? tr("Choose a source, then Find Contents lists what it holds.")
                  : tr("Find Contents lists what %1 holds: partitions, file systems, archives, "
                       "images and programs, with their offsets and lengths.")
                        .arg(quoted(QFileInfo(path).fileName())));
}

void ContentsPanel::scan(const QString& path)
{
    cancel();
    m_source = path;
    m_items.clear();
    showItems();
    auto state = std::make_shared<ScanState>();
    m_state = state;
    const quint64 generation = ++m_generation;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    setStatus(tr("Opening %1…").arg(quoted(path)));
    m_scanClock.start();
    m_progressTimer.start();
    updateButtons();

    // The file is opened and read on a worker: a file that does not answer (a mount that
    // hangs) keeps the panel saying so, and Cancel lets it go.
    auto* watcher = new QFutureWatcher<ScanResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation && m_state != nullptr)
            showResult(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, state] {
        TimedWork::waitTestDelay();
        return scanFile(
            path,
            [state](qint64 scanned, qint64 total) {
                state->bytesScanned.store(scanned);
                state->bytesTotal.store(total);
                state->answered.store(true);
            },
            [state] { return state->cancelled.load(); });
    }));
}

void ContentsPanel::cancel()
{
    if (m_state == nullptr)
        return;
    m_state->cancelled.store(true);
    // The worker stops between blocks; what it found so far is shown when it does. A worker
    // stuck in the kernel is left to finish on its own: its answer is not waited for.
    if (!m_state->answered.load()) {
        m_state.reset();
        ++m_generation;
        m_progressTimer.stop();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        setStatus(
            tr("The scan of %1 was cancelled before the file answered.").arg(quoted(m_source)));
        updateButtons();
        Q_EMIT scanFinished();
    }
}

void ContentsPanel::showProgress()
{
    if (m_state == nullptr)
        return;
    if (!m_state->answered.load()) {
        if (m_scanClock.elapsed() >= TimedWork::kDefaultLimit.count())
            setStatus(tr("%1 has not answered for %2 s. Cancel Scan gives up on it.")
                          .arg(quoted(m_source))
                          .arg(m_scanClock.elapsed() / 1000),
                      true);
        return;
    }
    const qint64 total = m_state->bytesTotal.load();
    const qint64 scanned = m_state->bytesScanned.load();
    m_progress->setValue(total > 0 ? int(scanned * kProgressSteps / total) : 0);
    setStatus(tr("Scanning… %1 of %2").arg(formatByteSize(scanned), formatByteSize(total)));
}

void ContentsPanel::showResult(const ScanResult& result)
{
    m_state.reset();
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_items = result.items;
    showItems();
    const QString name = QFileInfo(m_source).fileName();
    if (!result.error.isEmpty())
        setStatus(tr("The scan failed: %1.").arg(result.error), true);
    else if (result.cancelled)
        setStatus(tr("%1. Found so far: %2.")
                      .arg(scanInterrupted(name, result.scannedBytes), itemCount()));
    else if (m_items.isEmpty())
        setStatus(scanFoundNothing(name));
    else
        setStatus(tr("%1 in %2 (%3). Choose one to make it the range.")
                      .arg(itemCount(), quoted(name), formatByteSize(result.scannedBytes)));
    updateButtons();
    Q_EMIT scanFinished();
}

QString ContentsPanel::itemCount() const
{
    // Plural forms wait for the translations (issue 16): English has two.
    return m_items.size() == 1 ? tr("1 item") : tr("%1 items").arg(m_items.size());
}

void ContentsPanel::showItems()
{
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    QList<QTreeWidgetItem*> rows;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const ScanItem& item = m_items.at(i);
        QTreeWidgetItem* parentRow =
            item.parent >= 0 && item.parent < i ? rows.at(item.parent) : nullptr;
        auto* row =
            parentRow != nullptr ? new QTreeWidgetItem(parentRow) : new QTreeWidgetItem(m_tree);
        row->setText(TypeColumn, item.type);
        row->setText(OffsetColumn, offsetText(item.offset));
        row->setText(LengthColumn, item.length ? formatByteSize(*item.length) : tr("unknown"));
        row->setToolTip(LengthColumn, item.length ? tr("%1 bytes, from the %2")
                                                        .arg(*item.length)
                                                        .arg(lengthSourceName(item.lengthFrom))
                                                  : tr("The start is certain, the end is not."));
        row->setText(WhatColumn, item.description);
        row->setData(TypeColumn, kItemIndexRole, int(i));
        rows.append(row);
    }
    m_tree->expandAll();
    updateButtons();
}

QString ContentsPanel::offsetText(qint64 offset) const
{
    return formatOffset(offset, m_offsetBase);
}

void ContentsPanel::setOffsetBase(OffsetBase base)
{
    m_offsetBase = base;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it != nullptr; ++it) {
        const int index = (*it)->data(TypeColumn, kItemIndexRole).toInt();
        (*it)->setText(OffsetColumn, offsetText(m_items.at(index).offset));
    }
}

std::optional<ScanItem> ContentsPanel::currentItem() const
{
    const QTreeWidgetItem* row = m_tree->currentItem();
    if (row == nullptr)
        return std::nullopt;
    const int index = row->data(TypeColumn, kItemIndexRole).toInt();
    if (index < 0 || index >= m_items.size())
        return std::nullopt;
    return m_items.at(index);
}

void ContentsPanel::choose(int index)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it != nullptr; ++it)
        if ((*it)->data(TypeColumn, kItemIndexRole).toInt() == index) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

void ContentsPanel::updateButtons()
{
    const std::optional<ScanItem> item = currentItem();
    m_copyThis->setEnabled(item && item->length && !isScanning());
    m_copyThis->setToolTip(item && !item->length
                               ? tr("Its length is not known: choose it, and set the count "
                                    "in the form")
                               : tr("Fill the form to copy the chosen item into a file of its "
                                    "own"));
    m_extractAll->setEnabled(!isScanning() &&
                             std::any_of(m_items.cbegin(), m_items.cend(),
                                         [](const ScanItem& found) { return found.length; }));
    m_find->setEnabled(!m_source.isEmpty());
}

void ContentsPanel::setStatus(const QString& text, bool isProblem)
{
    m_status->setMessage(text, isProblem);
}

QString ContentsPanel::status() const
{
    return m_status->text();
}

} // namespace rangecopy
