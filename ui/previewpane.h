#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace rangecopy {

// Shows a bounded piece of a byte range as text and as a hex dump, with a caption that says
// what it is and how much of it is shown.
class PreviewPane : public QWidget {
    Q_OBJECT

public:
    // Previews read at most this much; scrolling through any size is the paged view's job.
    static constexpr qint64 kPreviewLimit = 64 * 1024;

    explicit PreviewPane(QWidget* parent = nullptr);

    // title: what the bytes are; firstOffset: where they start in their file;
    // rangeLength: the length of the whole range they are the head of.
    void showBytes(const QString& title, const QByteArray& bytes, qint64 firstOffset,
                   qint64 rangeLength);
    void showMessage(const QString& title, const QString& message);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString caption() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString hexText() const;
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    QLabel* m_title;
    QLabel* m_caption;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_textView;
    QPlainTextEdit* m_hexView;
};

} // namespace rangecopy
