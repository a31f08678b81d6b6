#include "ui/preview/previewpane.h"

#include "core/text/bytesize.h"
#include "core/text/displaytext.h"
#include "ui/preview/hexview.h"
#include "ui/preview/rangelook.h"
#include "ui/preview/textview.h"
#include "ui/widgets/flowlayout.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabBar>
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

// Widgets that stay together on one row of the toolbar when it wraps.
QWidget* group(QWidget* parent, std::initializer_list<QWidget*> widgets, bool expands = false)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        row->addWidget(widget, qobject_cast<QLineEdit*>(widget) ? 1 : 0);
    if (expands)
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return box;
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
    m_title->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_textView->setAccessibleName(tr("Text view"));
    m_textView->setDocument(&m_document);
    m_hexView->setDocument(&m_document);
    m_tabs->addTab(m_textView, tr("&Text"));
    m_tabs->addTab(m_hexView, tr("He&x"));
    m_tabs->addTab(m_imageView, tr("Image"));
    setImageTabShown(false);
    m_look.setTimeLimit(kLookLimit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleRow->addWidget(m_title, 1);
    layout->addLayout(m_titleRow);
    layout->addWidget(m_caption);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_tabs, 1);
    const QList<QWidget*> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);

    connect(m_hexView, &HexView::selectionChanged, this, &PreviewPane::updateSelectionText);
    connect(m_hexView, &HexView::useAsRangeRequested, this, &PreviewPane::useAsRangeRequested);
    connect(m_hexView, &HexView::message, this, &PreviewPane::message);
    connect(&m_document, &PreviewDocument::openFinished, this, &PreviewPane::showOpenedFile);
    // A file that stops answering while scrolled is shown no more, with the reason.
    connect(&m_document, &PreviewDocument::readStopped, this,
            [this](const QString& error) { showMessage(m_title->text(), error); });
    connect(&m_search, &QFutureWatcherBase::finished, this, &PreviewPane::showSearchResult);
    // The encoding list shows the document's encoding, guessed for each new file.
    connect(&m_document, &PreviewDocument::textEncodingChanged, this, [this] {
        const QSignalBlocker quiet(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_document.textEncoding())));
    });
    connect(&m_document, &PreviewDocument::fileGuessed, this, &PreviewPane::onFileGuessed);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_choosingTab) {
            m_hexChosenForBinary = false;
            m_imageChosenForImage = false;
        }
    });
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
    m_findStatus->setWordWrap(true);
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

    // Fields keep a useful width; the toolbar wraps on a narrow pane instead (FlowLayout).
    const int charWidth = m_find->fontMetrics().horizontalAdvance(u'0');
    m_find->setMinimumWidth(charWidth * 16);
    m_goTo->setMinimumWidth(charWidth * 14);
    // Find has Ctrl+F and no mnemonic: its letters are the menus' (F, E).
    auto* tools = new QWidget(toolbar);
    auto* flow = new FlowLayout(tools);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(group(
        tools, {new QLabel(tr("Find:"), tools), m_find, m_findMode, m_findPrevious, m_findNext},
        true));
    flow->addWidget(
        group(tools, {labelFor(tr("&Go to:"), m_goTo, tools), m_goTo, m_offsetBase}, true));
    flow->addWidget(
        group(tools, {labelFor(tr("&Bytes per row:"), m_bytesPerRow, tools), m_bytesPerRow}));
    flow->addWidget(group(tools, {labelFor(tr("Encod&ing:"), m_encoding, tools), m_encoding}));
    auto* selectionRow = new QHBoxLayout;
    selectionRow->addWidget(m_selection, 1);
    selectionRow->addWidget(m_useAsRange);
    auto* column = new QVBoxLayout(toolbar);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(tools);
    column->addWidget(m_findStatus);
    column->addLayout(selectionRow);

    connect(m_goTo, &QLineEdit::returnPressed, this, &PreviewPane::goToTypedOffset);
    connect(m_find, &QLineEdit::returnPressed, this, &PreviewPane::findNext);
    connect(m_findNext, &QPushButton::clicked, this, &PreviewPane::findNext);
    connect(m_findPrevious, &QPushButton::clicked, this, &PreviewPane::findPrevious);
    connect(m_offsetBase, &QComboBox::currentIndexChanged, this, [this](int index) {
        const OffsetBase base = index == 0 ? OffsetBase::Hexadecimal : OffsetBase::Decimal;
        m_hexView->setOffsetBase(base);
        updateSelectionText();
        updateCaption();
        if (m_foundAt >= 0)
            showFoundAt(m_foundAt);
        Q_EMIT offsetBaseChanged(base);
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
    // whatsThis: Help → Keyboard Shortcuts lists them.
    const auto shortcut = [this](const QKeySequence& keys, const QString& does, auto slot) {
        auto* action = new QShortcut(keys, this, slot);
        action->setContext(Qt::WindowShortcut);
        action->setWhatsThis(does);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), tr("Go to an offset in the preview"), [this] {
        m_goTo->setFocus();
        m_goTo->selectAll();
    });
    shortcut(QKeySequence::Find, tr("Find in the preview"), [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    shortcut(QKeySequence::FindNext, tr("Find the next match"), [this] { findNext(); });
    shortcut(QKeySequence::FindPrevious, tr("Find the previous match"), [this] { findPrevious(); });
    return toolbar;
}

void PreviewPane::addTitleWidget(QWidget* widget)
{
    widget->setParent(this);
    m_titleRow->addWidget(widget, 0, Qt::AlignTop);
}

QList<QWidget*> PreviewPane::tabChain() const
{
    return {
        m_find,       m_findMode,    m_findPrevious, m_findNext,   m_goTo,
        m_offsetBase, m_bytesPerRow, m_encoding,     m_useAsRange, m_tabs->findChild<QTabBar*>(),
        m_textView,   m_hexView};
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
    m_openingTarget = {-1, QString()};
    m_document.openInBackground(path, std::max<qint64>(markStart - kFirstScreenBytes / 2, 0),
                                kFirstScreenBytes);
    startLook(path, markStart, markLength);
}

void PreviewPane::startLook(const QString& path, qint64 markStart, qint64 markLength)
{
    m_rangeType.clear();
    m_look.run([path, markStart, markLength] { return lookAtRange(path, markStart, markLength); },
               [this](const RangeLook& look) { showLook(look); },
               [this] {
                   RangeLook late;
                   late.type.description = tr("not known: the file did not answer in time");
                   showLook(late);
               });
}

void PreviewPane::showLook(const RangeLook& look)
{
    m_rangeType = look.type.error.isEmpty() ? look.type.description : QString();
    if (look.isImage)
        m_imageView->showLook(look);
    else
        m_imageView->clear();
    setImageTabShown(look.isImage);
    updateCaption();
    Q_EMIT rangeLooked();
}

void PreviewPane::setImageTabShown(bool shown)
{
    const int index = m_tabs->indexOf(m_imageView);
    m_choosingTab = true;
    if (shown && !m_tabs->isTabVisible(index)) {
        m_tabs->setTabVisible(index, true);
        // An image opens in its picture, as a binary file opens in Hex.
        if (m_tabs->currentWidget() == m_textView || m_hexChosenForBinary) {
            m_tabs->setCurrentWidget(m_imageView);
            m_imageChosenForImage = true;
        }
    } else if (!shown) {
        if (m_tabs->currentWidget() == m_imageView)
            m_tabs->setCurrentWidget(m_document.looksBinary() ? static_cast<QWidget*>(m_hexView)
                                                              : m_textView);
        m_tabs->setTabVisible(index, false);
        m_imageChosenForImage = false;
    }
    m_choosingTab = false;
}

bool PreviewPane::isImageTabShown() const
{
    return m_tabs->isTabVisible(m_tabs->indexOf(m_imageView));
}

void PreviewPane::showFileAt(const QString& title, const QString& path, qint64 markStart,
                             qint64 markLength, qint64 at, const QString& note)
{
    showFile(title, path, markStart, markLength);
    m_openingTarget = {at, note};
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
    updateCaption();
    updateSelectionText();
    if (const auto& [at, note] = m_openingTarget; at >= 0) {
        showTarget(at, 1);
        setFindStatus(note);
    }
    Q_EMIT fileShown();
}

void PreviewPane::updateCaption()
{
    if (!m_document.isOpen())
        return; // a message stays as it was given
    const qint64 size = m_document.size();
    const std::optional<MarkedRange>& mark = m_document.markedRange();
    QString caption;
    if (!mark || mark->length <= 0)
        caption = tr("The range is empty; the file holds %1.").arg(formatByteSize(size));
    else
        caption = tr("Bytes %1–%2 of %3 marked (%4); the rest is dimmed.")
                      .arg(formatOffset(mark->start, offsetBase()),
                           formatOffset(mark->end() - 1, offsetBase()))
                      .arg(size)
                      .arg(formatByteSize(mark->length));
    if (m_document.looksBinary() && !isImageTabShown())
        caption += u' ' + tr("The file looks binary, so it opens in Hex.");
    m_caption->setText(caption);
}

void PreviewPane::onFileGuessed()
{
    m_choosingTab = true;
    if (m_imageChosenForImage) {
        // The picture stays in front.
    } else if (m_document.looksBinary() && m_tabs->currentWidget() == m_textView) {
        m_tabs->setCurrentWidget(m_hexView);
        m_hexChosenForBinary = true;
    } else if (!m_document.looksBinary() && m_hexChosenForBinary) {
        m_tabs->setCurrentWidget(m_textView);
        m_hexChosenForBinary = false;
    }
    m_choosingTab = false;
}

OffsetBase PreviewPane::offsetBase() const
{
    return m_offsetBase->currentIndex() == 1 ? OffsetBase::Decimal : OffsetBase::Hexadecimal;
}

void PreviewPane::setOffsetBase(OffsetBase base)
{
    m_offsetBase->setCurrentIndex(base == OffsetBase::Decimal ? 1 : 0);
}

void PreviewPane::showMessage(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_caption->setText(message);
    m_look.cancel();
    m_rangeType.clear();
    m_imageView->clear();
    setImageTabShown(false);
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
        setFindStatus(m_document.size() == 0
                          ? tr("Go to: the file is empty.")
                          : tr("Go to: %1 is past the end of the file; its last byte is at %2.")
                                .arg(formatOffset(offset.value, offsetBase()),
                                     formatOffset(m_document.size() - 1, offsetBase())));
        return;
    }
    setFindStatus(QString());
    showTarget(offset.value, 1);
    if (m_tabs->currentWidget() == m_textView)
        m_textView->setFocus();
    else
        m_hexView->setFocus();
}

void PreviewPane::showTarget(qint64 offset, qint64 length)
{
    m_hexView->goToOffset(offset);
    if (length > 1)
        m_hexView->setSelection(offset, length);
    m_textView->goToOffset(offset);
    m_textView->setTarget(offset, length);
}

void PreviewPane::showFoundAt(qint64 offset)
{
    setFindStatus(tr("Found at %1.").arg(formatOffset(offset, offsetBase())));
    m_foundAt = offset;
}

void PreviewPane::setFindStatus(const QString& text)
{
    m_foundAt = -1;
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
        showTarget(result.offset, m_searchPatternLength);
        showFoundAt(result.offset);
    }
    Q_EMIT searchFinished();
}

} // namespace rangecopy
