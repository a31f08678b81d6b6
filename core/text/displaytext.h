#pragma once

#include <QByteArray>
#include <QString>

namespace rangecopy {

// Turns bytes into text a terminal or a text view can show without surprises: valid UTF-8
// stays as it is, newlines and tabs stay, every other control byte and every byte that is not
// valid UTF-8 becomes a visible \xNN escape, and a backslash becomes "\\".
[[nodiscard]] QString escapeForDisplay(const QByteArray& bytes);

// The same for text that must stay on one line, such as an error message naming a file whose
// name holds a newline: newlines and tabs become \x0a and \x09 as well.
[[nodiscard]] QString escapeForOneLine(const QByteArray& bytes);

} // namespace rangecopy
