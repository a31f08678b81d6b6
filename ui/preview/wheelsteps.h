#pragma once

#include <QWheelEvent>

namespace rangecopy {

// Turns wheel turns into whole notches and keeps the rest for the next event: a touchpad
// sends many deltas smaller than a notch, which add up to notches only when kept. Both
// preview views scroll by rows through it, never through their scroll bars, one step of
// which can be many megabytes.
class WheelSteps {
public:
    // Whole notches turned by the events so far, not yet taken (positive: away from the
    // user, which scrolls towards the start).
    [[nodiscard]] int take(const QWheelEvent& event)
    {
        m_remainder += event.angleDelta().y();
        const int notches = m_remainder / kNotch;
        m_remainder -= notches * kNotch;
        return notches;
    }

private:
    static constexpr int kNotch = 120; // eighths of a degree: QWheelEvent's unit
    int m_remainder = 0;
};

} // namespace rangecopy
