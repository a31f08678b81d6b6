#pragma once

#include <QString>

class QWidget;

namespace rangecopy {

// Help → Keyboard Shortcuts: every shortcut of window's actions and of its shortcut objects
// that say what they do (QShortcut::whatsThis), read from the widgets themselves so that the
// list cannot fall behind them.
[[nodiscard]] QString shortcutsTable(const QWidget* window);
void showShortcuts(QWidget* window);

// Help → Manual: the README's section on the window, built into the program.
[[nodiscard]] QString manualText();
void showManual(QWidget* parent);

} // namespace rangecopy
