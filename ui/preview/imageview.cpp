#include "ui/preview/imageview.h"

#include "ui/preview/rangelook.h"
#include "ui/widgets/messagelabel.h"

#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace rangecopy {

class ImageView::Canvas : public QWidget {
public:
    explicit Canvas(ImageView* owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        const QImage& image = m_owner->m_image;
        if (image.isNull())
            return;
        // Small pictures grow to fit (8× at most, pixels kept sharp); large ones shrink.
        const QSizeF fit = QSizeF(image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
        const double scale = std::min(fit.width() / image.width(), 8.0);
        const QSizeF shown = QSizeF(image.size()) * scale;
        const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2),
                            shown);
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
        painter.drawImage(target, image);
    }

private:
    ImageView* m_owner;
};

ImageView::ImageView(QWidget* parent)
    : QWidget(parent)
    , m_info(new MessageLabel(this))
    , m_canvas(new Canvas(this))
{
    m_canvas->setAccessibleName(tr("Image"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_canvas, 1);
}

void ImageView::showLook(const RangeLook& look)
{
    m_image = look.image;
    if (!look.imageError.isEmpty()) {
        m_info->setMessage(look.imageError, true);
    } else {
        QString info = tr("%1, %2 × %3 pixels")
                           .arg(look.imageFormat.toUpper())
                           .arg(look.pixelSize.width())
                           .arg(look.pixelSize.height());
        if (look.image.size() != look.pixelSize)
            info +=
                u' ' + tr("(decoded at %1 × %2)").arg(look.image.width()).arg(look.image.height());
        if (!look.imageNote.isEmpty())
            info += u' ' + look.imageNote;
        m_info->setMessage(info);
    }
    m_canvas->update();
}

void ImageView::clear()
{
    m_image = QImage();
    m_info->setMessage(QString());
    m_canvas->update();
}

QString ImageView::infoText() const
{
    return m_info->text();
}

} // namespace rangecopy
