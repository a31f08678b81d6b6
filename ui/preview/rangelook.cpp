#include "ui/preview/rangelook.h"

#include "core/preview/rangereader.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>

namespace rangecopy {

namespace {

// Decodes bytes into look: the image scaled to fit kImageBox, its pixel size, or why not.
void decodeImage(const QByteArray& bytes, RangeLook& look)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead()) {
        look.imageError =
            RangeLook::tr("Qt cannot decode this image: %1.")
                .arg(reader.errorString().isEmpty() ? look.type.mimeType : reader.errorString());
        return;
    }
    look.imageFormat = QString::fromLatin1(reader.format());
    look.pixelSize = reader.size();
    const QSize box(RangeLook::kImageBox, RangeLook::kImageBox);
    if (look.pixelSize.isValid() &&
        (look.pixelSize.width() > box.width() || look.pixelSize.height() > box.height()))
        reader.setScaledSize(look.pixelSize.scaled(box, Qt::KeepAspectRatio));
    look.image = reader.read();
    if (look.image.isNull()) {
        look.imageError =
            RangeLook::tr("The image cannot be shown: %1. Its bytes may be damaged or cut short.")
                .arg(reader.errorString());
        return;
    }
    if (!look.pixelSize.isValid())
        look.pixelSize = look.image.size();
}

} // namespace

RangeLook lookAtRange(const QString& path, qint64 offset, qint64 length)
{
    RangeLook look;
    look.type = identifyFileRange(path, offset, length);
    if (!look.type.error.isEmpty() || !look.type.looksLikeImage())
        return look;
    look.isImage = true;
    // The image's own length when the scan knows it, else the range, at most the limit.
    qint64 imageLength = std::min(length, RangeLook::kImageBytesLimit);
    if (look.type.item && look.type.item->length)
        imageLength = std::min(imageLength, *look.type.item->length);
    const RangeReadResult read = readRange(path, offset, imageLength);
    if (!read.ok()) {
        look.imageError = read.error;
        return look;
    }
    decodeImage(read.bytes, look);
    // A format the scan knows whose end it did not find within the range: cut short.
    if (look.imageError.isEmpty() && look.type.item && !look.type.item->length)
        look.imageNote = RangeLook::tr("The image's end is not in the range, so it is cut short: "
                                       "what is missing is left blank.");
    return look;
}

} // namespace rangecopy
