#include "previewpane.h"

#include "bytesize.h"
#include "displaytext.h"
#include "hexdump.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
// A text view lays out a paragraph as a whole: one of a few hundred thousand characters (a
// file of zeros shows as "\x00\x00…") takes seconds. Cut such lines into paragraphs of this
// length; wrapping looks the same.
constexpr qsizetype kMaxParagraphLength = 1024;

QString withBoundedParagraphs(const QString& text)
{
    QString bounded;
    bounded.reserve(text.size() + text.size() / kMaxParagraphLength);
    qsizetype lineLength = 0;
    for (QChar c : text) {
        if (c == u'\n') {
            lineLength = 0;
        } else if (lineLength == kMaxParagraphLength) {
            bounded += u'\n';
            lineLength = 0;
        }
        bounded += c;
        if (c != u'\n')
            ++lineLength;
    }
    return bounded;
}

QPlainTextEdit* makeView(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(accessibleName);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}
} // namespace

PreviewPane::PreviewPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_textView(makeView(this, tr("Preview as text")))
    , m_hexView(makeView(this, tr("Preview as hex")))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_textView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_hexView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_textView, tr("&Text"));
    m_tabs->addTab(m_hexView, tr("He&x"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addWidget(m_tabs, 1);
}

void PreviewPane::showBytes(const QString& title, const QByteArray& bytes, qint64 firstOffset,
                            qint64 rangeLength)
{
    m_title->setText(title);
    if (rangeLength == 0)
        m_caption->setText(tr("the range is empty"));
    else if (bytes.size() < rangeLength)
        m_caption->setText(tr("showing the first %1 of %2")
                               .arg(formatByteSize(bytes.size()), formatByteSize(rangeLength)));
    else
        m_caption->setText(tr("showing all %1").arg(formatByteSize(rangeLength)));
    m_textView->setPlainText(withBoundedParagraphs(escapeForDisplay(bytes)));
    m_hexView->setPlainText(formatHexDump(bytes, firstOffset));
}

void PreviewPane::showMessage(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_caption->clear();
    m_textView->setPlainText(message);
    m_hexView->setPlainText(message);
}

QString PreviewPane::title() const
{
    return m_title->text();
}
QString PreviewPane::caption() const
{
    return m_caption->text();
}
QString PreviewPane::text() const
{
    return m_textView->toPlainText();
}
QString PreviewPane::hexText() const
{
    return m_hexView->toPlainText();
}

} // namespace rangecopy
