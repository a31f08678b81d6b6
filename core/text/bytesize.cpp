#include "core/text/bytesize.h"

#include "core/text/quoted.h"

#include <array>
#include <limits>

namespace rangecopy {

namespace {

constexpr qint64 kMaxBytes = std::numeric_limits<qint64>::max();
constexpr int kMaxDigits = 30; // more digits than any accepted value can need

struct Unit {
    const char16_t* name;
    qint64 multiplier;
};

constexpr qint64 kKi = 1024;
constexpr std::array kUnits{
    Unit{u"b", 1},
    Unit{u"k", kKi},
    Unit{u"kib", kKi},
    Unit{u"kb", 1000},
    Unit{u"m", kKi* kKi},
    Unit{u"mib", kKi* kKi},
    Unit{u"mb", 1000 * 1000},
    Unit{u"g", kKi* kKi* kKi},
    Unit{u"gib", kKi* kKi* kKi},
    Unit{u"gb", 1000LL * 1000 * 1000},
    Unit{u"t", kKi* kKi* kKi* kKi},
    Unit{u"tib", kKi* kKi* kKi* kKi},
    Unit{u"tb", 1000LL * 1000 * 1000 * 1000},
};

ParsedByteSize refuse(const QString& reason)
{
    return {0, reason};
}

QString tooLarge(QStringView text)
{
    return ParsedByteSize::tr("%1 is too large: the largest accepted value is %2 bytes")
        .arg(quoted(text))
        .arg(kMaxBytes);
}

bool isDecimalDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The value of a hexadecimal digit, or -1 when c is none.
int hexDigitValue(QChar c)
{
    const char16_t lower = c.toLower().unicode();
    if (lower >= u'0' && lower <= u'9')
        return lower - u'0';
    if (lower >= u'a' && lower <= u'f')
        return lower - u'a' + 10;
    return -1;
}

ParsedByteSize parseHex(QStringView text, QStringView digits)
{
    if (digits.isEmpty())
        return refuse(
            ParsedByteSize::tr("%1 is not a number: digits must follow 0x").arg(quoted(text)));
    qint64 value = 0;
    for (QChar c : digits) {
        const int digit = hexDigitValue(c);
        if (digit < 0)
            return refuse(ParsedByteSize::tr("%1 is not a number: '%2' is not a hexadecimal digit")
                              .arg(quoted(text), QString(c)));
        if (value > (kMaxBytes - digit) / 16)
            return refuse(tooLarge(text));
        value = value * 16 + digit;
    }
    return {value, {}};
}

} // namespace

ParsedByteSize parseByteSize(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return refuse(ParsedByteSize::tr(
            "no value given: enter a number of bytes such as 4096, 0x1000 or 4 KiB"));
    if (text.startsWith(u'-'))
        return refuse(
            ParsedByteSize::tr("%1 is negative: byte amounts start at 0").arg(quoted(text)));
    if (text.startsWith(u'+'))
        return refuse(
            ParsedByteSize::tr("%1 is not a number: leave out the sign").arg(quoted(text)));
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        return parseHex(text, text.mid(2));

    // Split into whole digits, fraction digits and the unit suffix.
    qsizetype pos = 0;
    QString wholeDigits;
    QString fractionDigits;
    while (pos < text.size() && isDecimalDigit(text[pos]))
        wholeDigits += text[pos++];
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        while (pos < text.size() && isDecimalDigit(text[pos]))
            fractionDigits += text[pos++];
        if (fractionDigits.isEmpty())
            return refuse(
                ParsedByteSize::tr("%1 is not a number: digits must follow the decimal point")
                    .arg(quoted(text)));
    }
    if (wholeDigits.isEmpty() && fractionDigits.isEmpty())
        return refuse(
            ParsedByteSize::tr("%1 is not a number: use digits, 0x for hexadecimal, and a unit "
                               "such as B, K, KiB, KB, M, MB, G or GB")
                .arg(quoted(text)));
    const QString suffix = text.mid(pos).trimmed().toString().toLower();

    qint64 multiplier = 1;
    if (!suffix.isEmpty()) {
        bool known = false;
        for (const Unit& unit : kUnits) {
            if (suffix == QStringView(unit.name)) {
                multiplier = unit.multiplier;
                known = true;
                break;
            }
        }
        if (!known)
            return refuse(
                ParsedByteSize::tr("%1 has an unknown unit '%2': use B, K, KiB, KB, M, MiB, MB, G, "
                                   "GiB, GB, T, TiB or TB")
                    .arg(quoted(text), text.mid(pos).trimmed().toString()));
    }

    // Strip leading zeros so that long zero-padded values are not mistaken for huge ones.
    while (wholeDigits.size() > 1 && wholeDigits.startsWith(u'0'))
        wholeDigits.remove(0, 1);
    while (fractionDigits.endsWith(u'0'))
        fractionDigits.chop(1);
    if (wholeDigits.size() > kMaxDigits)
        return refuse(tooLarge(text));
    if (fractionDigits.size() > kMaxDigits)
        return refuse(ParsedByteSize::tr("%1 is not a whole number of bytes").arg(quoted(text)));

    // Exact arithmetic: value = (whole * 10^k + fraction) * multiplier / 10^k.
    __extension__ typedef unsigned __int128 Wide; // a GCC and Clang extension
    Wide mantissa = 0;
    for (QChar c : wholeDigits + fractionDigits)
        mantissa = mantissa * 10 + static_cast<unsigned>(c.unicode() - u'0');
    Wide scale = 1;
    for (qsizetype i = 0; i < fractionDigits.size(); ++i)
        scale *= 10;
    // 30 digits fit in 100 bits and multipliers below 2^41: no wrap in 128 bits.
    const Wide scaled = mantissa * static_cast<Wide>(multiplier);
    if (scaled % scale != 0)
        return refuse(ParsedByteSize::tr("%1 is not a whole number of bytes").arg(quoted(text)));
    const Wide value = scaled / scale;
    if (value > static_cast<Wide>(kMaxBytes))
        return refuse(tooLarge(text));
    return {static_cast<qint64>(value), {}};
}

ParsedByteSize parseRate(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.endsWith(u"/s", Qt::CaseInsensitive))
        text.chop(2);
    return parseByteSize(text);
}

QString checkRangeFits(qint64 offset, qint64 count)
{
    if (offset < 0 || count < 0)
        return ParsedByteSize::tr("offsets and counts cannot be negative");
    if (offset > kMaxBytes - count)
        return ParsedByteSize::tr("offset %1 plus count %2 goes past the largest file offset (%3)")
            .arg(offset)
            .arg(count)
            .arg(kMaxBytes);
    return {};
}

QString formatByteSize(qint64 bytes)
{
    if (bytes == 1)
        return ParsedByteSize::tr("1 byte");
    if (bytes < kKi)
        return ParsedByteSize::tr("%1 bytes").arg(bytes);
    static constexpr std::array kNames{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double amount = static_cast<double>(bytes) / kKi;
    std::size_t unit = 0;
    while (amount >= 1024.0 && unit + 1 < kNames.size()) {
        amount /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(amount, 0, 'f', 1).arg(QLatin1String(kNames[unit]));
}

QString formatSizeInWords(qint64 bytes)
{
    if (bytes < kKi)
        return formatByteSize(bytes);
    return ParsedByteSize::tr("%1 (%2 bytes)").arg(formatByteSize(bytes)).arg(bytes);
}

QString formatExactByteSize(qint64 bytes)
{
    static constexpr std::array kNames{"TiB", "GiB", "MiB", "KiB"};
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        const qint64 unit = qint64(1) << (10 * (kNames.size() - i));
        if (bytes >= unit && bytes % unit == 0)
            return QStringLiteral("%1 %2").arg(bytes / unit).arg(QLatin1String(kNames[i]));
    }
    return QString::number(bytes);
}

QString formatOffset(qint64 offset, OffsetBase base)
{
    if (base == OffsetBase::Hexadecimal)
        return QStringLiteral("0x") + QString::number(offset, 16);
    return QString::number(offset);
}

} // namespace rangecopy
