#pragma once

#include "core/transfer/rangecomparer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QLabel;
class QPushButton;

namespace rangecopy {

class ByteSizeEdit;
class PathField;
class PreviewPane;

// Transfer > Compare With…: the form's source range against any file from an offset, without
// copying. The comparison runs on a worker; the result names the first differing byte and how
// many differ, and the two previews side by side go to that byte in each file.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    // range: the source, its offset and count (otherPath and otherOffset are the dialog's).
    CompareDialog(const CompareRequest& range, QWidget* parent = nullptr);
    ~CompareDialog() override;

    [[nodiscard]] PathField* otherField() const { return m_other; }
    [[nodiscard]] ByteSizeEdit* otherOffsetEdit() const { return m_otherOffset; }
    [[nodiscard]] QPushButton* compareButton() const { return m_compare; }
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] PreviewPane* sourcePane() const { return m_sourcePane; }
    [[nodiscard]] PreviewPane* otherPane() const { return m_otherPane; }

Q_SIGNALS:
    // A comparison ended (also with an error); resultText() says how.
    void compared();

private:
    void startComparing();
    void showComparison();
    void updateCompareButton();

    CompareRequest m_range;
    PathField* m_other;
    ByteSizeEdit* m_otherOffset;
    QPushButton* m_compare;
    QLabel* m_result;
    PreviewPane* m_sourcePane;
    PreviewPane* m_otherPane;
    CompareRequest m_running; // what the worker compares
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<CompareResult> m_watcher;
};

} // namespace rangecopy
