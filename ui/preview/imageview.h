#pragma once

#include <QImage>
#include <QWidget>

namespace rangecopy {

class MessageLabel;
struct RangeLook;

// The preview's Image tab: the range's picture scaled to fit, with its pixel size above it,
// or why it cannot be shown.
class ImageView : public QWidget {
    Q_OBJECT

public:
    explicit ImageView(QWidget* parent = nullptr);

    // Shows look's image (or its error); a look that is no image clears the view.
    void showLook(const RangeLook& look);
    void clear();
    // Whether a decoded picture is on show.
    [[nodiscard]] bool hasImage() const { return !m_image.isNull(); }
    [[nodiscard]] QImage image() const { return m_image; }
    // The line above the picture: "PNG, 37 × 23 pixels", or the reason it cannot be shown.
    [[nodiscard]] QString infoText() const;

private:
    // Where the picture is drawn: scaled down to fit, or up (at most 8×) when it is small.
    class Canvas;

    MessageLabel* m_info;
    Canvas* m_canvas;
    QImage m_image;
};

} // namespace rangecopy
