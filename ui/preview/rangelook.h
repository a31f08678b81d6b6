#pragma once

#include "core/scan/rangetype.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace rangecopy {

// What a range of a file is, for the preview: its type in words and, when it is an image Qt
// can decode, the image (scaled down to at most kImageBox) or why it cannot be shown.
struct RangeLook {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::RangeLook)

public:
    RangeType type;
    bool isImage = false; // the bytes start an image: image or imageError says more
    QImage image;         // decoded, at most kImageBox
    QSize pixelSize;      // the image's own size
    QString imageFormat;  // as Qt names it: "png", "jpeg"
    QString imageError;   // why the image cannot be shown, in a sentence; empty when shown
    QString imageNote;    // what the picture shown leaves out ("cut short at the range's end")

    // Images larger than this are decoded scaled down, so a huge picture costs no more memory
    // than a screen's worth.
    static constexpr int kImageBox = 2048;
    // The most of a range read to decode an image from.
    static constexpr qint64 kImageBytesLimit = 64 * 1024 * 1024;
};

// Looks at [offset, offset + length) of path: names its type and decodes it when it is an
// image. Blocks as long as the file takes and decoding lasts: call it on a worker.
[[nodiscard]] RangeLook lookAtRange(const QString& path, qint64 offset, qint64 length);

} // namespace rangecopy
