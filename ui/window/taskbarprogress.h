#pragma once

#include <QDBusConnection>
#include <QString>

#include <optional>

namespace rangecopy {

// A copy's progress on the program's taskbar entry or dock icon, where the desktop shows one:
// the launcher-entry signal (com.canonical.Unity.LauncherEntry) that KDE Plasma's task
// manager, Ubuntu's dock, Dash to Dock, Plank and Latte read. It names the program by its
// desktop file, so it only shows for an installed RangeCopy. Without a session bus, or on a
// desktop that does not listen, nothing happens: the window title carries the progress too.
class TaskbarProgress {
public:
    static constexpr const char* kInterface = "com.canonical.Unity.LauncherEntry";

    // Without a bus, the session bus, reached at the first progress shown.
    explicit TaskbarProgress(std::optional<QDBusConnection> bus = std::nullopt);
    ~TaskbarProgress();
    TaskbarProgress(const TaskbarProgress&) = delete;
    TaskbarProgress& operator=(const TaskbarProgress&) = delete;

    // fraction from 0 to 1. Says so only when the shown percentage changes.
    void show(double fraction);
    // Takes the progress off the entry (the copy ended).
    void clear();

    // The program as the launcher entry names it: its desktop file.
    [[nodiscard]] static QString applicationUri();

private:
    void send(double fraction, bool visible);

    std::optional<QDBusConnection> m_bus;
    int m_shownPercent = -1; // -1: nothing shown
};

} // namespace rangecopy
