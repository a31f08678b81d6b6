// Proof in the window: checksums chosen in the form, shown and copied with the result,
// checksum files, an expected checksum, and a verification that differed shown in the preview.

#include "core/digest/checksumfile.h"
#include "core/digest/digester.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/hexview.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/comparedialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

QString digestOf(DigestAlgorithm algorithm, const QByteArray& bytes)
{
    Digester digester({algorithm});
    digester.add(bytes.constData(), bytes.size());
    return digester.finish().first().hex;
}

} // namespace

class TestWindowChecksums : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void checksumsAreShownAndCopied();
    void checksumFilesInReplaceModeOnly();
    void anExpectedChecksumDecidesWhetherTheCopyGoesIn();
    void aWrongExpectedChecksumIsSaidBesideTheField();
    void theChosenChecksumsAreRemembered();
    void aFailedVerifyShowsTheFirstDifference();
    void compareWithShowsBothFilesAtTheFirstDifference();

private:
    void fill(const QString& source, const QString& destination, qint64 count);
    void copyAndWait();
};

void TestWindowChecksums::fill(const QString& source, const QString& destination, qint64 count)
{
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(source));
    typeInto(form->destinationField()->lineEdit(), path(destination));
    if (count >= 0)
        typeInto(form->countEdit(), QString::number(count));
}

void TestWindowChecksums::copyAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
}

void TestWindowChecksums::checksumsAreShownAndCopied()
{
    // The seed example, with two checksums ticked.
    QVERIFY(QFile::copy(QStringLiteral(RANGECOPY_SAMPLE_PATH), path(u"Python_intro.txt"_s)));
    fill(u"Python_intro.txt"_s, u"newfile.txt"_s, 100);
    TransferForm* form = m_window->form();
    form->digestCheck(DigestAlgorithm::Sha256)->setChecked(true);
    form->digestCheck(DigestAlgorithm::Xxh3)->setChecked(true);
    QCOMPARE(form->request().digests,
             (QList<DigestAlgorithm>{DigestAlgorithm::Sha256, DigestAlgorithm::Xxh3}));
    copyAndWait();

    ResultPanel* result = m_window->resultPanel();
    QCOMPARE(result->headline(), u"100 bytes sent"_s);
    const QByteArray copied = readFile(path(u"newfile.txt"_s));
    QCOMPARE(copied.size(), 100);
    const QString sha = digestOf(DigestAlgorithm::Sha256, copied);
    const QString xxh = digestOf(DigestAlgorithm::Xxh3, copied);
    QCOMPARE(sha, u"37dcf73e7d7551d46e27d590d48230b6a2e6184e0b64f68d2e2d905c0fbb59ea"_s);
    QCOMPARE(result->checksums(), u"SHA-256 "_s + sha + u"\nXXH3    "_s + xxh);

    QApplication::clipboard()->clear();
    result->copyChecksumsButton()->click();
    const QByteArray name = path(u"newfile.txt"_s).toUtf8();
    QCOMPARE(QApplication::clipboard()->text().toUtf8(),
             checksumLine({DigestAlgorithm::Sha256, sha}, name) +
                 checksumLine({DigestAlgorithm::Xxh3, xxh}, name));

    // Without checksums the block is gone.
    form->digestCheck(DigestAlgorithm::Sha256)->setChecked(false);
    form->digestCheck(DigestAlgorithm::Xxh3)->setChecked(false);
    copyAndWait();
    QCOMPARE(result->checksums(), QString());
    QVERIFY(!result->copyChecksumsButton()->isVisible());
}

void TestWindowChecksums::checksumFilesInReplaceModeOnly()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(70000, 3)));
    fill(u"source.bin"_s, u"copy.bin"_s, -1);
    TransferForm* form = m_window->form();
    form->digestCheck(DigestAlgorithm::Blake2b)->setChecked(true);
    form->checksumFilesCheck()->setChecked(true);
    QVERIFY(form->request().writeChecksumFiles);
    copyAndWait();
    const QString checksumFile = path(u"copy.bin.b2"_s);
    QCOMPARE(readFile(checksumFile),
             checksumLine({DigestAlgorithm::Blake2b,
                           digestOf(DigestAlgorithm::Blake2b, patternBytes(70000, 3))},
                          "copy.bin"));
    const QString details = m_window->resultPanel()->details();
    QVERIFY2(
        details.contains(u"checksum file '%1' written (b2sum -c checks it)"_s.arg(checksumFile)),
        qPrintable(details));

    // Overwrite writes a range into a file: a checksum file would describe the wrong bytes.
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findData(int(DestinationMode::Overwrite)));
    QVERIFY(!form->checksumFilesCheck()->isEnabled());
    QVERIFY(!form->request().writeChecksumFiles);
    QVERIFY(form->checksumFilesCheck()->isChecked()); // kept for when the mode comes back
    form->modeCombo()->setCurrentIndex(form->modeCombo()->findData(int(DestinationMode::Replace)));
    QVERIFY(form->checksumFilesCheck()->isEnabled());
    QVERIFY(form->request().writeChecksumFiles);
}

void TestWindowChecksums::anExpectedChecksumDecidesWhetherTheCopyGoesIn()
{
    const QByteArray source = patternBytes(50000, 4);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    QVERIFY(writeFile(path(u"firmware.bin"_s), "the old firmware"));
    fill(u"source.bin"_s, u"firmware.bin"_s, -1);
    const QString right = digestOf(DigestAlgorithm::Sha256, source);
    QString wrong = right;
    wrong[5] = right.at(5) == u'a' ? u'b' : u'a';
    TransferForm* form = m_window->form();

    // Pasted from the clipboard, as a line of a SHA256SUMS file.
    QApplication::clipboard()->setText(wrong + u"  firmware.bin\n"_s);
    form->pasteExpectedButton()->click();
    waitForChecks();
    QCOMPARE(form->request().expectedDigest, (Digest{DigestAlgorithm::Sha256, wrong}));
    QCOMPARE(form->problem(), QString());
    copyAndWait();
    ResultPanel* result = m_window->resultPanel();
    QCOMPARE(readFile(path(u"firmware.bin"_s)), "the old firmware"_ba);
    QVERIFY2(result->details().contains(right) && result->details().contains(wrong),
             qPrintable(result->details()));
    QVERIFY2(result->details().contains(u"'%1' was left as it was"_s.arg(path(u"firmware.bin"_s))),
             qPrintable(result->details()));
    QCOMPARE(result->checksums(), u"SHA-256 "_s + right);

    typeInto(form->expectedEdit(), u"SHA256:"_s + right.toUpper());
    copyAndWait();
    QCOMPARE(readFile(path(u"firmware.bin"_s)), source);
    QVERIFY2(result->details().contains(u"the SHA-256 checksum matches the expected one"_s),
             qPrintable(result->details()));
}

void TestWindowChecksums::aWrongExpectedChecksumIsSaidBesideTheField()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(100, 5)));
    fill(u"source.bin"_s, u"copy.bin"_s, -1);
    TransferForm* form = m_window->form();
    waitForChecks();
    QCOMPARE(form->problem(), QString());
    typeInto(form->expectedEdit(), u"sha256:1234"_s);
    QLabel* error = form->expectedErrorLabel();
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"a sha256 digest is 64 hexadecimal digits; '1234' is not one"_s);
    QCOMPARE(form->problem(), u"Expected checksum: a sha256 digest is 64 hexadecimal digits; "
                              "'1234' is not one."_s);
    QVERIFY(!m_window->startButton()->isEnabled());
    form->expectedEdit()->clear();
    waitForChecks();
    QVERIFY(!error->isVisible());
    QCOMPARE(form->problem(), QString());
}

void TestWindowChecksums::theChosenChecksumsAreRemembered()
{
    TransferForm* form = m_window->form();
    form->digestCheck(DigestAlgorithm::Md5)->setChecked(true);
    form->digestCheck(DigestAlgorithm::Xxh128)->setChecked(true);
    form->checksumFilesCheck()->setChecked(true);
    typeInto(form->expectedEdit(), u"xxh3:78af5f94892f3950"_s);
    m_window->close(); // saves the settings
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    form = m_window->form();
    QVERIFY(form->digestCheck(DigestAlgorithm::Md5)->isChecked());
    QVERIFY(form->digestCheck(DigestAlgorithm::Xxh128)->isChecked());
    QVERIFY(!form->digestCheck(DigestAlgorithm::Sha256)->isChecked());
    QVERIFY(form->checksumFilesCheck()->isChecked());
    // The expected checksum belongs to one file: it starts empty.
    QCOMPARE(form->expectedEdit()->text(), QString());
}

void TestWindowChecksums::aFailedVerifyShowsTheFirstDifference()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(9000, 6)));
    QVERIFY(writeFile(path(u"dest.bin"_s), patternBytes(9000, 7)));
    fill(u"source.bin"_s, u"dest.bin"_s, 8000);
    TransferForm* form = m_window->form();
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findData(int(DestinationMode::Overwrite)));
    typeInto(form->destinationOffsetEdit(), u"100"_s);
    const ScopedEnvironment corrupt("RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY", "5000");
    TransferRequest request = form->request();
    request.verify = true;
    form->setRequest(request);
    copyAndWait();

    ResultPanel* result = m_window->resultPanel();
    QVERIFY2(result->details().contains(u"1 byte differs, the first at byte 5000 of the source "
                                        "(0x1388) and byte 5100 of the destination (0x13ec)"_s),
             qPrintable(result->details()));
    // In place the written bytes stay: the preview shows the destination at that byte.
    PreviewPane* preview = m_window->preview();
    QTRY_COMPARE(preview->hexView()->cursorOffset(), qint64(5100));
    QCOMPARE(preview->findStatus(), u"The first differing byte, at 0x13ec; 1 byte differs."_s);
    // The source range (Ctrl+1) goes to the same byte of the source.
    m_window->showSourceAction()->trigger();
    QTRY_COMPARE(preview->document().path(), path(u"source.bin"_s));
    QTRY_COMPARE(preview->hexView()->cursorOffset(), qint64(5000));
    QCOMPARE(preview->findStatus(), u"The first differing byte, at 0x1388; 1 byte differs."_s);

    // Replace mode puts nothing in place: the source shows where the read back differed.
    form->modeCombo()->setCurrentIndex(form->modeCombo()->findData(int(DestinationMode::Replace)));
    typeInto(form->destinationField()->lineEdit(), path(u"new.bin"_s));
    copyAndWait();
    QVERIFY(!exists(path(u"new.bin"_s)));
    QTRY_COMPARE(preview->document().path(), path(u"source.bin"_s));
    QTRY_COMPARE(preview->hexView()->cursorOffset(), qint64(5000));
}

void TestWindowChecksums::compareWithShowsBothFilesAtTheFirstDifference()
{
    const QByteArray bytes = patternBytes(20000, 8);
    QByteArray other = "0123456789" + bytes;
    other[10 + 12345] = char(~other[10 + 12345]);
    other[10 + 12346] = char(~other[10 + 12346]);
    QVERIFY(writeFile(path(u"source.bin"_s), bytes));
    QVERIFY(writeFile(path(u"other.bin"_s), other));
    fill(u"source.bin"_s, u"copy.bin"_s, 15000);
    waitForChecks();
    QVERIFY(m_window->compareAction()->isEnabled());
    m_window->compareAction()->trigger();
    auto* dialog = m_window->findChild<CompareDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeInto(dialog->otherField()->lineEdit(), path(u"other.bin"_s));
    typeInto(dialog->otherOffsetEdit(), u"10"_s);
    QSignalSpy compared(dialog, &CompareDialog::compared);
    QVERIFY(dialog->compareButton()->isEnabled());
    // Return in the offset field compares, as the default button would.
    QTest::keyClick(dialog->otherOffsetEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 30000);
    QCOMPARE(dialog->resultText(),
             u"Of the 15000 bytes compared, 2 bytes differ; the first at byte 12345 of '%1' "
             "(0x3039) and byte 12355 of '%2' (0x3043)."_s.arg(path(u"source.bin"_s),
                                                               path(u"other.bin"_s)));
    // Side by side, each at the first differing byte of its own file.
    QTRY_COMPARE(dialog->sourcePane()->hexView()->cursorOffset(), qint64(12345));
    QTRY_COMPARE(dialog->otherPane()->hexView()->cursorOffset(), qint64(12355));
    // A selection in these panes is no range to copy.
    QVERIFY(!dialog->sourcePane()->useAsRangeButton()->isVisible());
    // Nothing was copied.
    QVERIFY(!exists(path(u"copy.bin"_s)));
    QCOMPARE(readFile(path(u"other.bin"_s)), other);
    dialog->close();
}

QTEST_MAIN(TestWindowChecksums)
#include "tst_windowchecksums.moc"
