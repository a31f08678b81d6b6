// The window on small and large screens: its first size fits the screen, Start, the progress
// and the result stay in view at any size down to the minimum, a narrow window puts the
// preview in a tab instead of squeezing it, the preview's toolbar wraps, and the form's
// error colours follow the palette.

#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/palettecolors.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

// Whether all of widget is on screen inside its window (not clipped by a parent, a scroll
// area or the window's edge).
bool wholeInView(const QWidget* widget)
{
    if (!widget->isVisible())
        return false;
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->window()->rect().contains(inWindow) &&
           widget->visibleRegion().boundingRect() == widget->rect();
}

} // namespace

class TestScreens : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void firstSizeFitsTheScreen();
    void startAndResultStayInView_data();
    void startAndResultStayInView();
    void previewTabsWhenNarrowAndSitsBesideWhenWide();
    void previewToolbarWraps();
    void errorColoursFollowThePalette();
};

void TestScreens::firstSizeFitsTheScreen()
{
    // A window with no saved geometry: its first size. (The offscreen screen is 800x600,
    // smaller than the first size a large screen gets.)
    QSettings settings(path(QStringLiteral("first.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                   .arg(window.width())
                                                                   .arg(window.height())
                                                                   .arg(available.width())
                                                                   .arg(available.height())));
    QVERIFY(window.minimumWidth() > 0 && window.minimumHeight() > 0);
    QVERIFY(window.minimumWidth() <= available.width());
    QVERIFY(window.minimumHeight() <= available.height());
    // Narrower than form and preview need: they are in tabs, nothing squeezed.
    QCOMPARE(window.isSideBySide(), window.width() >= window.sideBySideWidth());
}

void TestScreens::startAndResultStayInView_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("the minimum") << QSize(1, 1); // grows to the minimum size
    QTest::newRow("640x480") << QSize(640, 480);
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestScreens::startAndResultStayInView()
{
    QFETCH(QSize, size);
    const QString source = path(QStringLiteral("source.txt"));
    QVERIFY(writeFile(source, QByteArray(4096, 'x')));
    TransferRequest request = m_window->form()->request();
    request.sourcePath = source;
    request.destinationPath = path(QStringLiteral("out.txt"));
    request.count = 100;
    m_window->form()->setRequest(request);
    m_window->resize(size.expandedTo(m_window->minimumSize()));
    QTRY_COMPARE(m_window->size(), size.expandedTo(m_window->minimumSize()));

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QVERIFY(wholeInView(m_window->startButton()));
    QTest::mouseClick(m_window->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("100 bytes sent"));
    QApplication::processEvents(); // the layout takes the new text
    for (const QWidget* widget : {static_cast<QWidget*>(m_window->startButton()),
                                  static_cast<QWidget*>(m_window->pauseButton()),
                                  static_cast<QWidget*>(m_window->cancelButton()),
                                  static_cast<QWidget*>(m_window->progressBar()),
                                  static_cast<QWidget*>(m_window->resultPanel())})
        QVERIFY2(wholeInView(widget), widget->metaObject()->className());
    // The headline itself, not only its panel.
    const QList<QLabel*> labels = m_window->resultPanel()->findChildren<QLabel*>();
    const auto headline = std::find_if(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text() == QStringLiteral("100 bytes sent");
    });
    QVERIFY(headline != labels.end());
    // The new text's height reaches the window's layout over a few layout passes.
    QTRY_VERIFY((*headline)->height() >= (*headline)->sizeHint().height());
    QVERIFY(wholeInView(*headline));
}

void TestScreens::previewTabsWhenNarrowAndSitsBesideWhenWide()
{
    PreviewPane* preview = m_window->preview();
    m_window->resize(800, 600);
    QTRY_VERIFY(!m_window->isSideBySide());
    QTabWidget* tabs = m_window->narrowTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(1), preview);
    // The form has the width it asks for: no label or Browse… is cut.
    TransferForm* form = m_window->form();
    QTRY_VERIFY(form->width() >= form->minimumSizeHint().width());
    QPushButton* browse = form->sourceField()->browseButton();
    QVERIFY(wholeInView(browse));
    tabs->setCurrentWidget(preview);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(preview->goToEdit()->width() >= preview->goToEdit()->minimumWidth());
    QVERIFY(wholeInView(preview->goToEdit()));

    m_window->resize(1366, 768);
    QTRY_VERIFY(m_window->isSideBySide());
    QVERIFY(!tabs->isVisible());
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter && splitter->isVisible());
    QCOMPARE(splitter->count(), 2);
    QCOMPARE(splitter->widget(1), preview);
    QTRY_VERIFY(preview->isVisible() && form->isVisible());
    QVERIFY(form->width() >= form->minimumSizeHint().width());
    QVERIFY(preview->goToEdit()->width() >= preview->goToEdit()->minimumWidth());
    QVERIFY(wholeInView(preview->goToEdit()));
    QTRY_VERIFY(wholeInView(browse)); // once the scroll area has settled
}

void TestScreens::previewToolbarWraps()
{
    PreviewPane pane;
    pane.resize(1200, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QLineEdit* find = pane.findEdit();
    QLineEdit* goTo = pane.goToEdit();
    const auto top = [&](QWidget* widget) {
        return widget->mapTo(&pane, QPoint(0, 0)).y();
    };
    QTRY_COMPARE(top(goTo), top(find)); // one row when there is room

    pane.resize(360, 400);
    QTRY_VERIFY(top(goTo) > top(find)); // wrapped
    for (QWidget* widget : {static_cast<QWidget*>(find), static_cast<QWidget*>(goTo),
                            static_cast<QWidget*>(pane.findModeCombo())}) {
        QVERIFY(widget->width() >= widget->minimumWidth());
        QVERIFY2(wholeInView(widget), qPrintable(widget->accessibleName()));
    }
    QVERIFY(goTo->width() >= goTo->fontMetrics().horizontalAdvance(QStringLiteral("0x00000000")));
}

void TestScreens::errorColoursFollowThePalette()
{
    TransferForm* form = m_window->form();
    QLabel* error = form->offsetErrorLabel();
    form->offsetEdit()->setText(QStringLiteral("12XB"));
    QTRY_VERIFY(error->isVisible());
    TransferRequest request = form->request();
    request.sourcePath = path(QStringLiteral("missing.txt"));
    form->setRequest(request);
    auto* sourceInfo = form->sourceField()->findChild<QLabel*>();
    QTRY_VERIFY(!sourceInfo->text().isEmpty());
    for (const QPalette& palette :
         {QApplication::style()->standardPalette(), PaletteColors::darkPalette(),
          PaletteColors::highContrastPalette()}) {
        m_window->setPalette(palette);
        const QColor shown = error->palette().color(QPalette::WindowText);
        QCOMPARE(shown.name(), PaletteColors::errorColor(palette).name());
        QVERIFY(PaletteColors::contrast(shown, palette.color(QPalette::Window)) >= 4.5);
        QCOMPARE(sourceInfo->palette().color(QPalette::WindowText).name(),
                 PaletteColors::errorColor(palette).name());
    }
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
