// The sentences about a transfer, over every error kind, mode and count: each one grammatical,
// and the command line and the window saying the same thing (TransferMessages).

#include "app/cli/clioptions.h"
#include "app/cli/clireport.h"
#include "core/transfer/transfermessages.h"
#include "support/testsupport.h"
#include "ui/window/resultpanel.h"

#include <QRegularExpression>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

class TestMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failuresReadTheSameInTheCliAndTheWindow_data();
    void failuresReadTheSameInTheCliAndTheWindow();
    void successReadsTheSameInTheCliAndTheWindow_data();
    void successReadsTheSameInTheCliAndTheWindow();
    void progressSaysDoneSpeedAndTimeLeft();
    void rangeIsDescribedInPlainWords();
};

namespace {

constexpr std::array kAllErrors{
    TransferError::SourceNotFound,      TransferError::NotRegularFile,
    TransferError::PermissionDenied,    TransferError::DestinationFolderMissing,
    TransferError::DestinationIsFolder, TransferError::DestinationExists,
    TransferError::IdenticalFiles,      TransferError::DiskFull,
    TransferError::FileTooLarge,        TransferError::IoError,
    TransferError::InvalidRange,        TransferError::InvalidArgument,
    TransferError::VerificationFailed,  TransferError::SourceChanged,
    TransferError::DestinationChanged,  TransferError::Cancelled,
    TransferError::NothingToUndo,       TransferError::DeviceNotAllowed,
    TransferError::DeviceInUse,         TransferError::ChecksumMismatch,
};

bool writesInPlace(DestinationMode mode)
{
    return mode == DestinationMode::Overwrite || mode == DestinationMode::Append;
}

// A message as the engine words one of this kind: a clause naming the file.
QString engineMessage(TransferError error, DestinationMode mode, qint64 bytesSent)
{
    switch (error) {
    case TransferError::Cancelled:
        return u"the copy to 'd.bin' was cancelled after %1"_s.arg(
            TransferMessages::bytesWereWritten(bytesSent));
    case TransferError::DestinationChanged:
        return u"cannot write to 'd.bin': it was removed after it was checked; nothing was "
               u"written"_s;
    case TransferError::SourceChanged:
        return u"'s.bin' was written to while it was copied, so the copy could mix old and new "
               u"bytes; %1"_s.arg(writesInPlace(mode) ? u"what was written to 'd.bin' before "
                                                        u"that stays"_s
                                                      : u"'d.bin' was left as it was"_s);
    default:
        return u"cannot write to 'd.bin': %1"_s.arg(errorKindName(error));
    }
}

// What the engine returns for a copy that failed, with its message.
TransferResult failedCopy(TransferError error, DestinationMode mode, qint64 bytesSent)
{
    TransferResult result;
    result.error = error;
    result.bytesSent = bytesSent;
    result.message = engineMessage(error, mode, bytesSent);
    return result;
}

TransferResult finishedCopy(qint64 bytesSent, bool endOfFile)
{
    TransferResult result;
    result.bytesSent = bytesSent;
    result.endOfFileReached = endOfFile;
    result.elapsedSeconds = 0.5;
    return result;
}

// The command line of a copy from s.bin to d.bin.
CliOptions optionsFor(DestinationMode mode)
{
    CliOptions options;
    options.request = makeRequest(u"s.bin"_s, u"d.bin"_s, mode);
    return options;
}

} // namespace

void TestMessages::failuresReadTheSameInTheCliAndTheWindow_data()
{
    QTest::addColumn<TransferError>("error");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("bytesSent");
    // Replace and new leave the destination as it was: nothing of theirs reached it.
    const auto countsFor = [](TransferError error, DestinationMode mode) {
        return writesInPlace(mode) && !isInputError(error) ? QList<qint64>{0, 1, 4096}
                                                           : QList<qint64>{0};
    };
    for (const TransferError error : kAllErrors) {
        for (const DestinationMode mode : kAllModes) {
            for (const qint64 bytes : countsFor(error, mode))
                QTest::addRow("%s, %s, %lld bytes", qPrintable(errorKindName(error)),
                              qPrintable(modeName(mode)), static_cast<long long>(bytes))
                    << error << mode << bytes;
        }
    }
}

void TestMessages::failuresReadTheSameInTheCliAndTheWindow()
{
    QFETCH(TransferError, error);
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, bytesSent);
    const TransferResult result = failedCopy(error, mode, bytesSent);
    const CliOptions options = optionsFor(mode);

    const QString cliLine =
        QString::fromUtf8(CliReport(options, result, std::nullopt).standardError());
    ResultPanel panel;
    panel.showResult(result, options.request);
    const QStringList window = panel.details().split(u'\n');

    // The window: the CLI's clause as a sentence, then what to do.
    QVERIFY2(cliLine.startsWith(u"rangecopy-cli: "_s) && cliLine.endsWith(u'\n'),
             qPrintable(cliLine));
    const QString clause = cliLine.mid(15).chopped(1);
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.at(0), TransferMessages::asSentence(clause));
    QCOMPARE(window.at(1), TransferMessages::hint(error));
    QCOMPARE(panel.headline(),
             error == TransferError::Cancelled ? u"Cancelled"_s : u"The copy failed"_s);

    // Grammatical: a clause in the CLI, sentences in the window, counts that agree.
    QVERIFY2(clause.at(0).isLower() || clause.at(0) == u'\'', qPrintable(clause));
    QVERIFY2(!clause.endsWith(u'.'), qPrintable(clause));
    for (const QString& sentence : window) {
        QVERIFY2(sentence.at(0).isUpper() || sentence.at(0) == u'\'', qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    }
    static const QRegularExpression kFlaws(u"\\.\\.|  | \\.|;;|; ;|\\b1 bytes\\b|\\b1 byte were\\b|"
                                           u"\\b(\\d*[02-9]|\\d{2,}) byte\\b|bytes was\\b"_s);
    QVERIFY2(!kFlaws.match(panel.details()).hasMatch(), qPrintable(panel.details()));
    // Said once: how much an in-place copy left written, and only where it wrote.
    QVERIFY2(clause.count(u"before the copy stopped"_s) <= 1, qPrintable(clause));
    QVERIFY2(clause.count(u"bytes were written"_s) + clause.count(u"byte was written"_s) <= 1,
             qPrintable(clause));
    if (!writesInPlace(mode) || isInputError(error))
        QVERIFY2(!clause.contains(u"before the copy stopped"_s), qPrintable(clause));
    if (writesInPlace(mode) && !isInputError(error) && error != TransferError::DestinationChanged)
        QVERIFY2(clause.contains(TransferMessages::bytesWereWritten(bytesSent)),
                 qPrintable(clause));
}

void TestMessages::successReadsTheSameInTheCliAndTheWindow_data()
{
    QTest::addColumn<qint64>("bytesSent");
    QTest::addColumn<bool>("endOfFile");
    QTest::addColumn<QString>("headline");
    QTest::newRow("one byte") << qint64(1) << false << u"1 byte sent"_s;
    QTest::newRow("the seed") << qint64(100) << false << u"100 bytes sent"_s;
    QTest::newRow("short source") << qint64(393) << true
                                  << u"393 bytes sent (end of file reached)"_s;
    QTest::newRow("nothing") << qint64(0) << false << u"0 bytes sent"_s;
    QTest::newRow("just under 1 KiB") << qint64(1023) << false << u"1023 bytes sent"_s;
    QTest::newRow("1 KiB") << qint64(1024) << false << u"1024 bytes sent (1.0 KiB)"_s;
    QTest::newRow("3 GiB") << qint64(3221225472) << false << u"3221225472 bytes sent (3.0 GiB)"_s;
    QTest::newRow("short source, large")
        << qint64(4744) << true << u"4744 bytes sent (4.6 KiB, end of file reached)"_s;
}

void TestMessages::successReadsTheSameInTheCliAndTheWindow()
{
    QFETCH(qint64, bytesSent);
    QFETCH(bool, endOfFile);
    QFETCH(QString, headline);
    const TransferResult result = finishedCopy(bytesSent, endOfFile);
    const CliOptions options = optionsFor(DestinationMode::Replace);

    const CliReport report(options, result, std::nullopt);
    QCOMPARE(report.standardOutput(), (headline + u'\n').toUtf8());
    QCOMPARE(report.standardError(), QByteArray());
    ResultPanel panel;
    panel.showResult(result, options.request);
    QCOMPARE(panel.headline(), headline);
    QCOMPARE(panel.details(), TransferMessages::successDetails(result, options.request));
    QVERIFY2(panel.details().contains(u"method: sendfile (chosen automatically)"_s),
             qPrintable(panel.details()));
}

void TestMessages::progressSaysDoneSpeedAndTimeLeft()
{
    constexpr qint64 kMiB = 1024 * 1024;
    // At once: no speed yet, it would say more about the start than the pace.
    QCOMPARE(TransferMessages::progress(kMiB, 4 * kMiB, 0.1), u"1.0 MiB of 4.0 MiB"_s);
    QCOMPARE(TransferMessages::progress(kMiB, 4 * kMiB, 1.0),
             u"1.0 MiB of 4.0 MiB · 1.0 MiB/s · 3 s left"_s);
    QCOMPARE(TransferMessages::progress(4 * kMiB, 4 * kMiB, 2.0),
             u"4.0 MiB of 4.0 MiB · 2.0 MiB/s"_s);
    QCOMPARE(TransferMessages::progressFraction(kMiB, 4 * kMiB), 0.25);
    QCOMPARE(TransferMessages::progressFraction(0, 0), 1.0); // nothing to copy is done at once
    QCOMPARE(TransferMessages::progressFraction(5, 4), 1.0);
    QCOMPARE(TransferMessages::timeLeft(150), u"3 min left"_s);
    QCOMPARE(TransferMessages::timeLeft(5400), u"1.5 h left"_s);
    // The CLI's line is the same words after the percentage.
    ProgressLine line;
    const QByteArray shown = line.update(kMiB, 4 * kMiB);
    QVERIFY2(shown.startsWith("\r 25%  1.0 MiB of 4.0 MiB"), shown.constData());
}

void TestMessages::rangeIsDescribedInPlainWords()
{
    QCOMPARE(TransferMessages::rangeDescription(0, 100, 409), u"Bytes 0–99 of 409: 100 bytes."_s);
    QCOMPARE(TransferMessages::rangeDescription(400, 100, 409),
             u"Bytes 400–408 of 409: 9 bytes; the source ends before the count."_s);
    QCOMPARE(TransferMessages::rangeDescription(409, std::nullopt, 409),
             u"The offset 409 is at or past the end of the source, which holds 409 bytes: "
             u"nothing will be copied."_s);
    // One pair of brackets at most, and the offsets in the base the person chose.
    QCOMPARE(TransferMessages::rangeDescription(256, 1024, 5000),
             u"Bytes 256–1279 of 5000: 1.0 KiB (1024 bytes)."_s);
    QCOMPARE(TransferMessages::rangeDescription(256, 1024, 5000, OffsetBase::Hexadecimal),
             u"Bytes 0x100–0x4ff of 5000: 1.0 KiB (1024 bytes)."_s);
    QCOMPARE(TransferMessages::rangeDescription(99999, std::nullopt, 23893),
             u"The offset 99999 is at or past the end of the source, which holds 23.3 KiB "
             u"(23893 bytes): nothing will be copied."_s);
    QCOMPARE(TransferMessages::rangeDescription(16, 1024, std::nullopt, OffsetBase::Hexadecimal),
             u"1.0 KiB (1024 bytes) from byte 0x10."_s);
    QCOMPARE(TransferMessages::rangeDescription(5, 0, 409), u"Nothing to copy: the count is 0."_s);
    QCOMPARE(TransferMessages::rangeDescription(5, std::nullopt, std::nullopt),
             u"From byte 5 to the end of the source."_s);
    QCOMPARE(bytesToCopy(409, 400, 100), qint64(9));
    QCOMPARE(bytesToCopy(409, 500, std::nullopt), qint64(0));
    QCOMPARE(bytesToCopy(409, 9, std::nullopt), qint64(400));
}

QTEST_MAIN(TestMessages)

#include "tst_messages.moc"
