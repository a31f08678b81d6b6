#include "core/preview/bytesearch.h"

#include "core/io/fileerror.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"

#include <QByteArrayView>

#include <algorithm>

namespace rangecopy {

namespace {

constexpr qint64 kBlockSize = 1024 * 1024;

} // namespace

SearchResult findBytes(const QString& path, const QByteArray& pattern, qint64 from,
                       SearchDirection direction, const SearchProgress& progress)
{
    SearchResult result;
    const QString cannotSearch = SearchResult::tr("cannot search %1: %2");
    const RegularFile file = openRegularFileForReading(
        path,
        {.notRegular = SearchResult::tr("cannot search %1: it is not a regular file"),
         .cannotOpen = cannotSearch,
         .cannotStat = cannotSearch},
        BlockDevices::Accept);
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    const qint64 size = file.status.st_size;
    const qint64 overlap = pattern.size() - 1;
    if (pattern.isEmpty() || pattern.size() > size)
        return result;

    // Blocks overlap by the pattern's length less one, so a match across a border is found.
    const bool forward = direction == SearchDirection::Forward;
    qint64 start = forward ? std::clamp<qint64>(from, 0, size) : 0;
    qint64 end = forward ? size : std::clamp<qint64>(from - 1 + pattern.size(), 0, size);
    const qint64 total = end - start;
    qint64 searched = 0;
    QByteArray block;
    while (end - start >= pattern.size()) {
        const qint64 length = std::min(kBlockSize + overlap, end - start);
        const qint64 blockOffset = forward ? start : end - length;
        if (const ReadOutcome read = readFully(file.descriptor.get(), block, length, blockOffset);
            !read.ok()) {
            result.error = fileErrorMessage(SearchResult::tr("cannot read %1 while searching: %2"),
                                            path, read.error);
            return result;
        }
        const QByteArrayView view(block);
        const qsizetype hit = forward ? view.indexOf(pattern) : view.lastIndexOf(pattern);
        if (hit >= 0) {
            result.offset = blockOffset + hit;
            return result;
        }
        if (block.size() < length)
            break; // the file shrank
        const qint64 advance = std::max<qint64>(length - overlap, 1);
        if (forward)
            start += advance;
        else
            end -= advance;
        searched += advance;
        if (progress && !progress(std::min(searched, total), total)) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}

QByteArray parseHexPattern(QStringView text, QString* error)
{
    QString digits;
    for (const QString& part : text.toString().split(u' ', Qt::SkipEmptyParts)) {
        digits += part.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive) ? part.mid(2) : part;
    }
    QByteArray bytes;
    if (digits.isEmpty() || digits.size() % 2 != 0) {
        if (error)
            *error = digits.isEmpty() ? SearchResult::tr("enter hex bytes such as 50 79 74")
                                      : SearchResult::tr("hex bytes come in pairs of digits");
        return {};
    }
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        bool ok = false;
        const uint byte = QStringView(digits).mid(i, 2).toUInt(&ok, 16);
        if (!ok) {
            if (error)
                *error = SearchResult::tr("'%1' is not a hex byte").arg(digits.mid(i, 2));
            return {};
        }
        bytes += char(byte);
    }
    if (error)
        error->clear();
    return bytes;
}

} // namespace rangecopy
