#pragma once

#include <QString>
#include <QStringView>

namespace rangecopy {

// A file name or a typed value in single quotes, as every message quotes them: 'disk.img'.
[[nodiscard]] inline QString quoted(QStringView text)
{
    return u'\'' + text.toString() + u'\'';
}

} // namespace rangecopy
