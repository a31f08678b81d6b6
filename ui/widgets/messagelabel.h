#pragma once

#include <QLabel>

namespace rangecopy {

// A line of plain text that may say a problem: then it is drawn in the palette's error colour
// (PaletteColors::errorColor), computed again whenever the palette changes, so that a theme
// switched while it shows keeps it readable.
class MessageLabel : public QLabel {
    Q_OBJECT

public:
    explicit MessageLabel(QWidget* parent = nullptr);

    void setMessage(const QString& text, bool isProblem = false);
    [[nodiscard]] bool isProblem() const { return m_isProblem; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showColor();

    bool m_isProblem = false;
};

} // namespace rangecopy
