// Colours on light, dark and high-contrast palettes: every colour the views and the form draw
// comes from the palette (PaletteColors) and keeps its contrast, and the views draw a focus
// frame. Checked on the functions and on the pixels the views paint.

#include "support/foldertest.h"
#include "support/shownview.h"
#include "support/testsupport.h"
#include "ui/preview/hexview.h"
#include "ui/preview/textview.h"
#include "ui/widgets/messagelabel.h"
#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QTest>

#include <memory>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

// A dark theme that sets only the main roles, as many do: AlternateBase stays light and Link
// stays a dark blue. The views must not take those as they are.
QPalette sparseDarkPalette()
{
    QPalette palette;
    const QColor dark(0x20, 0x20, 0x20);
    const QColor light(0xee, 0xee, 0xee);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, dark);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, light);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xa0));
    return palette;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// The pixel in rect that stands out most from background, and by how much.
double strongestContrast(const QImage& image, const QRect& rect, const QColor& background)
{
    double best = 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, PaletteColors::contrast(QColor(image.pixel(x, y)), background));
    return best;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("fusion dark") << PaletteColors::darkPalette();
    QTest::newRow("sparse dark") << sparseDarkPalette();
    QTest::newRow("high contrast") << PaletteColors::highContrastPalette();
}

} // namespace

class TestViewColors : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void derivedColoursKeepTheirContrast_data() { addPalettes(); }
    void derivedColoursKeepTheirContrast();
    void textViewPaintsFromThePalette_data() { addPalettes(); }
    void textViewPaintsFromThePalette();
    void hexViewDimsReadably_data() { addPalettes(); }
    void hexViewDimsReadably();
    void aPaletteChangeRepaintsInTheNewColours();
    void aProblemMessageFollowsThePalette();
    void focusedViewsDrawAFrame();

private:
    [[nodiscard]] QString sampleFile();
};

QString TestViewColors::sampleFile()
{
    const QString file = path(QStringLiteral("escapes.bin"));
    QByteArray bytes = "first line of text\n";
    bytes += QByteArray("\x00\x01\x02 escapes\n", 12);
    bytes += "third line\n";
    if (!writeFile(file, bytes))
        return {};
    return file;
}

void TestViewColors::derivedColoursKeepTheirContrast()
{
    QFETCH(QPalette, palette);
    using namespace PaletteColors;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    QVERIFY2(contrast(errorColor(palette), window) >= 4.5, qPrintable(errorColor(palette).name()));
    QVERIFY(contrast(errorColor(palette), base) >= 4.5);
    // Still a red: the colour carries the meaning.
    const QColor error = errorColor(palette).toHsl();
    QVERIFY2((error.hslHue() <= 20 || error.hslHue() >= 340) && error.hslSaturation() > 100,
             qPrintable(error.name()));
    QVERIFY(contrast(escapeColor(palette), base) >= 4.5);
    QVERIFY(contrast(dimmed(palette), base) >= 3);
    QVERIFY(contrast(dimmed(palette), base) < contrast(text, base)); // quieter than text
    QVERIFY(contrast(text, markColor(palette)) >= 4.5);
    QVERIFY(markColor(palette) != base);
    QVERIFY(contrast(markEdgeColor(palette), markColor(palette)) >= 3);
    QVERIFY(contrast(text, gutterColor(palette)) >= 4.5);
    QVERIFY(contrast(dimmed(palette), gutterColor(palette)) >= 2.5);
    QVERIFY(contrast(focusFrameColor(palette), base) >= 3);
}

void TestViewColors::textViewPaintsFromThePalette()
{
    QFETCH(QPalette, palette);
    PreviewDocument document;
    QCOMPARE(document.open(sampleFile()), QString());
    auto view = shownView<TextView>(document, QSize(400, 200));
    QVERIFY(view);
    view->setPalette(palette);
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = palette.color(QPalette::Base);

    // The line-number column, below the last line: the gutter colour, close to Base.
    const QColor gutter(image.pixel(4, image.height() - 4));
    QCOMPARE(gutter.name(), PaletteColors::gutterColor(palette).name());
    QVERIFY2(PaletteColors::contrast(gutter, base) < 1.3, qPrintable(gutter.name()));
    // Its numbers read on it.
    const QRect numbers(0, 0, view->cellRect(0, 0).left() - 2, view->cellRect(0, 0).height());
    QVERIFY(strongestContrast(image, numbers, gutter) >= 2.5);

    // \x00 on the second row: an escape, drawn to stand out from the background.
    const QList<TextRow> rows = view->renderedRows();
    QVERIFY(rows.size() >= 2);
    const TextCell& escape = rows[1].cells.value(0);
    QCOMPARE(escape.kind, TextCellKind::Control);
    const QRect cell = view->cellRect(1, escape.column, escape.width);
    QVERIFY2(strongestContrast(image, cell, base) >= 3,
             qPrintable(QString::number(strongestContrast(image, cell, base))));
}

void TestViewColors::hexViewDimsReadably()
{
    QFETCH(QPalette, palette);
    PreviewDocument document;
    QCOMPARE(document.open(sampleFile()), QString());
    document.setMarkedRange(0, 4); // the rest is dimmed
    auto view = shownView<HexView>(document, QSize(640, 200));
    QVERIFY(view);
    view->setPalette(palette);
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = palette.color(QPalette::Base);
    // The second row holds only dimmed bytes.
    const int rowHeight = view->fontMetrics().lineSpacing();
    const QRect secondRow(0, rowHeight + 1, image.width(), rowHeight - 2);
    QVERIFY2(strongestContrast(image, secondRow, base) >= 3,
             qPrintable(QString::number(strongestContrast(image, secondRow, base))));
}

void TestViewColors::aPaletteChangeRepaintsInTheNewColours()
{
    PreviewDocument document;
    QCOMPARE(document.open(sampleFile()), QString());
    auto view = shownView<TextView>(document, QSize(400, 200));
    QVERIFY(view);
    view->setPalette(lightPalette());
    const QColor lightGutter(view->viewport()->grab().toImage().pixel(4, 190));
    view->setPalette(PaletteColors::darkPalette());
    const QColor darkGutter(view->viewport()->grab().toImage().pixel(4, 190));
    QCOMPARE(lightGutter.name(), PaletteColors::gutterColor(lightPalette()).name());
    QCOMPARE(darkGutter.name(), PaletteColors::gutterColor(PaletteColors::darkPalette()).name());
    QVERIFY(darkGutter.lightness() < 80);
}

// A message that says a problem is in the palette's error colour, light or dark, and goes back
// to the palette's own text colour when it no longer does.
void TestViewColors::aProblemMessageFollowsThePalette()
{
    QWidget parent;
    parent.setPalette(lightPalette());
    auto* label = new MessageLabel(&parent);
    label->setMessage(QStringLiteral("cannot open it"), true);
    QVERIFY(label->isProblem());
    QCOMPARE(label->palette().color(QPalette::WindowText).name(),
             PaletteColors::errorColor(lightPalette()).name());
    parent.setPalette(PaletteColors::darkPalette());
    QCOMPARE(label->palette().color(QPalette::WindowText).name(),
             PaletteColors::errorColor(PaletteColors::darkPalette()).name());
    QVERIFY(PaletteColors::errorColor(PaletteColors::darkPalette()).name() !=
            PaletteColors::errorColor(lightPalette()).name());
    label->setMessage(QStringLiteral("42 bytes"));
    QCOMPARE(label->palette().color(QPalette::WindowText).name(),
             PaletteColors::darkPalette().color(QPalette::WindowText).name());
}

void TestViewColors::focusedViewsDrawAFrame()
{
    PreviewDocument document;
    QCOMPARE(document.open(sampleFile()), QString());
    for (QAbstractScrollArea* view :
         std::initializer_list<QAbstractScrollArea*>{new TextView, new HexView}) {
        std::unique_ptr<QAbstractScrollArea> owner(view);
        if (auto* text = qobject_cast<TextView*>(view))
            text->setDocument(&document);
        else
            qobject_cast<HexView*>(view)->setDocument(&document);
        view->setPalette(PaletteColors::darkPalette());
        view->resize(400, 200);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        const QColor frame = PaletteColors::focusFrameColor(PaletteColors::darkPalette());
        view->clearFocus();
        QTRY_VERIFY(!view->hasFocus());
        const int middle = view->viewport()->height() / 2;
        QVERIFY(QColor(view->viewport()->grab().toImage().pixel(1, middle)) != frame);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QImage focused = view->viewport()->grab().toImage();
        for (const QPoint& point :
             {QPoint(1, middle), QPoint(focused.width() - 2, middle),
              QPoint(focused.width() / 2, 1), QPoint(focused.width() / 2, focused.height() - 2)})
            QCOMPARE(QColor(focused.pixel(point)).name(), frame.name());
    }
}

QTEST_MAIN(TestViewColors)
#include "tst_viewcolors.moc"
