// The paged hex view and the preview's find and go-to, offscreen.

#include "support/shownview.h"
#include "support/textrows.h"
#include "ui/preview/hexview.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/textview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

constexpr qint64 kTenGiB = 10LL * 1024 * 1024 * 1024;

bool writeAt(QFile& file, qint64 offset, const QByteArray& bytes)
{
    return file.seek(offset) && file.write(bytes) == bytes.size();
}

// Shows a file in pane and waits until it is open: PreviewPane opens files on a worker.
bool showAndWait(PreviewPane& pane, const QString& title, const QString& path, qint64 start,
                 qint64 length)
{
    QSignalSpy shown(&pane, &PreviewPane::fileShown);
    pane.showFile(title, path, start, length);
    return shown.wait(10000) && pane.document().isOpen();
}

} // namespace

class TestHexView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rendersRowsOfASmallFile();
    void scrollsToTheEndOfATenGiBFile();
    void mapsTheScrollBarPastIntRange();
    void goesToAnOffsetPastFourGiB();
    void selectsWithKeyboardAndCopies();
    void selectsWithTheMouse();
    void switchesOffsetBaseAndRowWidth();
    void marksARange();
    void findsTextAndHexForwardAndBack();
    void goToFieldTakesTheNumberSyntax();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sparse; // 10 GiB, mostly holes, with markers
    QString m_small;
    std::unique_ptr<PreviewDocument> m_document;
    std::unique_ptr<HexView> m_view;
};

void TestHexView::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sparse = m_dir->filePath(QStringLiteral("sparse.img"));
    QFile sparse(m_sparse);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(kTenGiB));
    QVERIFY(writeAt(sparse, 0x100000000LL, "FOUR GIB MARK"));
    QVERIFY(writeAt(sparse, kTenGiB - 64 * 1024 * 1024, "BACK MARK"));
    QVERIFY(writeAt(sparse, kTenGiB - 16, "THE LAST ROW...!"));
    sparse.close();
    m_small = m_dir->filePath(QStringLiteral("small.txt"));
    QFile small(m_small);
    QVERIFY(small.open(QIODevice::WriteOnly));
    QVERIFY(small.write("Python is a widely-used general-purpose language. Python!\n") > 0);
}

void TestHexView::init()
{
    m_document = std::make_unique<PreviewDocument>();
    m_view = testsupport::shownView<HexView>(*m_document, QSize(760, 400));
    QVERIFY(m_view);
}

void TestHexView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

void TestHexView::rendersRowsOfASmallFile()
{
    QCOMPARE(m_document->open(m_small), QString());
    const QStringList rows = m_view->renderedRows();
    QCOMPARE(rows.size(), 4); // 58 bytes
    QCOMPARE(rows.at(0), QStringLiteral("00000000  50 79 74 68 6f 6e 20 69  73 20 61 20 77 69 64 "
                                        "65  Python is a wide"));
    QVERIFY(rows.at(3).startsWith(QStringLiteral("00000030  2e 20 50 79 74 68 6f 6e  21 0a   ")));
    QVERIFY(rows.at(3).endsWith(QStringLiteral(". Python!.")));
    QCOMPARE(m_document->open(m_dir->filePath(QStringLiteral("missing")))
                 .contains(QStringLiteral("No such file")),
             true);
    QVERIFY(m_view->renderedRows().isEmpty());
}

void TestHexView::scrollsToTheEndOfATenGiBFile()
{
    QCOMPARE(m_document->open(m_sparse), QString());
    QVERIFY(m_view->renderedRows().first().startsWith(QStringLiteral("0000000000000000  00 00")));
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->cursorOffset(), kTenGiB - 1);
    const QStringList rows = m_view->renderedRows();
    QCOMPARE(rows.last(), QStringLiteral("000000027ffffff0  54 48 45 20 4c 41 53 54  20 52 4f 57 "
                                         "2e 2e 2e 21  THE LAST ROW...!"));
    QCOMPARE(m_view->verticalScrollBar()->value(), m_view->verticalScrollBar()->maximum());
    // Memory stays flat: a handful of pages, whatever the file's size.
    QVERIFY(m_document->pagedFile().cachedPageCount() <= m_document->pagedFile().maxPages());
    QVERIFY(m_document->pagedFile().pageReads() <= 4);

    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->topOffset(), qint64(0));
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
}

void TestHexView::mapsTheScrollBarPastIntRange()
{
    // 8 bytes a row: 1.3 billion rows, more than the scroll bar's range holds.
    QCOMPARE(m_document->open(m_sparse), QString());
    m_view->setBytesPerRow(8);
    QScrollBar* bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() < kTenGiB / 8);
    bar->setValue(bar->maximum());
    QVERIFY(m_view->renderedRows().last().startsWith(QStringLiteral("000000027ffffff8")));
    bar->setValue(bar->maximum() / 2);
    const qint64 middle = kTenGiB / 2;
    const qint64 slack = kTenGiB / bar->maximum() + 8 * m_view->visibleRowCount();
    QVERIFY2(qAbs(m_view->topOffset() - middle) <= slack,
             qPrintable(QString::number(m_view->topOffset())));
    // Keys still move by exactly one row, and the bar follows.
    const qint64 top = m_view->topOffset();
    m_view->goToOffset(top + 8 * 2);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->cursorOffset(), top - 8);
    QCOMPARE(m_view->topOffset(), top - 8);
}

void TestHexView::goesToAnOffsetPastFourGiB()
{
    QCOMPARE(m_document->open(m_sparse), QString());
    m_view->goToOffset(0x100000000LL);
    QCOMPARE(m_view->cursorOffset(), qint64(0x100000000LL));
    const QStringList rows = m_view->renderedRows();
    const auto row = std::find_if(rows.begin(), rows.end(), [](const QString& text) {
        return text.startsWith(QStringLiteral("0000000100000000"));
    });
    QVERIFY(row != rows.end());
    QVERIFY(row->endsWith(QStringLiteral("FOUR GIB MARK...")));
}

void TestHexView::selectsWithKeyboardAndCopies()
{
    QCOMPARE(m_document->open(m_small), QString());
    QSignalSpy changed(m_view.get(), &HexView::selectionChanged);
    m_view->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectionStart(), qint64(0));
    QCOMPARE(m_view->selectionLength(), qint64(6));
    QVERIFY(changed.count() >= 5);
    QCOMPARE(m_view->selectionDescription(), QStringLiteral("0x0–0x5, 6 bytes"));
    QCOMPARE(m_view->selectionAsHex(), QStringLiteral("50 79 74 68 6f 6e"));
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("50 79 74 68 6f 6e"));
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Python"));
    // Moving without Shift drops the selection.
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->selectionLength(), qint64(0));
    QCOMPARE(m_view->cursorOffset(), qint64(5 + 16));
}

void TestHexView::selectsWithTheMouse()
{
    QCOMPARE(m_document->open(m_small), QString());
    QWidget* viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, m_view->hexCellCenter(12));
    QCOMPARE(m_view->cursorOffset(), qint64(12));
    QCOMPARE(m_view->selectionLength(), qint64(0)); // a click places the cursor only
    QTest::mouseMove(viewport, m_view->hexCellCenter(20));
    // Offscreen, a move carries no button state: send the drag as the event it is.
    QMouseEvent drag(QEvent::MouseMove, m_view->hexCellCenter(20),
                     viewport->mapToGlobal(m_view->hexCellCenter(20)), Qt::NoButton, Qt::LeftButton,
                     {});
    QApplication::sendEvent(viewport, &drag);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, m_view->hexCellCenter(20));
    QCOMPARE(m_view->selectionStart(), qint64(12));
    QCOMPARE(m_view->selectionLength(), qint64(9));
    QCOMPARE(m_view->selectionAsText(), QStringLiteral("widely-us"));
}

void TestHexView::switchesOffsetBaseAndRowWidth()
{
    QCOMPARE(m_document->open(m_small), QString());
    m_view->setOffsetBase(HexView::OffsetBase::Decimal);
    m_view->setBytesPerRow(8);
    const QStringList rows = m_view->renderedRows();
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(2), QStringLiteral("      16  6c 79 2d 75 73 65 64 20  ly-used "));
    m_view->setBytesPerRow(32);
    QCOMPARE(m_view->renderedRows().size(), 2);
    QVERIFY(m_view->renderedRows().at(1).startsWith(QStringLiteral("      32  70 75 72 70")));
}

void TestHexView::marksARange()
{
    QCOMPARE(m_document->open(m_small), QString());
    m_document->setMarkedRange(7, 10);
    m_view->goToOffset(7);
    // The marked bytes render as before; the test of what is dimmed is the screenshot's.
    QCOMPARE(m_view->cursorOffset(), qint64(7));
    QCOMPARE(m_view->renderedRows().size(), 4);
}

void TestHexView::findsTextAndHexForwardAndBack()
{
    PreviewPane pane;
    pane.resize(800, 500);
    pane.show();
    QVERIFY(showAndWait(pane, QStringLiteral("Sparse"), m_sparse, 0, kTenGiB));
    QSignalSpy finished(&pane, &PreviewPane::searchFinished);

    // Searching starts at the cursor: a few MiB before the end, so the test reads little.
    pane.hexView()->goToOffset(kTenGiB - 8 * 1024 * 1024);
    QTest::keyClicks(pane.findEdit(), QStringLiteral("LAST ROW"));
    QTest::keyClick(pane.findEdit(), Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(pane.hexView()->selectionStart(), kTenGiB - 12);
    QCOMPARE(pane.hexView()->selectionLength(), qint64(8));
    // Said in the offset base chosen (hex unless decimal was chosen), and both views went there.
    QCOMPARE(pane.findStatus(), QStringLiteral("Found at 0x27ffffff4."));
    QVERIFY(pane.textView()->topOffset() <= kTenGiB - 12);
    QCOMPARE(targetCells(pane.textView()->renderedRows()),
             QList<qint64>({kTenGiB - 12, kTenGiB - 11, kTenGiB - 10, kTenGiB - 9, kTenGiB - 8,
                            kTenGiB - 7, kTenGiB - 6, kTenGiB - 5}));
    QVERIFY(pane.hexView()->renderedRows().join(u'\n').contains(QStringLiteral("THE LAST ROW")));

    // Backward, in hex, from there.
    pane.findModeCombo()->setCurrentIndex(1);
    pane.findEdit()->setText(QStringLiteral("42 41 43 4b"));
    pane.findPrevious();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(pane.hexView()->selectionStart(), kTenGiB - 64 * 1024 * 1024);

    // A pattern that is not there.
    QVERIFY(showAndWait(pane, QStringLiteral("Small"), m_small, 0, 58));
    pane.findModeCombo()->setCurrentIndex(0);
    pane.findEdit()->setText(QStringLiteral("Rust"));
    pane.findNext();
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(pane.findStatus(), QStringLiteral("Not found."));
    pane.findEdit()->setText(QStringLiteral("Python"));
    pane.findNext();
    QTRY_COMPARE(finished.count(), 4);
    pane.findNext();
    QTRY_COMPARE(finished.count(), 5);
    QCOMPARE(pane.hexView()->selectionStart(), qint64(50)); // the second one

    pane.findModeCombo()->setCurrentIndex(1);
    pane.findEdit()->setText(QStringLiteral("4"));
    pane.findNext();
    QCOMPARE(pane.findStatus(), QStringLiteral("Find: hex bytes come in pairs of digits"));
}

void TestHexView::goToFieldTakesTheNumberSyntax()
{
    PreviewPane pane;
    pane.resize(800, 500);
    pane.show();
    QVERIFY(showAndWait(pane, QStringLiteral("Sparse"), m_sparse, 0, 16));
    // Go to moves both views, whichever tab is in view, and the text view marks the byte.
    pane.tabs()->setCurrentWidget(pane.textView());
    QTest::keyClicks(pane.goToEdit(), QStringLiteral("4 GiB"));
    QTest::keyClick(pane.goToEdit(), Qt::Key_Return);
    const qint64 target = 0x100000000LL;
    QVERIFY(pane.textView()->topOffset() <= target);
    QVERIFY(pane.textView()->topOffset() > target - TextLayout::kLongLineSegment);
    QCOMPARE(pane.hexView()->cursorOffset(), target);
    const qint64 hexRow = target / pane.hexView()->bytesPerRow();
    QVERIFY(pane.hexView()->topRow() <= hexRow);
    QVERIFY(hexRow < pane.hexView()->topRow() + pane.hexView()->visibleRowCount());
    QCOMPARE(targetCells(pane.textView()->renderedRows()), QList<qint64>{target});

    // From the hex tab the same: the text view follows and marks the new target only.
    pane.tabs()->setCurrentWidget(pane.hexView());
    pane.goToEdit()->setText(QStringLiteral("0x10"));
    QTest::keyClick(pane.goToEdit(), Qt::Key_Return);
    QCOMPARE(pane.hexView()->cursorOffset(), qint64(0x10));
    QCOMPARE(pane.textView()->topOffset(), qint64(0));
    QCOMPARE(targetCells(pane.textView()->renderedRows()), QList<qint64>{0x10});
    QCOMPARE(pane.findStatus(), QString());

    // Past the end: said in the offset base chosen, with where the file ends.
    pane.goToEdit()->setText(QStringLiteral("11 GiB"));
    pane.goToTypedOffset();
    QCOMPARE(pane.findStatus(), QStringLiteral("Go to: 0x2c0000000 is past the end of the file; "
                                               "its last byte is at 0x27fffffff."));
    QCOMPARE(pane.hexView()->cursorOffset(), qint64(0x10));
    pane.setOffsetBase(OffsetBase::Decimal);
    pane.goToTypedOffset();
    QCOMPARE(pane.findStatus(), QStringLiteral("Go to: 11811160064 is past the end of the file; "
                                               "its last byte is at 10737418239."));
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
