#pragma once

#include "core/text/pathbytes.h"

#include <QString>
#include <QStringView>

namespace rangecopy {

// A file name or a typed value in single quotes, as every message quotes them: 'disk.img'.
// Bytes of a name that are not UTF-8 show as \xNN (pathForDisplay()).
[[nodiscard]] inline QString quoted(QStringView text)
{
    return u'\'' + pathForDisplay(text) + u'\'';
}

} // namespace rangecopy
