#pragma once

#include <QtGlobal>

namespace rangecopy {

// Maps a 64-bit scroll position in [0, maximum] (a view's top row or top byte offset) onto a
// QScrollBar's int value and back. Up to kScaledRange positions the value is the position;
// past that the bar's range is kScaledRange and each value stands for maximum / kScaledRange
// positions, so the bar covers any file. The view keeps the position; the bar only shows it.
class ScrollMapping {
public:
    static constexpr int kScaledRange = 1 << 30;

    explicit ScrollMapping(qint64 maximum);

    [[nodiscard]] qint64 maximum() const { return m_maximum; }
    [[nodiscard]] bool isScaled() const { return m_maximum > kScaledRange; }
    // The bar's range is 0 to this.
    [[nodiscard]] int barMaximum() const;
    // The bar's value for position (clamped into [0, maximum]); rounded down when scaled.
    [[nodiscard]] int barValue(qint64 position) const;
    // The position for the bar's value (clamped into the bar's range); rounded down when
    // scaled, so it can map back onto the value below.
    [[nodiscard]] qint64 position(int barValue) const;
    // The bar's page step for a page of `positions`: at least 1.
    [[nodiscard]] int pageStep(qint64 positions) const;

private:
    qint64 m_maximum;
};

} // namespace rangecopy
