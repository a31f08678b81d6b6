#pragma once

#include "core/transfer/transferresult.h"

#include <QWidget>

class QLabel;

namespace rangecopy {

// The outcome of the last copy: "N bytes sent" in large type and the details under it, or
// the engine's message and a hint about what to do.
class ResultPanel : public QWidget {
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    void showResult(const TransferResult& result, const TransferRequest& request);
    void showRunning(const QString& text);
    // Any other outcome in the same two parts, e.g. an undo's.
    void showMessage(const QString& headline, const QString& details);
    void clear();

    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString details() const;

private:
    QLabel* m_headline;
    QLabel* m_details;
};

} // namespace rangecopy
