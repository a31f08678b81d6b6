// libFuzzer target: every parser of the scan (issue 15) on hostile bytes. The input is scanned
// whole (every signature found in it goes to its parser) and each parser is also asked about
// its start. Besides crashes, hangs and undefined behaviour (ASan and UBSan), it checks the
// scan's promises: every item starts inside the input (a partition may lie past it), a length is
// known exactly when it says how, and a parent (the item that holds it, or the table that lists it)
// comes first.

#include "core/scan/bytesource.h"
#include "core/scan/rangetype.h"
#include "core/scan/scanner.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here
}

void checkItems(const QList<rangecopy::ScanItem>& items, qint64 size, bool parentsSet)
{
    using rangecopy::LengthSource;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const rangecopy::ScanItem& item = items.at(i);
        // Every item starts inside the input, except a partition its table places past the
        // end of a cut-short disk (listed, with no length).
        check(item.offset >= 0 &&
              (item.offset < size || (item.type == QLatin1String("partition") && !item.length)));
        check(item.length.has_value() == (item.lengthFrom != LengthSource::Unknown));
        if (item.length)
            check(*item.length >= 0 && *item.length <= size - item.offset);
        check(!item.type.isEmpty() && !item.description.isEmpty());
        if (!parentsSet || item.parent < 0)
            continue;
        // The parent (the item that holds it, or the table that lists it) comes first.
        check(item.parent < i && items.at(item.parent).offset <= item.offset);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace rangecopy;
    const MemoryByteSource source(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const ScanResult result = scanSource(source, allFormatParsers());
    check(result.error.isEmpty() || size == 0);
    checkItems(result.items, qint64(size), true);
    for (const FormatParser* parser : allFormatParsers())
        checkItems(parser->parse(source, 0), qint64(size), false);
    // What a range starts with (the window's type line) sees only the range: an item starts
    // at its first byte, and a length it gives fits in it.
    if (size > 1) {
        const qint64 length = qint64(size) / 2;
        const RangeType type = identifyRange(source, 1, length);
        if (type.item)
            check(type.item->offset == 0 && (!type.item->length || *type.item->length <= length));
    }
    return 0;
}
