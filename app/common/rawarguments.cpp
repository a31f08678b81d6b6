#include "app/common/rawarguments.h"

#include "core/text/pathbytes.h"

namespace rangecopy {

QStringList argumentsAsPaths(int argc, const char* const* argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << pathFromBytes(argv[i]);
    return arguments;
}

} // namespace rangecopy
