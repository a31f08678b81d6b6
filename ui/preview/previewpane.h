#pragma once

#include "core/preview/bytesearch.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace rangecopy {

class HexView;
class TextView;

// Shows a file with a range marked in it, as text and as hex: the source with the range about
// to be copied, or the destination with the span just written. The views read only what is
// on screen, so a range of any size can be looked through. Go to offset and find work on the
// file shown.
class PreviewPane : public QWidget {
    Q_OBJECT

public:
    // text() gives at most this much of the marked range.
    static constexpr qint64 kTextLimit = 64 * 1024;

    explicit PreviewPane(QWidget* parent = nullptr);
    ~PreviewPane() override;

    // title: what is shown; the range [markStart, markStart + markLength) is marked and shown.
    void showFile(const QString& title, const QString& path, qint64 markStart, qint64 markLength);
    void showMessage(const QString& title, const QString& message);
    // Whether "Use selection as range" applies (it does for the source).
    void setSelectionUsableAsRange(bool usable);
    // Holds work the views do in the background (the text view's line count) while a copy
    // runs: on two cores it slowed a 2 GiB copy by up to 13 % (BENCHMARKS.md).
    void setBackgroundWorkPaused(bool paused);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString caption() const;
    // The head of the marked range (kTextLimit bytes at most) as display text.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString selectionText() const;
    [[nodiscard]] QString findStatus() const;
    [[nodiscard]] HexView* hexView() const { return m_hexView; }
    [[nodiscard]] TextView* textView() const { return m_textView; }
    [[nodiscard]] QComboBox* encodingCombo() const { return m_encoding; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QLineEdit* goToEdit() const { return m_goTo; }
    [[nodiscard]] QLineEdit* findEdit() const { return m_find; }
    [[nodiscard]] QComboBox* findModeCombo() const { return m_findMode; }
    [[nodiscard]] QPushButton* useAsRangeButton() const { return m_useAsRange; }

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void goToTypedOffset();

Q_SIGNALS:
    void useAsRangeRequested(qint64 start, qint64 length);
    // A search ended (found or not); findStatus() says how.
    void searchFinished();
    void message(const QString& text);

private:
    QWidget* buildToolbar();
    void find(SearchDirection direction);
    void showSearchResult();
    void updateSelectionText();
    void setFindStatus(const QString& text);

    QLabel* m_title;
    QLabel* m_caption;
    QTabWidget* m_tabs;
    TextView* m_textView;
    HexView* m_hexView;
    QLineEdit* m_goTo;
    QLineEdit* m_find;
    QComboBox* m_findMode;
    QPushButton* m_findPrevious;
    QPushButton* m_findNext;
    QLabel* m_findStatus;
    QComboBox* m_offsetBase;
    QComboBox* m_bytesPerRow;
    QComboBox* m_encoding;
    QLabel* m_selection;
    QPushButton* m_useAsRange;
    bool m_selectionUsableAsRange = true;

    qint64 m_markStart = 0;
    qint64 m_markLength = 0;
    qint64 m_searchPatternLength = 0;
    QFutureWatcher<SearchResult> m_search;
};

} // namespace rangecopy
