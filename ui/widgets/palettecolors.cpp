#include "ui/widgets/palettecolors.h"

#include <QPainter>

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace rangecopy::PaletteColors {

namespace {

constexpr double kTextContrast = 4.5;  // WCAG AA for text
constexpr double kGraphicContrast = 3; // WCAG AA for large text and graphics
constexpr int kErrorHue = 6;           // a warm red

double channel(double value)
{
    value /= 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

bool isDark(const QColor& color)
{
    return luminance(color) < 0.18;
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& a, const QColor& b, double amount)
{
    const auto mix = [amount](int x, int y) {
        return int(std::lround(x * amount + y * (1 - amount)));
    };
    const QColor ra = a.toRgb();
    const QColor rb = b.toRgb();
    return QColor(mix(ra.red(), rb.red()), mix(ra.green(), rb.green()), mix(ra.blue(), rb.blue()));
}

QColor readableOn(const QColor& wanted, const QColor& background, double minContrast)
{
    const QColor hsl = wanted.toHsl();
    if (contrast(hsl, background) >= minContrast)
        return hsl.toRgb();
    // Away from the background: darker on a light one, lighter on a dark one.
    const int step = isDark(background) ? 1 : -1;
    for (int lightness = hsl.lightness(); lightness >= 0 && lightness <= 255; lightness += step) {
        const QColor candidate =
            QColor::fromHsl(std::max(hsl.hslHue(), 0), hsl.hslSaturation(), lightness);
        if (contrast(candidate, background) >= minContrast)
            return candidate.toRgb();
    }
    return isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor errorColor(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor start = isDark(window) ? QColor::fromHsl(kErrorHue, 200, 160)
                                        : QColor::fromHsl(kErrorHue, 160, 105);
    QColor color = readableOn(start, window, kTextContrast);
    if (contrast(color, base) < kTextContrast)
        color = readableOn(color, base, kTextContrast);
    return color;
}

QColor dimmed(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // As far towards the background as still reads.
    for (double amount = 0.45; amount < 1.0; amount += 0.05) {
        const QColor candidate = blend(text, base, amount);
        if (contrast(candidate, base) >= kGraphicContrast)
            return candidate;
    }
    return text;
}

QColor escapeColor(const QPalette& palette)
{
    return readableOn(palette.color(QPalette::Link), palette.color(QPalette::Base), kTextContrast);
}

QColor markColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::Highlight), palette.color(QPalette::Base), 0.18);
}

QColor markEdgeColor(const QPalette& palette)
{
    return readableOn(palette.color(QPalette::Highlight), markColor(palette), kGraphicContrast);
}

QColor gutterColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.06);
}

QColor focusFrameColor(const QPalette& palette)
{
    return readableOn(palette.color(QPalette::Highlight), palette.color(QPalette::Base),
                      kGraphicContrast);
}

void drawFocusFrame(QPainter& painter, const QRect& area, const QPalette& palette)
{
    constexpr int kWidth = 2;
    painter.save();
    painter.resetTransform();
    painter.setPen(QPen(focusFrameColor(palette), kWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(area).adjusted(1, 1, -1, -1));
    painter.restore();
}

void setTextColor(QWidget* widget, const QColor& color)
{
    if (!color.isValid()) {
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(text, window, window.lighter(150), window.darker(200), window.darker(150),
                     text, QColor(Qt::white), base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, QColor(Qt::white));
    palette.setColor(QPalette::Link, QColor(0x4a, 0x9e, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xa0, 0x80, 0xf0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    QPalette palette(white, black, white, white, white, white, white, black, black);
    palette.setColor(QPalette::AlternateBase, black);
    palette.setColor(QPalette::ToolTipBase, black);
    palette.setColor(QPalette::ToolTipText, white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Highlight, QColor(0x00, 0xff, 0xff));
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

} // namespace rangecopy::PaletteColors
