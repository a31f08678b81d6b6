#include "app/common/rawarguments.h"

#include "core/text/displaytext.h"

#include <QCoreApplication>
#include <QFile>

namespace rangecopy {

QString checkArgumentEncoding(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        if (QFile::encodeName(QFile::decodeName(bytes)) == bytes)
            continue;
        return QCoreApplication::translate("rangecopy::RawArguments",
                                           "the argument '%1' is not valid UTF-8, so it cannot be "
                                           "used as it is; rename the file, or use a link to it "
                                           "with a valid name")
            .arg(escapeForOneLine(bytes));
    }
    return {};
}

} // namespace rangecopy
