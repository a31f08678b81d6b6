// What the window says a range is: the Contents dock's scan (listing, choosing an item, Copy
// This, Extract All, cancel), the type under the range line, and the preview's Image tab.

#include "core/io/timedwork.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/hexview.h"
#include "ui/preview/imageview.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/contentspanel.h"
#include "ui/window/jobqueue.h"
#include "ui/window/transferform.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

QByteArray picture(const char* format, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, format) ? bytes : QByteArray();
}

} // namespace

class TestWindowContents : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findContentsListsWhatTheSourceHolds();
    void choosingAnItemMakesItTheRange();
    void copyThisCopiesTheItem();
    void extractAllQueuesEveryItem();
    void theImageTabShowsImagesOnly();
    void aDamagedImageSaysWhy();
    void aScanOfAFileThatDoesNotAnswerCanBeCancelled();

private:
    // firmware.bin: random bytes with a PNG at an odd offset and a BMP after it.
    void writeFirmware();
    // Types source into the form and scans it with Ctrl+Shift+F.
    void scanSource(const QString& source);
    // Waits until the preview has looked at its range (its type, an image).
    void waitForLook();

    QByteArray m_png;
    QByteArray m_bmp;
    qint64 m_pngAt = 70001;
    qint64 m_bmpAt = 0;
};

void TestWindowContents::init()
{
    WindowTest::init();
    m_png = picture("PNG", QSize(37, 23));
    m_bmp = picture("BMP", QSize(9, 4));
    QVERIFY(!m_png.isEmpty() && !m_bmp.isEmpty());
    m_bmpAt = m_pngAt + m_png.size() + 333;
}

void TestWindowContents::cleanup()
{
    TimedWork::setTestDelay(std::chrono::milliseconds(0));
    WindowTest::cleanup();
}

void TestWindowContents::writeFirmware()
{
    QVERIFY(writeFile(path(u"firmware.bin"_s), randomBytes(m_pngAt, 1) + m_png +
                                                   randomBytes(333, 2) + m_bmp +
                                                   randomBytes(4000, 3)));
}

void TestWindowContents::scanSource(const QString& source)
{
    typeInto(m_window->form()->sourceField()->lineEdit(), source);
    waitForChecks();
    QSignalSpy finished(m_window->contentsPanel(), &ContentsPanel::scanFinished);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->contentsDock()->isVisible());
    QVERIFY(finished.wait(30000));
}

void TestWindowContents::waitForLook()
{
    QSignalSpy looked(m_window->preview(), &PreviewPane::rangeLooked);
    QVERIFY(looked.wait(10000));
}

void TestWindowContents::findContentsListsWhatTheSourceHolds()
{
    writeFirmware();
    scanSource(path(u"firmware.bin"_s));
    ContentsPanel* contents = m_window->contentsPanel();
    QCOMPARE(contents->items().size(), 2);
    QCOMPARE(contents->items().at(0).type, u"png"_s);
    QCOMPARE(contents->items().at(0).offset, m_pngAt);
    QCOMPARE(contents->items().at(0).length, std::optional<qint64>(m_png.size()));
    QCOMPARE(contents->items().at(1).type, u"bmp"_s);
    QCOMPARE(contents->items().at(1).offset, m_bmpAt);
    QCOMPARE(contents->items().at(1).length, std::optional<qint64>(m_bmp.size()));
    // The list shows them as a person reads them: offsets in the preview's base.
    QTreeWidget* tree = contents->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"0x11171"_s);
    QCOMPARE(tree->topLevelItem(0)->text(3), u"PNG image, 37 × 23"_s);
    QVERIFY2(contents->status().startsWith(u"2 items in 'firmware.bin'"_s),
             qPrintable(contents->status()));
    QVERIFY(contents->extractAllButton()->isEnabled());
    // Another source forgets the list.
    QVERIFY(writeFile(path(u"other.bin"_s), "x"));
    typeInto(m_window->form()->sourceField()->lineEdit(), path(u"other.bin"_s));
    QCOMPARE(contents->items().size(), 0);
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestWindowContents::choosingAnItemMakesItTheRange()
{
    writeFirmware();
    scanSource(path(u"firmware.bin"_s));
    QTreeWidget* tree = m_window->contentsPanel()->tree();
    QSignalSpy shown(m_window.get(), &MainWindow::previewShown);
    QSignalSpy looked(m_window->preview(), &PreviewPane::rangeLooked);
    const QRect row = tree->visualItemRect(tree->topLevelItem(0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
    const TransferRequest request = m_window->form()->request();
    QCOMPARE(request.offset, m_pngAt);
    QCOMPARE(request.count, std::optional<qint64>(m_png.size()));
    // Both views go to the item and mark it.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && looked.count() > 0, 10000);
    const std::optional<MarkedRange>& mark = m_window->preview()->document().markedRange();
    QVERIFY(mark.has_value());
    QCOMPARE(mark->start, m_pngAt);
    QCOMPARE(mark->length, m_png.size());
    HexView* hex = m_window->preview()->hexView();
    QVERIFY(hex->topOffset() <= m_pngAt && m_pngAt < hex->topOffset() + 16 * 64);
    // The form names what the range starts with; the Image tab shows it.
    QCOMPARE(m_window->form()->rangeType(), u"Starts with: PNG image, 37 × 23."_s);
    QVERIFY(m_window->preview()->isImageTabShown());
    QCOMPARE(m_window->preview()->imageView()->image().size(), QSize(37, 23));
    QCOMPARE(m_window->preview()->imageView()->infoText(), u"PNG, 37 × 23 pixels"_s);
}

void TestWindowContents::copyThisCopiesTheItem()
{
    writeFirmware();
    QVERIFY(QDir().mkpath(path(u"out"_s)));
    typeInto(m_window->form()->destinationField()->lineEdit(), path(u"out/unused.bin"_s));
    scanSource(path(u"firmware.bin"_s));
    ContentsPanel* contents = m_window->contentsPanel();
    contents->choose(1);
    QVERIFY(contents->copyThisButton()->isEnabled());
    QTest::mouseClick(contents->copyThisButton(), Qt::LeftButton);
    const QString destination = path(u"out/at-0x%1.bmp"_s.arg(m_bmpAt, 0, 16));
    QCOMPARE(m_window->form()->request().destinationPath, destination);
    QCOMPARE(m_window->form()->request().offset, m_bmpAt);
    QCOMPARE(m_window->form()->request().count, std::optional<qint64>(m_bmp.size()));
    waitForChecks();
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::mouseClick(m_window->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(readFile(destination), m_bmp);
    // The copy read back starts with the same image.
    waitForLook();
    QVERIFY2(m_window->form()->rangeType().startsWith(u"The copy, read back, starts with: BMP"_s),
             qPrintable(m_window->form()->rangeType()));
}

void TestWindowContents::extractAllQueuesEveryItem()
{
    writeFirmware();
    scanSource(path(u"firmware.bin"_s));
    QVERIFY(QDir().mkpath(path(u"out"_s)));
    m_window->extractContentsInto(path(u"out"_s), m_window->contentsPanel()->items());
    QCOMPARE(m_window->queue()->rowCount(), 2);
    QSignalSpy finished(m_window.get(), &MainWindow::queueFinished);
    waitForChecks();
    m_window->runQueue();
    QVERIFY(finished.wait(60000));
    QCOMPARE(readFile(path(u"out/at-0x%1.png"_s.arg(m_pngAt, 0, 16))), m_png);
    QCOMPARE(readFile(path(u"out/at-0x%1.bmp"_s.arg(m_bmpAt, 0, 16))), m_bmp);
}

void TestWindowContents::theImageTabShowsImagesOnly()
{
    QVERIFY(writeFile(path(u"picture.png"_s), m_png));
    typeInto(m_window->form()->sourceField()->lineEdit(), path(u"picture.png"_s));
    waitForLook();
    PreviewPane* preview = m_window->preview();
    QVERIFY(preview->isImageTabShown());
    QCOMPARE(preview->tabs()->currentWidget(), preview->imageView());
    QVERIFY(preview->imageView()->hasImage());
    QCOMPARE(preview->rangeType(), u"PNG image, 37 × 23"_s);
    QCOMPARE(m_window->form()->rangeType(), u"Starts with: PNG image, 37 × 23."_s);

    QVERIFY(writeFile(path(u"notes.txt"_s), QByteArray("Plain words, no picture.\n").repeated(9)));
    typeInto(m_window->form()->sourceField()->lineEdit(), path(u"notes.txt"_s));
    waitForLook();
    QVERIFY(!preview->isImageTabShown());
    QVERIFY(!preview->imageView()->hasImage());
    QCOMPARE(preview->tabs()->currentWidget(), preview->textView());
    QVERIFY2(m_window->form()->rangeType().startsWith(u"Starts with: "_s),
             qPrintable(m_window->form()->rangeType()));
}

void TestWindowContents::aDamagedImageSaysWhy()
{
    // A JPEG whose bytes after its first 40 are garbage: the decoder's complaint, in words.
    QByteArray broken = picture("JPEG", QSize(64, 64));
    broken = broken.left(40) + QByteArray(broken.size() - 40, '\x55');
    QVERIFY(writeFile(path(u"broken.jpg"_s), broken));
    typeInto(m_window->form()->sourceField()->lineEdit(), path(u"broken.jpg"_s));
    waitForLook();
    PreviewPane* preview = m_window->preview();
    QVERIFY(preview->isImageTabShown());
    const QString info = preview->imageView()->infoText();
    QVERIFY2(info.contains(u"cannot be shown"_s) || info.contains(u"cut short"_s) ||
                 info.contains(u"cannot decode"_s),
             qPrintable(info));
}

void TestWindowContents::aScanOfAFileThatDoesNotAnswerCanBeCancelled()
{
    writeFirmware();
    typeInto(m_window->form()->sourceField()->lineEdit(), path(u"firmware.bin"_s));
    waitForChecks();
    // From here every look at a file waits 60 s, as a mount that stopped answering would.
    TimedWork::setTestDelay(std::chrono::milliseconds(60000));
    ContentsPanel* contents = m_window->contentsPanel();
    m_window->findContentsAction()->trigger();
    QVERIFY(contents->isScanning());
    QVERIFY(contents->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(contents->status().contains(u"has not answered"_s), 10000);
    QSignalSpy finished(contents, &ContentsPanel::scanFinished);
    QTest::mouseClick(contents->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!contents->isScanning());
    QVERIFY2(contents->status().contains(u"cancelled before the file answered"_s),
             qPrintable(contents->status()));
}

QTEST_MAIN(TestWindowContents)
#include "tst_windowcontents.moc"
