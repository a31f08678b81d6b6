#pragma once

#include "core/transfer/transferrequest.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace rangecopy {

// The options both programs take to say what to copy and how to write it: -o/--offset,
// -n/--count and -m/--mode, with the same names, help and errors in rangecopy-cli and in
// `rangecopy SOURCE DESTINATION` (which fills in the window).
class RangeOptions {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::RangeOptions)

public:
    RangeOptions();

    void addTo(QCommandLineParser& parser) const;
    // Reads what the parser found into offset, count and mode; returns one line saying what
    // was wrong, or an empty string.
    [[nodiscard]] QString read(const QCommandLineParser& parser);

    // An option's byte amount in the number syntax (bytesize.h) into value; returns
    // "--NAME: reason", or an empty string.
    [[nodiscard]] static QString readByteSize(const QCommandLineParser& parser,
                                              const QCommandLineOption& option, qint64& value);

    std::optional<qint64> offset;
    std::optional<qint64> count;
    std::optional<DestinationMode> mode;

private:
    QCommandLineOption m_offset;
    QCommandLineOption m_count;
    QCommandLineOption m_mode;
};

} // namespace rangecopy
