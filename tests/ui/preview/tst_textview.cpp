// The text view, offscreen: what it draws for small files in several encodings, wrapping,
// the marked range, scrolling by keys, wheel and scroll bar, and a 10 GiB sparse file
// scrolled to its end and jumped into with a bounded number of page reads.

#include "support/foldertest.h"
#include "support/shownview.h"
#include "support/testsupport.h"
#include "support/textrows.h"
#include "ui/preview/textview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;

QString kinds(const TextRow& row)
{
    QString result;
    for (const TextCell& cell : row.cells)
        result += cell.kind == TextCellKind::Text      ? u't'
                  : cell.kind == TextCellKind::Control ? u'c'
                                                       : u'i';
    return result;
}

// The darkest pixel's lightness inside rect, and whether a clearly red pixel is there.
int darkest(const QImage& image, const QRect& rect)
{
    int result = 255;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            result = std::min(result, QColor(image.pixel(x, y)).lightness());
    return result;
}

bool hasRed(const QImage& image, const QRect& rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qRed(pixel) - qGreen(pixel) > 80 && qRed(pixel) - qBlue(pixel) > 80)
                return true;
        }
    }
    return false;
}

} // namespace

class TestTextView : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsNothingWithoutAFile();
    void showsLinesWithNumbers();
    void showsInvalidUtf8Visibly();
    void showsControlBytesVisibly();
    void keepsCombiningMarksAndWideCharacters();
    void switchesEncodings();
    void showsAByteOrderMarkAsAMarker();
    void marksTheTarget();
    void wrapsAtTheWidth();
    void everyColumnOfAFullRowIsVisible();
    void dimsOutsideTheMarkedRange();
    void scrollsWithKeysWheelAndScrollBar();
    void rowsAreTheSameScrollingUpAndDown();
    void goesToOffset();
    void survivesAFileThatShrinks();
    void scrollsThroughATenGibFile();

private:
    void open(const QByteArray& bytes);

    QString m_path;
    std::unique_ptr<PreviewDocument> m_document;
    std::unique_ptr<TextView> m_view;
};

void TestTextView::init()
{
    FolderTest::init();
    m_path = m_dir->filePath(QStringLiteral("text.txt"));
    m_document = std::make_unique<PreviewDocument>();
    m_view = shownView<TextView>(*m_document, QSize(640, 400));
    QVERIFY(m_view);
}

void TestTextView::cleanup()
{
    m_view.reset();
    m_document.reset();
    FolderTest::cleanup();
}

void TestTextView::open(const QByteArray& bytes)
{
    QVERIFY(writeFile(m_path, bytes));
    QCOMPARE(m_document->open(m_path), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_document->lineIndex().isComplete(), kWaitMs);
}

void TestTextView::showsNothingWithoutAFile()
{
    QVERIFY(!m_document->isOpen());
    QVERIFY(m_view->renderedLines().isEmpty());
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QCOMPARE(m_view->topOffset(), qint64(0));
    QVERIFY(!m_document->open(m_dir->filePath(QStringLiteral("missing"))).isEmpty());
    QVERIFY(m_view->renderedLines().isEmpty());
    open(QByteArray());
    QVERIFY(m_view->renderedLines().isEmpty());
    m_view->grab(); // paints without a crash
}

void TestTextView::showsLinesWithNumbers()
{
    open("alpha\nbeta\n\tgamma\n\nlast line without newline");
    // 44 bytes: at most 45 lines, so two digits of gutter.
    QCOMPARE(m_view->renderedLines(), QStringList({
                                          QStringLiteral(" 1 alpha"),
                                          QStringLiteral(" 2 beta"),
                                          QStringLiteral(" 3         gamma"),
                                          QStringLiteral(" 4 "),
                                          QStringLiteral(" 5 last line without newline"),
                                      }));
    const QList<TextRow> rows = m_view->renderedRows();
    QCOMPARE(rows[1].offset, qint64(6));
    QCOMPARE(rows[1].end, qint64(11));
    QVERIFY(rows[1].startsLine && rows[1].endsLine);
    QVERIFY(!rows[4].endsLine);
    QCOMPARE(rows[4].end, qint64(44));
    QCOMPARE(m_document->path(), m_path);
    m_document->close();
    QVERIFY(m_view->renderedLines().isEmpty());
    QCOMPARE(m_document->path(), QString());
}

void TestTextView::showsInvalidUtf8Visibly()
{
    open("ok \xff\xfe end \xc3\xa9 \xe2\x82\n");
    // Not valid UTF-8, so guessed as Latin-1: read as UTF-8 on purpose.
    m_document->setTextEncoding(QStringConverter::Utf8);
    const QList<TextRow> rows = m_view->renderedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].text, QStringLiteral("ok \\xff\\xfe end \u00e9 \\xe2\\x82"));
    QCOMPARE(kinds(rows[0]), QStringLiteral("tttiitttttttii"));

    // Drawn in a colour of their own: red pixels in the escapes, none in the plain text.
    const QImage image = m_view->viewport()->grab().toImage();
    const TextCell& invalid = rows[0].cells[3];
    const TextCell& plain = rows[0].cells[0];
    QVERIFY(hasRed(image, m_view->cellRect(0, invalid.column, invalid.width)));
    QVERIFY(!hasRed(image, m_view->cellRect(0, plain.column, plain.width)));
}

void TestTextView::showsControlBytesVisibly()
{
    open(QByteArray("a\x01"
                    "b\x7f\x1b\0z\n",
                    8) +
         "dos\r\n"
         "lone\rcr\n"
         "c1 \xc2\x85 bom \xef\xbb\xbf.\n");
    const QList<TextRow> rows = m_view->renderedRows();
    QCOMPARE(textsOf(rows), QStringList({
                                QStringLiteral("a\\x01b\\x7f\\x1b\\x00z"),
                                QStringLiteral("dos"), // CR LF is one newline
                                QStringLiteral("lone\\x0dcr"),
                                QStringLiteral("c1 \\xc2\\x85 bom \\xef\\xbb\\xbf."),
                            }));
    QCOMPARE(kinds(rows[0]), QStringLiteral("tctccct"));
    QCOMPARE(kinds(rows[2]), QStringLiteral("ttttctt"));
    QCOMPARE(kinds(rows[3]), QStringLiteral("tttctttttct"));
    QCOMPARE(guttersOf(rows), QStringList({QStringLiteral("1"), QStringLiteral("2"),
                                           QStringLiteral("3"), QStringLiteral("4")}));
}

void TestTextView::keepsCombiningMarksAndWideCharacters()
{
    open("e\xcc\x81x \xe6\xbc\xa2y\n");
    const TextRow row = m_view->renderedRows().value(0);
    QCOMPARE(row.text, QStringLiteral("e\u0301x \u6f22y"));
    QCOMPARE(row.cells.size(), 5);
    QCOMPARE(row.cells[0].length, 3); // the mark sits on its letter
    QCOMPARE(row.cells[1].column, 1);
    QCOMPARE(row.cells[3].width, 2);
    QCOMPARE(row.cells[4].column, 5);
}

void TestTextView::switchesEncodings()
{
    open("caf\xe9\nna\xefve\n");
    // Not valid UTF-8: guessed as Latin-1.
    QCOMPARE(m_document->textEncoding(), QStringConverter::Latin1);
    m_document->setTextEncoding(QStringConverter::Utf8);
    QCOMPARE(textsOf(m_view->renderedRows()),
             QStringList({QStringLiteral("caf\\xe9"), QStringLiteral("na\\xefve")}));

    m_document->setTextEncoding(QStringConverter::Latin1);
    QCOMPARE(textsOf(m_view->renderedRows()),
             QStringList({QStringLiteral("caf\u00e9"), QStringLiteral("na\u00efve")}));
    QCOMPARE(kinds(m_view->renderedRows().value(0)), QStringLiteral("tttt"));

    // UTF-16: the newline is a unit, so is the line count; a lone surrogate is invalid.
    const QByteArray utf16 = QByteArray("h\0i\0\n\0\x0a\x41\0\xd8!\0\n\0", 14);
    QVERIFY(writeFile(m_path, utf16));
    m_document->setTextEncoding(QStringConverter::Utf16LE);
    QCOMPARE(m_document->open(m_path), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_document->lineIndex().isComplete(), kWaitMs);
    const QList<TextRow> rows = m_view->renderedRows();
    QCOMPARE(textsOf(rows),
             QStringList({QStringLiteral("hi"), QStringLiteral("\u410a\\x00\\xd8!")}));
    QCOMPARE(guttersOf(rows), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(kinds(rows[1]), QStringLiteral("tit"));

    m_document->setTextEncoding(QStringConverter::Utf16BE);
    QVERIFY(m_view->renderedRows().value(0).text.startsWith(QStringLiteral("\u6800\u6900")));
}

void TestTextView::showsAByteOrderMarkAsAMarker()
{
    // Each file gets the encoding its mark names, and the mark shows as a marker.
    const QString utf16Path = m_dir->filePath(QStringLiteral("utf16le.txt"));
    QVERIFY(writeFile(utf16Path, QByteArray("\xff\xfeG\0r\0\xfc\0\n\0", 10)));
    QCOMPARE(m_document->open(utf16Path), QString());
    QCOMPARE(m_document->textEncoding(), QStringConverter::Utf16LE);
    QCOMPARE(textsOf(m_view->renderedRows()), QStringList{QStringLiteral("<BOM>Gr\u00fc")});
    QCOMPARE(kinds(m_view->renderedRows().value(0)), QStringLiteral("cttt"));
    m_document->setTextEncoding(QStringConverter::Utf16BE);
    QVERIFY(m_view->renderedRows().value(0).text.startsWith(QStringLiteral("\\xff\\xfe")));

    const QString utf8Path = m_dir->filePath(QStringLiteral("utf8.txt"));
    QVERIFY(writeFile(utf8Path, "\xef\xbb\xbfhi\n"));
    QCOMPARE(m_document->open(utf8Path), QString());
    QCOMPARE(m_document->textEncoding(), QStringConverter::Utf8);
    QCOMPARE(textsOf(m_view->renderedRows()), QStringList{QStringLiteral("<BOM>hi")});
    // In another encoding the bytes are not a mark: Latin-1 shows them as characters.
    m_document->setTextEncoding(QStringConverter::Latin1);
    QCOMPARE(textsOf(m_view->renderedRows()), QStringList{QStringLiteral("\u00ef\u00bb\u00bfhi")});
}

void TestTextView::marksTheTarget()
{
    QByteArray bytes = "first\nsecond line\nthird\n";
    for (int i = 4; i <= 200; ++i)
        bytes += QByteArray::number(i) + '\n';
    open(bytes);
    QCOMPARE(targetCells(m_view->renderedRows()), QList<qint64>());
    m_view->goToOffset(9);
    m_view->setTarget(9, 1);
    QCOMPARE(m_view->topOffset(), qint64(6));
    QCOMPARE(targetCells(m_view->renderedRows()), QList<qint64>{9});
    QCOMPARE(m_view->renderedRows().value(0).text.mid(3, 1), QStringLiteral("o")); // "second"
    // Drawn: a frame around the cell, in the palette's highlight colour.
    const QImage image = m_view->viewport()->grab().toImage();
    const TextCell cell = m_view->renderedRows().value(0).cells.value(3);
    const QRect frame = m_view->cellRect(0, cell.column, cell.width);
    QCOMPARE(QColor(image.pixel(frame.topLeft())), m_view->palette().color(QPalette::Highlight));
    // A span marks every cell it touches; another file marks nothing.
    m_view->setTarget(13, 3);
    QCOMPARE(targetCells(m_view->renderedRows()), QList<qint64>({13, 14, 15}));
    open("other\n");
    QCOMPARE(targetCells(m_view->renderedRows()), QList<qint64>());
}

void TestTextView::wrapsAtTheWidth()
{
    // The gutter's width follows the file's size: a file of the same size shows how many
    // columns there are beside it.
    open(QByteArray(300, 'x'));
    const int columns = m_view->columnCount();
    QVERIFY(columns > 20 && columns < 90);
    // More lines than fit, so there is something to scroll.
    open(QByteArray(2 * columns + 5, 'x') + "\nend\n" + QByteArray(columns, 'y') + "\nz" +
         QByteArray("\n.").repeated(40));
    QCOMPARE(m_view->columnCount(), columns);
    const QList<TextRow> rows = m_view->renderedRows().mid(0, 6);
    QCOMPARE(textsOf(rows),
             QStringList({QString(columns, u'x'), QString(columns, u'x'), QString(5, u'x'),
                          QStringLiteral("end"), QString(columns, u'y'), QStringLiteral("z")}));
    QCOMPARE(guttersOf(rows),
             QStringList({QStringLiteral("1"), QStringLiteral(""), QStringLiteral(""),
                          QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));

    // Narrower: more rows, and the top stays on the row holding the byte it showed.
    m_view->goToOffset(columns + 2);
    QCOMPARE(m_view->topOffset(), qint64(columns));
    m_view->resize(m_view->width() - 10 * m_view->cellRect(0, 0).width(), m_view->height());
    QTRY_COMPARE(m_view->columnCount(), columns - 10);
    QCOMPARE(m_view->topOffset(), qint64(columns - 10));
    QCOMPARE(m_view->renderedRows().value(0).text, QString(columns - 10, u'x'));
}

void TestTextView::everyColumnOfAFullRowIsVisible()
{
    // The font's advance is fractional (7.2 px, say) while cells are whole pixels: drawn at
    // its own advance a full row ran past its last cell and lost its last characters at the
    // viewport's edge. Each row must end inside its cells, with only background after them.
    open(QByteArray(4000, 'M'));
    const int columns = m_view->columnCount();
    QCOMPARE(m_view->renderedRows().value(0).text, QString(columns, u'M'));
    m_view->clearFocus(); // no focus frame along the edge
    const QImage image = m_view->viewport()->grab().toImage();
    const QRect lastCell = m_view->cellRect(0, columns - 1);
    QVERIFY2(darkest(image, lastCell) < 128, "the last column shows its character");
    const QRect afterRow(lastCell.right() + 1, lastCell.top(), image.width() - lastCell.right() - 1,
                         lastCell.height());
    QVERIFY(afterRow.width() > 0);
    QVERIFY2(
        darkest(image, afterRow) > 200,
        qPrintable(QStringLiteral("ink after the last cell: %1").arg(darkest(image, afterRow))));
}

void TestTextView::dimsOutsideTheMarkedRange()
{
    open("xxxxxxxxxx\n");
    m_document->setMarkedRange(3, 4);
    QVERIFY(m_document->markedRange().has_value());
    const TextRow row = m_view->renderedRows().value(0);
    QString dimmed;
    for (const TextCell& cell : row.cells)
        dimmed += cell.dimmed ? u'd' : u'-';
    QCOMPARE(dimmed, QStringLiteral("ddd----ddd"));

    const QImage image = m_view->viewport()->grab().toImage();
    const int outside = darkest(image, m_view->cellRect(0, 1));
    const int inside = darkest(image, m_view->cellRect(0, 4));
    QVERIFY2(outside > inside + 60,
             qPrintable(QStringLiteral("%1 vs %2").arg(outside).arg(inside)));

    m_document->clearMarkedRange();
    QVERIFY(!m_document->markedRange().has_value());
    for (const TextCell& cell : m_view->renderedRows().value(0).cells)
        QVERIFY(!cell.dimmed);
}

void TestTextView::scrollsWithKeysWheelAndScrollBar()
{
    QByteArray bytes;
    QList<qint64> lineStarts;
    for (int i = 1; i <= 1000; ++i) {
        lineStarts.append(bytes.size());
        bytes += "line " + QByteArray::number(i) + '\n';
    }
    open(bytes);
    const int rows = m_view->visibleRowCount();
    QVERIFY(rows > 5);
    QSignalSpy moved(m_view.get(), &TextView::topOffsetChanged);

    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->topOffset(), lineStarts[1]);
    QCOMPARE(moved.count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QCOMPARE(m_view->topOffset(), lineStarts[1 + rows - 1]);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->topOffset(), lineStarts[rows - 1]);
    QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QCOMPARE(m_view->topOffset(), lineStarts[0]);

    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->topOffset(), lineStarts[1000 - rows]);
    QCOMPARE(m_view->renderedRows().value(rows - 1).text, QStringLiteral("line 1000"));
    QCOMPARE(m_view->renderedRows().value(rows - 1).gutter, QStringLiteral("1000"));
    QCOMPARE(m_view->verticalScrollBar()->value(), m_view->verticalScrollBar()->maximum());
    QTest::keyClick(m_view.get(), Qt::Key_Down); // already at the end
    QCOMPARE(m_view->topOffset(), lineStarts[1000 - rows]);
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->topOffset(), qint64(0));

    // One wheel notch: the platform's lines per notch.
    QWheelEvent wheel(QPointF(50, 50), m_view->mapToGlobal(QPointF(50, 50)), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->topOffset(), lineStarts[QApplication::wheelScrollLines()]);

    // The scroll bar: a step is a row, dragging jumps to the row holding the byte.
    QScrollBar* bar = m_view->verticalScrollBar();
    QCOMPARE(bar->maximum(), int(m_view->maximumTopOffset()));
    bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QCOMPARE(m_view->topOffset(), lineStarts[QApplication::wheelScrollLines() + 1]);
    QCOMPARE(bar->value(), int(m_view->topOffset()));
    bar->setValue(int(lineStarts[500] + 3));
    QCOMPARE(m_view->topOffset(), lineStarts[500]);
    QCOMPARE(m_view->renderedRows().value(0).gutter, QStringLiteral("501"));
}

void TestTextView::rowsAreTheSameScrollingUpAndDown()
{
    // Lines short and long (past the long-line segment), multi-byte and invalid bytes:
    // the rows met scrolling down from the top are those met scrolling up from the end, and
    // a jump anywhere lands on one of them.
    QByteArray bytes;
    for (int i = 0; i < 60; ++i) {
        bytes += QByteArray(i * 37 % 200, char('a' + i % 26));
        if (i % 7 == 3)
            bytes += QByteArray(5000 + i, 'L') + "\xc3\xa9\xff";
        if (i == 16)
            bytes += QByteArray(4500, '\t');
        bytes += "\xe2\x82\xac\n";
    }
    open(bytes);
    const qint64 maxTop = m_view->maximumTopOffset();
    QList<qint64> down{0};
    while (m_view->topOffset() < maxTop) {
        m_view->scrollByRows(1);
        QVERIFY(m_view->topOffset() > down.last());
        down.append(m_view->topOffset());
    }
    QList<qint64> up{m_view->topOffset()};
    while (m_view->topOffset() > 0) {
        m_view->scrollByRows(-1);
        up.prepend(m_view->topOffset());
    }
    QVERIFY(down.size() > 500);
    QCOMPARE(up, down);
    for (qint64 offset = 0; offset < maxTop; offset += 997) {
        m_view->goToOffset(offset);
        const qint64 top = m_view->topOffset();
        QVERIFY2(down.contains(top), qPrintable(QString::number(offset)));
        QVERIFY(top <= offset);
    }
    // Pages move by the same rows as single steps.
    m_view->goToOffset(0);
    m_view->scrollByRows(25);
    QCOMPARE(m_view->topOffset(), down[25]);
    m_view->scrollByRows(-20);
    QCOMPARE(m_view->topOffset(), down[5]);
}

void TestTextView::goesToOffset()
{
    // Three short lines fit: there is nothing to scroll.
    open("first\nsecond line\nthird\n");
    m_view->goToOffset(9);
    QCOMPARE(m_view->topOffset(), qint64(0));
    QCOMPARE(m_view->maximumTopOffset(), qint64(0));

    QByteArray bytes = "first\nsecond line\nthird\n";
    for (int i = 4; i <= 200; ++i)
        bytes += QByteArray::number(i) + '\n';
    open(bytes);
    m_view->goToOffset(9);
    QCOMPARE(m_view->topOffset(), qint64(6)); // the start of the row holding it
    QCOMPARE(m_view->renderedRows().value(0).gutter, QStringLiteral("2"));
    m_view->goToOffset(-5);
    QCOMPARE(m_view->topOffset(), qint64(0));
    // Past the end: as near as the end allows, the last line on the last whole row.
    m_view->goToOffset(bytes.size() + 100);
    QCOMPARE(m_view->topOffset(), m_view->maximumTopOffset());
    QCOMPARE(m_view->renderedRows().value(m_view->visibleRowCount() - 1).text,
             QStringLiteral("200"));
}

void TestTextView::survivesAFileThatShrinks()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += "row " + QByteArray::number(i) + '\n';
    open(bytes);
    m_view->goToOffset(bytes.size() / 2);
    const qint64 top = m_view->topOffset();
    QVERIFY(top > 0);
    QVERIFY(::truncate(QFile::encodeName(m_path).constData(), 100) == 0);
    // The cache may still hold pages of the old content; what is not cached reads short.
    m_view->goToOffset(bytes.size() - 10);
    (void)m_view->renderedRows();
    m_view->grab();
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    m_document->reload();
    QCOMPARE(m_document->size(), qint64(100));
    QTRY_VERIFY_WITH_TIMEOUT(m_document->lineIndex().isComplete(), kWaitMs);
    QCOMPARE(m_view->topOffset(), qint64(0)); // 100 bytes fit on the screen
    QCOMPARE(m_view->renderedRows().value(0).text, QStringLiteral("row 0"));
}

void TestTextView::scrollsThroughATenGibFile()
{
    constexpr qint64 kSize = 10 * kGiB;
    constexpr qint64 kFourGiB = qint64(0x100000000);
    const QByteArray endMarker = "\nEND-MARKER\n";
    QVERIFY(writeSparseFile(m_path, kSize,
                            {{0, "first line\n"},
                             {kFourGiB - 1, "\nFOUR-GIB-MARKER\n"},
                             {kSize - endMarker.size(), endMarker}}));
    QCOMPARE(m_document->open(m_path), QString());
    const PagedFile& file = m_document->pagedFile();
    QCOMPARE(m_document->size(), kSize);
    QVERIFY(file.pageReads() <= 4);

    // The end: the marker on the last row, the top within a screen of it.
    qint64 reads = file.pageReads();
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QList<TextRow> rows = m_view->renderedRows();
    QVERIFY(rows.size() >= m_view->visibleRowCount());
    QCOMPARE(rows.value(m_view->visibleRowCount() - 1).text, QStringLiteral("END-MARKER"));
    QVERIFY(m_view->renderedLines()
                .value(m_view->visibleRowCount() - 1)
                .endsWith(QStringLiteral(" END-MARKER")));
    QVERIFY(m_view->topOffset() > kSize - 64 * 1024);
    QVERIFY2(file.pageReads() - reads <= 8, qPrintable(QString::number(file.pageReads() - reads)));
    QScrollBar* bar = m_view->verticalScrollBar();
    QCOMPARE(bar->maximum(), TextView::kScaledScrollRange);
    QCOMPARE(bar->value(), bar->maximum());
    // The scroll bar's steps are rows, though one of its units is ten bytes.
    const qint64 endTop = m_view->topOffset();
    bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
    QVERIFY(m_view->topOffset() < endTop);
    QVERIFY(m_view->topOffset() > endTop - TextLayout::kLongLineSegment);
    bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QCOMPARE(m_view->topOffset(), endTop);
    QCOMPARE(bar->value(), bar->maximum());

    // Line numbers arrive from the background count (the holes between take no reading).
    QTRY_COMPARE_WITH_TIMEOUT(m_view->renderedRows().value(m_view->visibleRowCount() - 1).gutter,
                              QStringLiteral("5"), kWaitMs);

    // 0x1_0000_0000: the marker line starts there.
    reads = file.pageReads();
    m_view->goToOffset(kFourGiB);
    QCOMPARE(m_view->topOffset(), kFourGiB);
    rows = m_view->renderedRows();
    QCOMPARE(rows.value(0).text, QStringLiteral("FOUR-GIB-MARKER"));
    QCOMPARE(rows.value(0).gutter, QStringLiteral("3"));
    QVERIFY(rows.value(1).text.startsWith(QStringLiteral("\\x00").repeated(10))); // zeros
    QCOMPARE(rows.value(1).gutter, QStringLiteral("4"));
    QVERIFY2(file.pageReads() - reads <= 8, qPrintable(QString::number(file.pageReads() - reads)));

    // Up into the zeros before it, and back: rows break at segment borders there.
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QVERIFY(m_view->topOffset() < kFourGiB);
    QVERIFY(m_view->topOffset() > kFourGiB - TextLayout::kLongLineSegment);
    QCOMPARE(m_view->renderedRows().value(1).text, QStringLiteral("FOUR-GIB-MARKER"));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->topOffset(), kFourGiB);

    // A jump into the middle of the zeros: the top is at most a segment before it.
    m_view->goToOffset(5 * kGiB + 12345);
    QVERIFY(m_view->topOffset() <= 5 * kGiB + 12345);
    QVERIFY(m_view->topOffset() > 5 * kGiB + 12345 - TextLayout::kLongLineSegment);
    QCOMPARE(m_view->renderedRows().value(0).gutter, QString()); // inside line 4

    // Dragging the scroll bar maps its range onto the whole file.
    bar->setValue(TextView::kScaledScrollRange / 2);
    QVERIFY(qAbs(m_view->topOffset() - m_view->maximumTopOffset() / 2) < 8192);
    bar->setValue(0);
    QCOMPARE(m_view->topOffset(), qint64(0));
    QCOMPARE(m_view->renderedRows().value(0).text, QStringLiteral("first line"));

    // Memory: the cache held its bound through all of it.
    QVERIFY(file.cachedPageCount() <= file.maxPages());
    QVERIFY(file.pageReads() < 100);
}

QTEST_MAIN(TestTextView)
#include "tst_textview.moc"
