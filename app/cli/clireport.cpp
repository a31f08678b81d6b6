#include "app/cli/clireport.h"

#include "core/digest/checksumfile.h"
#include "core/text/displaytext.h"
#include "core/text/pathbytes.h"
#include "core/transfer/transfermessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rangecopy {

using namespace Qt::StringLiterals;

namespace {
QJsonObject errorObject(const QString& kind, const QString& message)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}}}};
}

// "hashes": {"sha256": "<hex>", ...}, in the order asked.
QJsonObject hashesObject(const QList<Digest>& digests)
{
    QJsonObject hashes;
    for (const Digest& digest : digests)
        hashes.insert(digestName(digest.algorithm), digest.hex);
    return hashes;
}

QByteArray toJsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

QByteArray CliReport::standardOutput() const
{
    return m_options.json ? jsonOutput() : humanOutput();
}

QByteArray CliReport::humanOutput() const
{
    if (!m_result.ok() || m_options.quiet)
        return {};
    QByteArray text = TransferMessages::headline(m_result).toUtf8() + '\n';
    // As sha256sum prints them: a line a checksum tool can read, naming DESTINATION.
    for (const Digest& digest : m_result.digests)
        text += checksumLine(digest, pathToBytes(m_options.request.destinationPath));
    for (const QString& path : m_result.checksumFiles)
        text += TransferMessages::asSentence(TransferMessages::checksumFileWritten(path)).toUtf8() +
                '\n';
    if (m_previewBytes) {
        QString preview = escapeForDisplay(*m_previewBytes);
        if (!preview.isEmpty() && !preview.endsWith(u'\n'))
            preview += u'\n';
        text += preview.toUtf8();
    }
    return text;
}

QByteArray CliReport::jsonOutput() const
{
    return toJsonLine(jsonObject());
}

QJsonObject CliReport::jsonObject() const
{
    if (!m_result.ok()) {
        QJsonObject failure = errorObject(errorKindName(m_result.error), m_result.message);
        // What reached the destination: 0 for replace and new, the written span in place.
        failure.insert(QStringLiteral("bytes_sent"), m_result.bytesSent);
        if (m_options.request.keepUndo)
            failure.insert(QStringLiteral("undo_kept"), m_result.undoKept);
        if (m_options.request.keepPartial || m_options.request.resume)
            failure.insert(QStringLiteral("bytes_kept"), m_result.bytesKept);
        if (m_result.verification == Verification::Differed) {
            const TransferRequest& request = m_options.request;
            failure.insert(QStringLiteral("verified"), false);
            failure.insert(
                QStringLiteral("first_difference"),
                QJsonObject{{QStringLiteral("source"), request.offset + m_result.firstDifference},
                            {QStringLiteral("destination"),
                             m_result.destinationStart + m_result.firstDifference}});
            failure.insert(QStringLiteral("differing_bytes"), m_result.differingBytes);
        }
        // A checksum that did not match, or a checksum file that failed: the digests say why.
        if (!m_result.digests.isEmpty())
            failure.insert(QStringLiteral("hashes"), hashesObject(m_result.digests));
        return failure;
    }
    const TransferRequest& request = m_options.request;
    QJsonObject object{
        {QStringLiteral("bytes_sent"), m_result.bytesSent},
        {QStringLiteral("bytes_in_holes"), m_result.bytesInHoles},
        {QStringLiteral("bytes_shared"), m_result.bytesShared},
        {QStringLiteral("eof"), m_result.endOfFileReached},
        {QStringLiteral("source"), pathWithReplacements(request.sourcePath)},
        {QStringLiteral("destination"), pathWithReplacements(request.destinationPath)},
        {QStringLiteral("offset"), request.offset},
        {QStringLiteral("count"), request.count ? QJsonValue(*request.count) : QJsonValue()},
        {QStringLiteral("dest_offset"), m_result.destinationStart},
        {QStringLiteral("mode"), modeName(request.mode)},
        {QStringLiteral("method"), methodName(m_result.methodUsed)},
        {QStringLiteral("elapsed_s"), m_result.elapsedSeconds},
        {QStringLiteral("verified"), m_result.verification == Verification::NotAsked
                                         ? QJsonValue()
                                         : QJsonValue(verificationName(m_result.verification))},
    };
    if (!m_result.digests.isEmpty())
        object.insert(QStringLiteral("hashes"), hashesObject(m_result.digests));
    if (!m_result.checksumFiles.isEmpty()) {
        QJsonArray files;
        for (const QString& path : m_result.checksumFiles)
            files.append(pathWithReplacements(path));
        object.insert(QStringLiteral("checksum_files"), files);
    }
    // A name that is not UTF-8 shows with U+FFFD above; its bytes, in hexadecimal, say it
    // exactly.
    if (pathHasRawBytes(request.sourcePath))
        object.insert(QStringLiteral("source_bytes"),
                      QString::fromLatin1(pathToBytes(request.sourcePath).toHex()));
    if (pathHasRawBytes(request.destinationPath))
        object.insert(QStringLiteral("destination_bytes"),
                      QString::fromLatin1(pathToBytes(request.destinationPath).toHex()));
    if (m_previewBytes)
        object.insert(QStringLiteral("preview"), escapeForDisplay(*m_previewBytes));
    if (request.keepUndo)
        object.insert(QStringLiteral("undo_kept"), m_result.undoKept);
    if (request.resume)
        object.insert(QStringLiteral("resumed_from"), m_result.resumedFrom);
    return object;
}

QByteArray CliReport::standardError() const
{
    if (m_result.ok())
        return {};
    // One line, whatever the message quotes: a file name may hold a newline.
    const QString message = TransferMessages::failure(m_result, m_options.request.mode);
    return "rangecopy-cli: " + escapeForOneLine(message.toUtf8()).toUtf8() + '\n';
}

int CliReport::exitCode() const
{
    if (m_result.ok())
        return kExitSuccess;
    if (m_result.error == TransferError::Cancelled)
        return kExitInterrupted;
    return isInputError(m_result.error) ? kExitBadInput : kExitTransferFailed;
}

QByteArray CliReport::jsonUsageError(const QString& message)
{
    QJsonObject failure = errorObject(errorKindName(TransferError::InvalidArgument), message);
    failure.insert(QStringLiteral("bytes_sent"), 0); // nothing was written
    return toJsonLine(failure);
}

QByteArray UndoReport::standardOutput() const
{
    const QString& destination = m_options.request.destinationPath;
    if (m_options.json) {
        if (!m_result.ok()) {
            QJsonObject failure = errorObject(errorKindName(m_result.error), m_result.message);
            failure.insert(QStringLiteral("undone"), false);
            return toJsonLine(failure);
        }
        return toJsonLine({{QStringLiteral("undone"), true},
                           {QStringLiteral("destination"), destination},
                           {QStringLiteral("message"), m_result.message}});
    }
    if (!m_result.ok() || m_options.quiet)
        return {};
    return TransferMessages::asSentence(m_result.message).toUtf8() + '\n';
}

QByteArray UndoReport::standardError() const
{
    if (m_result.ok())
        return {};
    return "rangecopy-cli: " + escapeForOneLine(m_result.message.toUtf8()).toUtf8() + '\n';
}

int UndoReport::exitCode() const
{
    if (m_result.ok())
        return kExitSuccess;
    return m_result.error == TransferError::DestinationChanged || isInputError(m_result.error)
               ? kExitBadInput
               : kExitTransferFailed;
}

QByteArray CompareReport::standardOutput() const
{
    const CompareRequest& request = m_options.compare;
    if (m_options.json) {
        if (!m_result.ok())
            return toJsonLine(
                errorObject(m_result.inputError ? u"invalid_argument"_s : u"io_error"_s,
                            m_result.summary(request)));
        const QJsonValue first =
            m_result.equal()
                ? QJsonValue()
                : QJsonObject{{u"source"_s, request.offset + m_result.firstDifference},
                              {u"other"_s, request.otherOffset + m_result.firstDifference}};
        return toJsonLine({{u"equal"_s, m_result.equal()},
                           {u"compared_bytes"_s, m_result.comparedBytes},
                           {u"differing_bytes"_s, m_result.differingBytes},
                           {u"first_difference"_s, first},
                           {u"source"_s, pathWithReplacements(request.sourcePath)},
                           {u"offset"_s, request.offset},
                           {u"other"_s, pathWithReplacements(request.otherPath)},
                           {u"other_offset"_s, request.otherOffset}});
    }
    if (!m_result.ok() || m_options.quiet)
        return {};
    return TransferMessages::asSentence(m_result.summary(m_options.compare)).toUtf8() + '\n';
}

QByteArray CompareReport::standardError() const
{
    if (m_result.ok())
        return {};
    return "rangecopy-cli: " +
           escapeForOneLine(m_result.summary(m_options.compare).toUtf8()).toUtf8() + '\n';
}

int CompareReport::exitCode() const
{
    if (!m_result.ok())
        return m_result.inputError ? kExitBadInput : kExitTransferFailed;
    return m_result.equal() ? kExitSuccess : kExitDifferent;
}

QByteArray ProgressLine::update(qint64 bytesDone, qint64 bytesExpected)
{
    constexpr auto kInterval = std::chrono::milliseconds(100);
    const auto now = std::chrono::steady_clock::now();
    if (m_lastShown && now - *m_lastShown < kInterval)
        return {};
    m_lastShown = now;
    return '\r' + line(bytesDone, bytesExpected);
}

QByteArray ProgressLine::finish(qint64 bytesDone, qint64 bytesExpected)
{
    if (!m_lastShown)
        return {};
    return '\r' + line(bytesDone, bytesExpected) + '\n';
}

QByteArray ProgressLine::line(qint64 bytesDone, qint64 bytesExpected) const
{
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    const int percent = int(100.0 * TransferMessages::progressFraction(bytesDone, bytesExpected));
    // The trailing spaces clear what a longer line before it left on the terminal.
    return QStringLiteral("%1%  %2   ")
        .arg(percent, 3)
        .arg(TransferMessages::progress(bytesDone, bytesExpected, seconds))
        .toUtf8();
}

} // namespace rangecopy

namespace rangecopy {

QByteArray JsonProgress::event(QJsonObject object) const
{
    if (m_line > 0)
        object.insert(u"line"_s, m_line);
    return toJsonLine(object);
}

QByteArray JsonProgress::start(const TransferRequest& request)
{
    m_started = std::chrono::steady_clock::now();
    return event({{u"event"_s, u"start"_s},
                  {u"source"_s, pathWithReplacements(request.sourcePath)},
                  {u"destination"_s, pathWithReplacements(request.destinationPath)}});
}

QByteArray JsonProgress::update(qint64 bytesDone, qint64 bytesExpected)
{
    constexpr auto kInterval = std::chrono::milliseconds(100);
    const auto now = std::chrono::steady_clock::now();
    if (m_lastShown && now - *m_lastShown < kInterval)
        return {};
    m_lastShown = now;
    const double seconds = std::chrono::duration<double>(now - m_started).count();
    const double rate = seconds > 0 ? double(bytesDone) / seconds : 0.0;
    const QJsonValue left = rate > 0 && bytesExpected >= bytesDone
                                ? QJsonValue(double(bytesExpected - bytesDone) / rate)
                                : QJsonValue();
    return event({{u"event"_s, u"progress"_s},
                  {u"bytes_done"_s, bytesDone},
                  {u"bytes_total"_s, bytesExpected},
                  {u"bytes_per_second"_s, qint64(rate)},
                  {u"seconds_left"_s, left}});
}

QByteArray JsonProgress::finish(const TransferResult& result) const
{
    QJsonObject object{
        {u"event"_s, u"end"_s}, {u"ok"_s, result.ok()}, {u"bytes_sent"_s, result.bytesSent}};
    if (!result.ok())
        object.insert(u"error"_s, errorKindName(result.error));
    return event(object);
}

} // namespace rangecopy
