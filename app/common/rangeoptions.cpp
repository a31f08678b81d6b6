#include "app/common/rangeoptions.h"

#include "core/text/bytesize.h"
#include "core/text/quoted.h"

#include <QCommandLineParser>

namespace rangecopy {

RangeOptions::RangeOptions()
    : m_offset({QStringLiteral("o"), QStringLiteral("offset")},
               tr("Start copying at byte N of SOURCE (default 0)."), QStringLiteral("N"))
    , m_count({QStringLiteral("n"), QStringLiteral("count")},
              tr("Copy N bytes (default: to the end of SOURCE)."), QStringLiteral("N"))
    , m_mode({QStringLiteral("m"), QStringLiteral("mode")},
             tr("What to do to DESTINATION: replace (default), overwrite, append or new."),
             QStringLiteral("MODE"))
{
}

void RangeOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_offset, m_count, m_mode});
}

QString RangeOptions::readByteSize(const QCommandLineParser& parser,
                                   const QCommandLineOption& option, qint64& value)
{
    const ParsedByteSize parsed = parseByteSize(parser.value(option));
    if (!parsed.ok())
        return QStringLiteral("--%1: %2").arg(option.names().constLast(), parsed.error);
    value = parsed.value;
    return {};
}

QString RangeOptions::read(const QCommandLineParser& parser)
{
    for (auto [option, target] : {std::pair{&m_offset, &offset}, std::pair{&m_count, &count}}) {
        if (!parser.isSet(*option))
            continue;
        qint64 value = 0;
        if (QString error = readByteSize(parser, *option, value); !error.isEmpty())
            return error;
        *target = value;
    }
    if (parser.isSet(m_mode)) {
        mode = modeFromName(parser.value(m_mode));
        if (!mode)
            return tr("--mode: unknown mode %1: use %2")
                .arg(quoted(parser.value(m_mode)), modeNames().join(u", "));
    }
    return {};
}

} // namespace rangecopy
