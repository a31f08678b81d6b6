#pragma once

#include "core/scan/scanner.h"
#include "core/text/bytesize.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rangecopy {

class MessageLabel;

// The Contents dock: what a file holds (scanFile: partitions, file systems, archives,
// images...), found on a worker with progress and cancel, as a tree (an item under the one
// that holds it). Choosing an item makes it the range; Copy This and Extract All hand items to
// the window, which fills the form or the queue.
class ContentsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ContentsPanel(QWidget* parent = nullptr);
    ~ContentsPanel() override;

    // Scans path (a scan under way is cancelled first). scanFinished() follows.
    void scan(const QString& path);
    void cancel();
    // Forgets the list: the source changed to path (empty: none). Find Contents scans it.
    void setSource(const QString& path);
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] bool isScanning() const { return m_state != nullptr; }
    // What the last scan found, by offset (ScanItem::parent indexes this list).
    [[nodiscard]] const QList<ScanItem>& items() const { return m_items; }
    // The item chosen in the list, if any.
    [[nodiscard]] std::optional<ScanItem> currentItem() const;
    // Chooses items()[index] in the list, as a click does.
    void choose(int index);
    void setOffsetBase(OffsetBase base);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QPushButton* findButton() const { return m_find; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton* copyThisButton() const { return m_copyThis; }
    [[nodiscard]] QPushButton* extractAllButton() const { return m_extractAll; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    // What the panel says: "Scanning… 40 %", "12 items in 128 MiB", an error.
    [[nodiscard]] QString status() const;

Q_SIGNALS:
    // Find Contents was pressed: the window scans its source.
    void findRequested();
    // A scan ended (done, cancelled or failed); items() and status() say how.
    void scanFinished();
    // An item was chosen in the list: the window makes it the range.
    void itemChosen(const rangecopy::ScanItem& item);
    void copyThisRequested(const rangecopy::ScanItem& item);
    // Extract All: every item whose length is known.
    void extractAllRequested(const QList<rangecopy::ScanItem>& items);

private:
    // What the scan's worker and this panel share; it outlives both.
    struct ScanState {
        std::atomic<qint64> bytesScanned{0};
        std::atomic<qint64> bytesTotal{0};
        std::atomic<bool> answered{false}; // the file was opened and a block read
        std::atomic<bool> cancelled{false};
    };
    void showProgress();
    void showResult(const ScanResult& result);
    void showItems();
    void updateButtons();
    void setStatus(const QString& text, bool isProblem = false);
    [[nodiscard]] QString offsetText(qint64 offset) const;
    // "1 item", "12 items"
    [[nodiscard]] QString itemCount() const;

    QPushButton* m_find;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    MessageLabel* m_status;
    QTreeWidget* m_tree;
    QPushButton* m_copyThis;
    QPushButton* m_extractAll;
    QString m_source;
    bool m_sourceSet = false; // setSource() was called once
    QList<ScanItem> m_items;
    OffsetBase m_offsetBase = OffsetBase::Hexadecimal;
    std::shared_ptr<ScanState> m_state; // the scan under way, or null
    QTimer m_progressTimer;
    QElapsedTimer m_scanClock;
    quint64 m_generation = 0; // the scan whose answer is wanted
};

} // namespace rangecopy
