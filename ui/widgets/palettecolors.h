#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

class QPainter;

namespace rangecopy {

// Every colour the window draws beyond the palette's own roles, derived from the palette so
// that it reads on a light, a dark and a high-contrast theme alike: a hue is kept where it
// carries meaning (red for errors), and its lightness moves until it stands out from the
// background by at least the WCAG contrast asked for. Widgets call these when they paint or
// when their palette changes (QEvent::PaletteChange), never keep a fixed colour.
namespace PaletteColors {

// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
[[nodiscard]] double contrast(const QColor& a, const QColor& b);
// a * amount + b * (1 - amount), opaque.
[[nodiscard]] QColor blend(const QColor& a, const QColor& b, double amount);
// wanted's hue and saturation at the lightness nearest to wanted's that reaches minContrast
// against background (or the text colour's side of it, if no lightness does).
[[nodiscard]] QColor readableOn(const QColor& wanted, const QColor& background, double minContrast);

// Error text, on the window's background and on a field's base (contrast >= 4.5 on both).
[[nodiscard]] QColor errorColor(const QPalette& palette);
// Bytes outside the marked range, line numbers and other secondary text on Base: quieter than
// Text but still readable (contrast >= 3).
[[nodiscard]] QColor dimmed(const QPalette& palette);
// Escapes such as \x00 and control characters in the text view (contrast >= 4.5 on Base).
[[nodiscard]] QColor escapeColor(const QPalette& palette);
// The background of bytes inside the marked range, and the bars at its edges (contrast >= 3).
[[nodiscard]] QColor markColor(const QPalette& palette);
[[nodiscard]] QColor markEdgeColor(const QPalette& palette);
// The line-number column of the text view: a step from Base towards Text.
[[nodiscard]] QColor gutterColor(const QPalette& palette);
// The frame a custom-painted view draws while it has the keyboard focus (contrast >= 3).
[[nodiscard]] QColor focusFrameColor(const QPalette& palette);
// Draws that frame just inside area.
void drawFocusFrame(QPainter& painter, const QRect& area, const QPalette& palette);

// Sets widget's text roles (WindowText, Text) to color; an invalid color gives them back to
// the parent's palette.
void setTextColor(QWidget* widget, const QColor& color);

// A Fusion-style dark palette and a high-contrast (white on black) one, for people who
// choose them (RANGECOPY_PALETTE, see README) and for tests.
[[nodiscard]] QPalette darkPalette();
[[nodiscard]] QPalette highContrastPalette();

} // namespace PaletteColors

} // namespace rangecopy
