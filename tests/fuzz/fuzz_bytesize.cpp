// libFuzzer target: the number parser (parseByteSize) and the range check on any text.
// Besides crashes and undefined behaviour (the build adds ASan and UBSan), it checks the
// parser's promises: an accepted value is never negative and reads back the same in decimal,
// hexadecimal and KiB; a refused one says why.

#include "core/text/bytesize.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <limits>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here
}

bool isPlainDecimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace rangecopy;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ParsedByteSize parsed = parseByteSize(text);
    if (!parsed.ok()) {
        check(parsed.value == 0);
        check(!isPlainDecimal(text.trimmed()));
        return 0;
    }
    const qint64 value = parsed.value;
    check(value >= 0);
    if (isPlainDecimal(text.trimmed()))
        check(value == text.trimmed().toLongLong());
    check(parseByteSize(QString::number(value)).value == value);
    check(parseByteSize(QStringLiteral("0x") + QString::number(value, 16)).value == value);
    if (value % 1024 == 0)
        check(parseByteSize(QString::number(value / 1024) + QStringLiteral(" KiB")).value == value);
    check(!formatByteSize(value).isEmpty());
    // The sum of two accepted values is refused exactly when it would pass 2^63 - 1.
    const bool fits = checkRangeFits(value, value).isEmpty();
    check(fits == (value <= std::numeric_limits<qint64>::max() - value));
    check(checkRangeFits(value, 0).isEmpty());
    return 0;
}
