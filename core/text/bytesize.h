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

// A rate in bytes per second: the number syntax above, optionally followed by "/s"
// ("20M", "500 KiB/s", "1.5MB/s").
[[nodiscard]] ParsedByteSize parseRate(QStringView text);

// Adds offset and count, refusing a sum past the largest file offset (2^63 - 1).
// Returns an empty string when the range fits, otherwise the reason.
[[nodiscard]] QString checkRangeFits(qint64 offset, qint64 count);

// A short human form of a byte amount: "412 bytes", "1 byte", "64.0 KiB", "2.0 GiB".
[[nodiscard]] QString formatByteSize(qint64 bytes);

// A byte amount exactly and, from 1 KiB on, also in a short form: "1 byte", "412 bytes",
// "64.0 KiB (65536 bytes)".
[[nodiscard]] QString formatSizeInWords(qint64 bytes);

// A byte amount as a person would type it, exactly and in the syntax parseByteSize() reads
// back: in the largest binary unit that divides it ("8 MiB", "1536 KiB"), else in bytes
// ("1000", "0").
[[nodiscard]] QString formatExactByteSize(qint64 bytes);

// How offsets are written: the base the person chose for the preview, followed by every
// offset the window shows or writes.
enum class OffsetBase { Hexadecimal, Decimal };

// An offset in base: "0x1f" or "31" (parseByteSize() reads both back).
[[nodiscard]] QString formatOffset(qint64 offset, OffsetBase base);

} // namespace rangecopy
