// The window from the keyboard alone: one Tab order through form, buttons and preview that
// comes back to where it started (and Shift+Tab the reverse), mnemonics that never clash
// with each other or with the menus, Alt+letter and F10 reaching the menus.

#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/textview.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <map>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->accessibleName().isEmpty())
        name += QStringLiteral(" '%1'").arg(widget->accessibleName());
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        name += QStringLiteral(" '%1'").arg(button->text());
    return name;
}

} // namespace

class TestKeyboard : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tabVisitsEveryInputInReadingOrder_data();
    void tabVisitsEveryInputInReadingOrder();
    void mnemonicsDoNotClash();
    void germanWindowHasNoClashesAndFits();
    void altLettersReachWhatTheySay();
    void f10OpensTheMenuBar();

private:
    // Presses key (Tab or Shift+Tab) from the focused widget until focus comes back to start;
    // the widgets reached, start last.
    QList<QWidget*> walk(QWidget* start, Qt::KeyboardModifiers modifiers);
    // Every widget of the window a person can reach now with Tab.
    [[nodiscard]] QList<QWidget*> reachableWidgets() const;
};

void TestKeyboard::init()
{
    WindowTest::init();
    const QString source = path(QStringLiteral("source.txt"));
    QVERIFY(writeFile(source, QByteArray("The first line.\nThe second line.\n")));
    TransferRequest request = m_window->form()->request();
    request.sourcePath = source;
    request.destinationPath = path(QStringLiteral("out.txt"));
    m_window->form()->setRequest(request);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QList<QWidget*> TestKeyboard::walk(QWidget* start, Qt::KeyboardModifiers modifiers)
{
    start->setFocus(Qt::OtherFocusReason);
    if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == start; }))
        return {};
    QList<QWidget*> reached;
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        QWidget* now = QApplication::focusWidget();
        reached << now;
        if (now == start || now == nullptr)
            break;
    }
    return reached;
}

QList<QWidget*> TestKeyboard::reachableWidgets() const
{
    QList<QWidget*> widgets;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->isEnabled() && !widget->focusProxy() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
            widget->window() == m_window.get())
            widgets << widget;
    }
    return widgets;
}

void TestKeyboard::tabVisitsEveryInputInReadingOrder_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sideBySide");
    QTest::newRow("wide, side by side") << QSize(1400, 800) << true;
    QTest::newRow("narrow, in tabs") << QSize(640, 480) << false;
}

void TestKeyboard::tabVisitsEveryInputInReadingOrder()
{
    QFETCH(QSize, size);
    QFETCH(bool, sideBySide);
    m_window->resize(size);
    QTRY_COMPARE(m_window->isSideBySide(), sideBySide);
    TransferForm* form = m_window->form();
    PreviewPane* preview = m_window->preview();
    // The Advanced inputs and the destination offset are inputs too when shown.
    form->modeCombo()->setCurrentIndex(1);                           // overwrite at offset
    QTest::keyClick(form->offsetEdit(), Qt::Key_N, Qt::AltModifier); // Advanced
    QTRY_VERIFY(form->destinationOffsetEdit()->isVisible());
    QComboBox* method = nullptr;
    for (QComboBox* combo : form->findChildren<QComboBox*>())
        method = combo->accessibleName() == QStringLiteral("Copy method") ? combo : method;
    QVERIFY(method);
    QTRY_VERIFY(method->isVisible());
    QWidget* source = form->sourceField()->lineEdit();

    const QList<QWidget*> forward = walk(source, Qt::NoModifier);
    QVERIFY2(!forward.isEmpty() && forward.last() == source,
             qPrintable(QStringLiteral("Tab never came back to Source; reached: ") +
                        describe(forward.value(forward.size() - 1))));
    // Every reachable widget once.
    QList<QWidget*> expected = reachableWidgets();
    QStringList missing;
    for (QWidget* widget : std::as_const(expected)) {
        if (forward.count(widget) != 1)
            missing << describe(widget) + QStringLiteral(" x%1").arg(forward.count(widget));
    }
    QStringList walked;
    for (QWidget* widget : forward)
        walked << describe(widget);
    QVERIFY2(missing.isEmpty(),
             qPrintable(missing.join(QStringLiteral(", ")) + QStringLiteral(" missing from ") +
                        walked.join(QStringLiteral(" → "))));
    QCOMPARE(forward.size(), expected.size());

    // Reading order: the form top to bottom, the buttons, then the preview, its view last.
    const auto at = [&](QWidget* widget) {
        return forward.indexOf(widget);
    };
    QList<QWidget*> inOrder;
    inOrder << form->sourceField()->browseButton() << form->destinationField()->lineEdit()
            << form->offsetEdit() << form->countEdit() << form->modeCombo()
            << form->destinationOffsetEdit() << method << m_window->startButton();
    for (qsizetype i = 1; i < inOrder.size(); ++i)
        QVERIFY2(at(inOrder[i - 1]) < at(inOrder[i]), qPrintable(describe(inOrder[i])));
    if (sideBySide) {
        QVERIFY(at(m_window->startButton()) < at(preview->findEdit()));
        QVERIFY(at(preview->findEdit()) < at(preview->goToEdit()));
        QVERIFY(at(preview->goToEdit()) < at(preview->textView()));
        QCOMPARE(forward.value(forward.size() - 2), preview->textView());
    } else {
        // The preview waits on its tab; the tabs come first in reading order.
        QVERIFY(at(preview->findEdit()) < 0);
        QCOMPARE(forward.value(forward.size() - 2), m_window->narrowTabs()->findChild<QTabBar*>());
    }

    // Shift+Tab: the same way back.
    const QList<QWidget*> backward = walk(source, Qt::ShiftModifier);
    QCOMPARE(backward.size(), forward.size());
    for (qsizetype i = 0; i + 1 < forward.size(); ++i)
        QCOMPARE(describe(backward[i]), describe(forward[forward.size() - 2 - i]));
}

namespace {

// Every mnemonic of the window (labels, buttons, group boxes, tabs, menu titles), by letter.
std::multimap<QChar, QString> mnemonicsOf(const MainWindow& window)
{
    std::multimap<QChar, QString> owners;
    const auto add = [&](const QString& text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners.emplace(letter, text);
    };
    for (QAction* menu : window.menuBar()->actions())
        add(menu->text());
    for (const QLabel* label : window.findChildren<QLabel*>())
        add(label->text());
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        add(button->text());
    for (const QGroupBox* box : window.findChildren<QGroupBox*>())
        add(box->title());
    for (const QTabBar* tabs : window.findChildren<QTabBar*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    }
    return owners;
}

// "Alt+F: &File/&Find" for each letter two of them share.
QStringList clashesIn(const std::multimap<QChar, QString>& owners)
{
    QStringList clashes;
    for (auto it = owners.begin(); it != owners.end(); it = owners.upper_bound(it->first)) {
        if (owners.count(it->first) < 2)
            continue;
        QStringList texts;
        for (auto [first, last] = owners.equal_range(it->first); first != last; ++first)
            texts << first->second;
        clashes << QStringLiteral("Alt+%1: %2").arg(it->first.toUpper(), texts.join(u'/'));
    }
    return clashes;
}

} // namespace

void TestKeyboard::mnemonicsDoNotClash()
{
    // Everything that can carry a mnemonic in the window, shown now or later (Advanced,
    // Write at, the narrow window's tabs), and the menu titles.
    QTest::keyClick(m_window->form()->offsetEdit(), Qt::Key_N, Qt::AltModifier); // Advanced
    m_window->resize(640, 480);
    QTRY_VERIFY(!m_window->isSideBySide());
    const std::multimap<QChar, QString> owners = mnemonicsOf(*m_window);
    const QStringList clashes = clashesIn(owners);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QVERIFY(owners.size() >= 15); // the collection found the window's mnemonics at all
    // The letter the Edit menu takes (Undo, Preferences) stays free for it.
    bool hasEditMenu = false;
    for (QAction* menu : m_window->menuBar()->actions())
        hasEditMenu = hasEditMenu || mnemonicOf(menu->text()) == u'e';
    if (!hasEditMenu)
        QCOMPARE(owners.count(u'e'), std::size_t(0));
}

// In German (resources/translations), built into the programs: the window speaks it, its
// mnemonics do not clash either, and it still fits an 800×600 screen.
void TestKeyboard::germanWindowHasNoClashesAndFits()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/rangecopy_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    MainWindow window(*m_settings);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    const std::multimap<QChar, QString> owners = mnemonicsOf(window);
    const QStringList clashes = clashesIn(owners);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QVERIFY(owners.size() >= 15);
    // The window can be as small as an 800×600 screen (less its panel and frame).
    QVERIFY2(window.minimumSizeHint().width() <= 780 && window.minimumSizeHint().height() <= 560,
             qPrintable(QStringLiteral("%1 × %2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
}

void TestKeyboard::altLettersReachWhatTheySay()
{
    m_window->resize(1400, 800);
    QTRY_VERIFY(m_window->isSideBySide());
    PreviewPane* preview = m_window->preview();
    QWidget* source = m_window->form()->sourceField()->lineEdit();
    source->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), source);

    QTest::keyClick(source, Qt::Key_G, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), preview->goToEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->form()->destinationField()->lineEdit());
    preview->tabs()->setCurrentIndex(1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(preview->tabs()->currentWidget(), preview->textView());

    // Alt+F opens the File menu (Find has Ctrl+F).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QCOMPARE(menu->title(), m_window->menuBar()->actions().constFirst()->text());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), preview->findEdit());
}

void TestKeyboard::f10OpensTheMenuBar()
{
    QWidget* source = m_window->form()->sourceField()->lineEdit();
    source->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), source);
    QVERIFY(!QApplication::activePopupWidget());
    QTest::keyClick(source, Qt::Key_F10);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QCOMPARE(menu->menuAction(), m_window->menuBar()->actions().constFirst());
    // From there the arrows go on to the next menu.
    QTest::keyClick(menu, Qt::Key_Right);
    QTRY_VERIFY(QApplication::activePopupWidget() != menu);
    auto* next = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(next);
    QCOMPARE(next->menuAction(), m_window->menuBar()->actions().value(1));
    QTest::keyClick(next, Qt::Key_Escape);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
