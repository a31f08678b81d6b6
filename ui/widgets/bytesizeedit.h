#pragma once

#include <QLineEdit>

#include <optional>

namespace rangecopy {

// A line edit for a byte amount in the engine's number syntax ("4096", "0x1000", "4 KiB").
// It parses as the user types; the owner shows errorText() beside it.
class ByteSizeEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit ByteSizeEdit(QWidget* parent = nullptr);

    // The value, or nothing while the text is not a valid amount.
    [[nodiscard]] std::optional<qint64> value() const { return m_value; }
    // Why the text is not a valid amount; empty when it is.
    [[nodiscard]] QString errorText() const { return m_error; }

    void setValue(qint64 bytes);
    // Draws the field as wrong; the owner decides, because a disabled field's text is moot.
    void setMarkedInvalid(bool invalid);

Q_SIGNALS:
    // The text was parsed again: value() and errorText() may have changed.
    void valueChanged();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void parse();

    std::optional<qint64> m_value;
    QString m_error;
    bool m_markedInvalid = false;
};

} // namespace rangecopy
