#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace rangecopy {

// The outcome of reading a byte amount typed by a person: a value, or why it was refused.
struct ParsedByteSize {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::ByteSize)

public:
    qint64 value = 0;
    QString error; // empty when the text was accepted

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Parses the number syntax shared by the CLI and the window:
//   decimal (4096), hexadecimal (0x1000), and a decimal number with a unit suffix,
//   K/KiB = 1024, KB = 1000, M/MiB, MB, G/GiB, GB, T/TiB, TB, B = 1 (case does not matter),
//   optionally separated by spaces. A fraction is allowed before a suffix when the result is
//   a whole number of bytes ("1.5 MB" = 1500000, "0.5 K" = 512).
// Negative, empty, malformed, fractional-byte and overflowing values are refused with a message.
[[nodiscard]] ParsedByteSize parseByteSize(QStringView text);

// Adds offset and count, refusing a sum past the largest file offset (2^63 - 1).
// Returns an empty string when the range fits, otherwise the reason.
[[nodiscard]] QString checkRangeFits(qint64 offset, qint64 count);

// A short human form of a byte amount: "412 bytes", "1 byte", "64.0 KiB", "2.0 GiB".
[[nodiscard]] QString formatByteSize(qint64 bytes);

} // namespace rangecopy
