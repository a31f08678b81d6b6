#include "ui/preview/previewpane.h"

#include "core/text/bytesize.h"
#include "core/text/displaytext.h"
#include "ui/preview/hexview.h"
#include "ui/preview/textview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

namespace {

constexpr int kSearchProgressSteps = 1000;

QLabel* labelFor(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// What a field shows while empty, what a screen reader calls it, and its tooltip.
void describeField(QLineEdit* field, const QString& placeholder, const QString& name,
                   const QString& toolTip)
{
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(name);
    field->setToolTip(toolTip);
}

} // namespace

PreviewPane::PreviewPane(QWidget* parent)
    : QWidget(parent)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_textView->setAccessibleName(tr("Text view"));
    m_textView->setDocument(&m_document);
    m_hexView->setDocument(&m_document);
    m_tabs->addTab(m_textView, tr("&Text"));
    m_tabs->addTab(m_hexView, tr("He&x"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_tabs, 1);

    connect(m_hexView, &HexView::selectionChanged, this, &PreviewPane::updateSelectionText);
    connect(m_hexView, &HexView::useAsRangeRequested, this, &PreviewPane::useAsRangeRequested);
    connect(m_hexView, &HexView::message, this, &PreviewPane::message);
    connect(&m_document, &PreviewDocument::openFinished, this, &PreviewPane::showOpenedFile);
    connect(&m_search, &QFutureWatcherBase::finished, this, &PreviewPane::showSearchResult);
    connect(&m_search, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        setFindStatus(tr("Searching… %1%").arg(value * 100 / kSearchProgressSteps));
    });
    updateSelectionText();
}

PreviewPane::~PreviewPane()
{
    m_search.cancel();
    m_search.waitForFinished();
}

QWidget* PreviewPane::buildToolbar()
{
    auto* toolbar = new QWidget(this);
    describeField(m_goTo, tr("offset, e.g. 0x1000"), tr("Go to offset"),
                  tr("Go to an offset in the file shown (Ctrl+G)"));
    describeField(m_find, tr("text or hex bytes"), tr("Find"),
                  tr("Find in the file shown (Ctrl+F; F3 next, Shift+F3 previous)"));
    m_findMode->addItems({tr("Text"), tr("Hex")});
    m_findMode->setAccessibleName(tr("Find as"));
    m_findStatus->setTextFormat(Qt::PlainText);
    m_findStatus->setVisible(false);
    m_offsetBase->addItems({tr("Hex offsets"), tr("Decimal offsets")});
    m_offsetBase->setAccessibleName(tr("Offset base"));
    m_bytesPerRow->addItems({QStringLiteral("8"), QStringLiteral("16"), QStringLiteral("32")});
    m_bytesPerRow->setCurrentIndex(1);
    m_bytesPerRow->setAccessibleName(tr("Bytes per row"));
    for (const auto& [name, encoding] :
         {std::pair{QStringLiteral("UTF-8"), QStringConverter::Utf8},
          std::pair{QStringLiteral("Latin-1"), QStringConverter::Latin1},
          std::pair{QStringLiteral("UTF-16 LE"), QStringConverter::Utf16LE},
          std::pair{QStringLiteral("UTF-16 BE"), QStringConverter::Utf16BE}})
        m_encoding->addItem(name, int(encoding));
    m_encoding->setAccessibleName(tr("Text encoding"));
    m_selection->setTextFormat(Qt::PlainText);
    m_useAsRange->setToolTip(tr("Make the selected bytes the range to copy"));

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(labelFor(tr("&Find:"), m_find, toolbar));
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findMode);
    findRow->addWidget(m_findPrevious);
    findRow->addWidget(m_findNext);
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(labelFor(tr("&Go to:"), m_goTo, toolbar));
    viewRow->addWidget(m_goTo, 1);
    viewRow->addWidget(m_offsetBase);
    viewRow->addWidget(labelFor(tr("&Row:"), m_bytesPerRow, toolbar));
    viewRow->addWidget(m_bytesPerRow);
    viewRow->addWidget(labelFor(tr("&Encoding:"), m_encoding, toolbar));
    viewRow->addWidget(m_encoding);
    auto* selectionRow = new QHBoxLayout;
    selectionRow->addWidget(m_selection, 1);
    selectionRow->addWidget(m_useAsRange);
    auto* column = new QVBoxLayout(toolbar);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(findRow);
    column->addWidget(m_findStatus);
    column->addLayout(viewRow);
    column->addLayout(selectionRow);

    connect(m_goTo, &QLineEdit::returnPressed, this, &PreviewPane::goToTypedOffset);
    connect(m_find, &QLineEdit::returnPressed, this, &PreviewPane::findNext);
    connect(m_findNext, &QPushButton::clicked, this, &PreviewPane::findNext);
    connect(m_findPrevious, &QPushButton::clicked, this, &PreviewPane::findPrevious);
    connect(m_offsetBase, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_hexView->setOffsetBase(index == 0 ? HexView::OffsetBase::Hexadecimal
                                            : HexView::OffsetBase::Decimal);
        updateSelectionText();
    });
    connect(m_bytesPerRow, &QComboBox::currentIndexChanged, this,
            [this] { m_hexView->setBytesPerRow(m_bytesPerRow->currentText().toInt()); });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_document.setTextEncoding(
            static_cast<QStringConverter::Encoding>(m_encoding->currentData().toInt()));
    });
    connect(m_useAsRange, &QPushButton::clicked, this, [this] {
        Q_EMIT useAsRangeRequested(m_hexView->selectionStart(), m_hexView->selectionLength());
    });
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QShortcut(keys, this, slot);
        action->setContext(Qt::WindowShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        m_goTo->setFocus();
        m_goTo->selectAll();
    });
    shortcut(QKeySequence::Find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    shortcut(QKeySequence::FindNext, [this] { findNext(); });
    shortcut(QKeySequence::FindPrevious, [this] { findPrevious(); });
    return toolbar;
}

void PreviewPane::showFile(const QString& title, const QString& path, qint64 markStart,
                           qint64 markLength)
{
    m_search.cancel();
    m_title->setText(title);
    setFindStatus(QString());
    // Opened on a worker, with the first screen's pages: a file that does not answer (a
    // mount that hangs) cannot freeze the window. showOpenedFile() goes on from here.
    m_caption->setText(tr("Opening…"));
    m_opening = {markStart, markLength};
    m_document.openInBackground(path, std::max<qint64>(markStart - kFirstScreenBytes / 2, 0),
                                kFirstScreenBytes);
}

void PreviewPane::showOpenedFile(const QString& error)
{
    const auto [markStart, markLength] = m_opening;
    if (!error.isEmpty()) {
        showMessage(m_title->text(), error);
        Q_EMIT fileShown();
        return;
    }
    m_document.setMarkedRange(markStart, markLength);
    m_hexView->goToOffset(markStart);
    m_textView->goToOffset(markStart);
    const qint64 size = m_document.size();
    if (markLength <= 0)
        m_caption->setText(tr("The range is empty; the file holds %1.").arg(formatByteSize(size)));
    else
        m_caption->setText(tr("Bytes %1–%2 of %3 marked (%4); the rest is dimmed.")
                               .arg(markStart)
                               .arg(markStart + markLength - 1)
                               .arg(size)
                               .arg(formatByteSize(markLength)));
    updateSelectionText();
    Q_EMIT fileShown();
}

void PreviewPane::showMessage(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_caption->setText(message);
    m_document.close();
    updateSelectionText();
}

void PreviewPane::setSelectionUsableAsRange(bool usable)
{
    m_selectionUsableAsRange = usable;
    updateSelectionText();
}

QString PreviewPane::title() const
{
    return m_title->text();
}
QString PreviewPane::caption() const
{
    return m_caption->text();
}
QString PreviewPane::selectionText() const
{
    return m_selection->text();
}
QString PreviewPane::findStatus() const
{
    return m_findStatus->text();
}

QString PreviewPane::text() const
{
    const std::optional<MarkedRange>& mark = m_document.markedRange();
    if (!mark)
        return {};
    return escapeForDisplay(m_document.read(mark->start, std::min(mark->length, kTextLimit)));
}

void PreviewPane::updateSelectionText()
{
    const QString selection = m_hexView->selectionDescription();
    m_selection->setText(selection.isEmpty() ? tr("No selection")
                                             : tr("Selection: %1").arg(selection));
    m_useAsRange->setVisible(m_selectionUsableAsRange);
    m_useAsRange->setEnabled(m_selectionUsableAsRange && !selection.isEmpty());
}

void PreviewPane::goToTypedOffset()
{
    const ParsedByteSize offset = parseByteSize(m_goTo->text());
    if (!offset.ok()) {
        setFindStatus(tr("Go to: %1").arg(offset.error));
        return;
    }
    if (offset.value >= m_document.size()) {
        setFindStatus(tr("Go to: %1 is past the end of the file (%2).")
                          .arg(offset.value)
                          .arg(formatByteSize(m_document.size())));
        return;
    }
    setFindStatus(QString());
    if (m_tabs->currentWidget() == m_textView) {
        m_textView->goToOffset(offset.value);
        m_textView->setFocus();
    } else {
        m_hexView->goToOffset(offset.value);
        m_hexView->setFocus();
    }
}

void PreviewPane::setFindStatus(const QString& text)
{
    m_findStatus->setText(text);
    m_findStatus->setVisible(!text.isEmpty());
}

void PreviewPane::findNext()
{
    find(SearchDirection::Forward);
}
void PreviewPane::findPrevious()
{
    find(SearchDirection::Backward);
}

void PreviewPane::find(SearchDirection direction)
{
    QByteArray pattern;
    if (m_findMode->currentIndex() == 1) {
        QString error;
        pattern = parseHexPattern(m_find->text(), &error);
        if (pattern.isEmpty()) {
            setFindStatus(tr("Find: %1").arg(error));
            return;
        }
    } else {
        pattern = m_find->text().toUtf8();
    }
    if (pattern.isEmpty() || !m_document.isOpen())
        return;
    // Next starts after the current match (or at the cursor); previous before it.
    const qint64 here =
        m_hexView->selectionLength() > 0 ? m_hexView->selectionStart() : m_hexView->cursorOffset();
    const qint64 from =
        direction == SearchDirection::Forward && m_hexView->selectionLength() > 0 ? here + 1 : here;
    m_search.cancel();
    m_searchPatternLength = pattern.size();
    setFindStatus(tr("Searching…"));
    const QString path = m_document.path();
    m_search.setFuture(QtConcurrent::run([path, pattern, from,
                                          direction](QPromise<SearchResult>& promise) {
        promise.setProgressRange(0, kSearchProgressSteps);
        promise.addResult(
            findBytes(path, pattern, from, direction, [&](qint64 searched, qint64 total) {
                promise.setProgressValue(int(double(searched) / double(std::max<qint64>(total, 1)) *
                                             kSearchProgressSteps));
                return !promise.isCanceled();
            }));
    }));
}

void PreviewPane::showSearchResult()
{
    if (m_search.isCanceled() || m_search.future().resultCount() == 0)
        return;
    const SearchResult result = m_search.result();
    if (!result.error.isEmpty()) {
        setFindStatus(result.error);
    } else if (!result.found()) {
        setFindStatus(tr("Not found."));
    } else {
        m_tabs->setCurrentWidget(m_hexView);
        m_hexView->goToOffset(result.offset);
        m_hexView->setSelection(result.offset, m_searchPatternLength);
        setFindStatus(tr("Found at %1.").arg(result.offset));
    }
    Q_EMIT searchFinished();
}

} // namespace rangecopy
