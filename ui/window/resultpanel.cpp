#include "ui/window/resultpanel.h"

#include "core/transfer/transfermessages.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rangecopy {

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Result"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Result details"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    clear();
}

void ResultPanel::showResult(const TransferResult& result, const TransferRequest& request)
{
    m_headline->setStyleSheet(result.ok() ? QString() : QStringLiteral("color: #c0392b;"));
    m_headline->setText(TransferMessages::headline(result));
    if (result.ok())
        m_details->setText(TransferMessages::successDetails(result, request));
    else
        m_details->setText(TransferMessages::failureSentence(result, request.mode) + u'\n' +
                           TransferMessages::hint(result.error));
}

void ResultPanel::showRunning(const QString& text)
{
    m_headline->setStyleSheet(QString());
    m_headline->setText(text);
    m_details->clear();
}

void ResultPanel::showMessage(const QString& headline, const QString& details)
{
    m_headline->setStyleSheet(QString());
    m_headline->setText(headline);
    m_details->setText(details);
}

void ResultPanel::clear()
{
    m_headline->setStyleSheet(QString());
    m_headline->setText(tr("Ready"));
    m_details->setText(tr("Choose a range and press Start (Ctrl+Return)."));
}

QString ResultPanel::headline() const
{
    return m_headline->text();
}
QString ResultPanel::details() const
{
    return m_details->text();
}

} // namespace rangecopy
