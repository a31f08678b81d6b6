#pragma once

#include "core/io/timedwork.h"
#include "core/preview/bytesearch.h"
#include "core/preview/previewdocument.h"
#include "ui/preview/hexview.h"
#include "ui/preview/imageview.h"
#include "ui/preview/textview.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QWidget>

namespace rangecopy {

// Shows a file with a range marked in it, as text and as hex: the source with the range about
// to be copied, or the destination with the span just written. Both views show one
// PreviewDocument (the file opened once, one page cache, one marked range) and read only what
// is on screen, so a range of any size can be looked through. Go to offset and find work on
// the file shown.
class PreviewPane : public QWidget {
    Q_OBJECT

public:
    // text() gives at most this much of the marked range.
    static constexpr qint64 kTextLimit = 64 * 1024;

    explicit PreviewPane(QWidget* parent = nullptr);
    ~PreviewPane() override;

    // title: what is shown; the range [markStart, markStart + markLength) is marked and shown.
    // The file is opened on a worker: the caption says "Opening…" until fileShown().
    void showFile(const QString& title, const QString& path, qint64 markStart, qint64 markLength);
    // The same, then both views go to the byte at `at` and mark it, and `note` says why (a
    // verification's first differing byte).
    void showFileAt(const QString& title, const QString& path, qint64 markStart, qint64 markLength,
                    qint64 at, const QString& note);
    void showMessage(const QString& title, const QString& message);
    // A widget of the owner's beside the title (the window's switch of what is shown).
    void addTitleWidget(QWidget* widget);
    // Whether "Use selection as range" applies (it does for the source).
    void setSelectionUsableAsRange(bool usable);
    // Holds work done in the background (the line count) while a copy runs: on two cores it
    // slowed a 2 GiB copy by up to 13 % (BENCHMARKS.md).
    void setBackgroundWorkPaused(bool paused) { m_document.setBackgroundWorkPaused(paused); }

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString caption() const;
    // The head of the marked range (kTextLimit bytes at most) as display text.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString selectionText() const;
    [[nodiscard]] QString findStatus() const;
    // What the marked range starts with, in words ("PNG image, 37 × 23"), once looked at
    // (rangeLooked()); empty before, and for a message.
    [[nodiscard]] QString rangeType() const { return m_rangeType; }
    // The Image tab: shown while the marked range is an image.
    [[nodiscard]] ImageView* imageView() const { return m_imageView; }
    [[nodiscard]] bool isImageTabShown() const;
    // The base every offset the preview shows is written in (the "Hex offsets/Decimal
    // offsets" choice): the hex view's offset column, the selection, Find, Go to and the
    // caption. The window's form follows it too (offsetBaseChanged()).
    [[nodiscard]] OffsetBase offsetBase() const;
    void setOffsetBase(OffsetBase base);
    [[nodiscard]] HexView* hexView() const { return m_hexView; }
    [[nodiscard]] TextView* textView() const { return m_textView; }
    [[nodiscard]] const PreviewDocument& document() const { return m_document; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QLineEdit* goToEdit() const { return m_goTo; }
    [[nodiscard]] QLineEdit* findEdit() const { return m_find; }
    [[nodiscard]] QComboBox* findModeCombo() const { return m_findMode; }
    [[nodiscard]] QComboBox* offsetBaseCombo() const { return m_offsetBase; }
    [[nodiscard]] QComboBox* encodingCombo() const { return m_encoding; }
    [[nodiscard]] QPushButton* useAsRangeButton() const { return m_useAsRange; }
    // The pane's inputs and views in reading order, the keyboard's Tab order.
    [[nodiscard]] QList<QWidget*> tabChain() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void goToTypedOffset();

Q_SIGNALS:
    void useAsRangeRequested(qint64 start, qint64 length);
    // A search ended (found or not); findStatus() says how.
    void searchFinished();
    void message(const QString& text);
    void offsetBaseChanged(rangecopy::OffsetBase base);
    // What showFile() asked for is on screen: the file, or why it cannot be shown.
    void fileShown();
    // The marked range was looked at on a worker: rangeType() names it, and the Image tab
    // shows it when it is an image.
    void rangeLooked();

private:
    // How long the look at a range (its type, and decoding an image) may take.
    static constexpr std::chrono::milliseconds kLookLimit{10000};
    // Looks at the range on a worker (lookAtRange) and shows what it is: showLook().
    void startLook(const QString& path, qint64 markStart, qint64 markLength);
    void showLook(const struct RangeLook& look);
    void setImageTabShown(bool shown);

    // Bytes around the marked range's start read by the worker that opens a file: more than
    // a screen of either view.
    static constexpr qint64 kFirstScreenBytes = 64 * 1024;
    void showOpenedFile(const QString& error);

    QWidget* buildToolbar();
    void find(SearchDirection direction);
    void showSearchResult();
    void updateSelectionText();
    // The caption of an open file: the marked range in the chosen base, and a note when the
    // file looks binary.
    void updateCaption();
    void setFindStatus(const QString& text);
    void showFoundAt(qint64 offset);
    // Both views go to offset; the text view marks [offset, offset + length) and the hex view
    // selects it (or puts its cursor there when length is 1).
    void showTarget(qint64 offset, qint64 length);
    // A new file was opened: the encoding list shows its guess, and a binary file opens in Hex.
    void onFileGuessed();

    // Widgets are made here rather than in a constructor list, each beside what goes with
    // it. Their order is the order of creation, which is the keyboard's focus order.
    QLabel* m_title = new QLabel(this);
    QHBoxLayout* m_titleRow = new QHBoxLayout;
    QLabel* m_caption = new QLabel(this);
    QTabWidget* m_tabs = new QTabWidget(this);
    TextView* m_textView = new TextView(this);
    HexView* m_hexView = new HexView(this);
    ImageView* m_imageView = new ImageView(this);
    TimedWork m_look;                                   // lookAtRange() of the range shown
    QString m_rangeType;                                // its answer's type in words
    PreviewDocument m_document;                         // what both views show
    std::pair<qint64, qint64> m_opening{0, 0};          // the range to mark once the file is open
    std::pair<qint64, QString> m_openingTarget{-1, {}}; // showFileAt(): the byte, and why

    // Go to and find.
    QLineEdit* m_goTo = new QLineEdit(this);
    QLineEdit* m_find = new QLineEdit(this);
    QComboBox* m_findMode = new QComboBox(this);
    QPushButton* m_findPrevious = new QPushButton(tr("Previous"), this);
    QPushButton* m_findNext = new QPushButton(tr("Next"), this);
    QFutureWatcher<SearchResult> m_search;
    qint64 m_searchPatternLength = 0;
    qint64 m_foundAt = -1; // what findStatus() says was found, written in the offset base

    // What find says, how the file is shown, and the selection.
    QLabel* m_findStatus = new QLabel(this);
    QComboBox* m_offsetBase = new QComboBox(this);
    QComboBox* m_bytesPerRow = new QComboBox(this);
    QComboBox* m_encoding = new QComboBox(this);
    QLabel* m_selection = new QLabel(this);
    QPushButton* m_useAsRange = new QPushButton(tr("&Use Selection as Range"), this);
    bool m_selectionUsableAsRange = true;
    // The Hex tab was chosen for a binary file, not by the person: a text file goes back to Text.
    bool m_hexChosenForBinary = false;
    // The Image tab was chosen for an image, not by the person.
    bool m_imageChosenForImage = false;
    bool m_choosingTab = false;
};

} // namespace rangecopy
