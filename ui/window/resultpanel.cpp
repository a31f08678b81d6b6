#include "ui/window/resultpanel.h"

#include "core/text/bytesize.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
QString speedText(qint64 bytes, double seconds)
{
    if (seconds <= 0.0 || bytes == 0)
        return QObject::tr("—");
    return QObject::tr("%1/s").arg(formatByteSize(qint64(double(bytes) / seconds)));
}

QString elapsedText(double seconds)
{
    return seconds < 1.0 ? QObject::tr("%1 ms").arg(seconds * 1000.0, 0, 'f', 1)
                         : QObject::tr("%1 s").arg(seconds, 0, 'f', 2);
}
} // namespace

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
    if (!result.ok()) {
        m_headline->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_headline->setText(result.error == TransferError::Cancelled ? tr("Cancelled")
                                                                     : tr("The copy failed"));
        QString details = result.message;
        if (!details.isEmpty())
            details[0] = details[0].toUpper();
        if (request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append)
            details += tr(" %1 written before it stopped.")
                           .arg(result.bytesSent == 1 ? tr("1 byte was")
                                                      : tr("%1 bytes were").arg(result.bytesSent));
        m_details->setText(details + u'\n' + errorHint(result.error));
        return;
    }
    m_headline->setStyleSheet(QString());
    QString headline =
        result.bytesSent == 1 ? tr("1 byte sent") : tr("%1 bytes sent").arg(result.bytesSent);
    if (result.endOfFileReached)
        headline += tr(" (end of file reached)");
    m_headline->setText(headline);

    QStringList parts{elapsedText(result.elapsedSeconds),
                      speedText(result.bytesSent, result.elapsedSeconds),
                      tr("method: %1").arg(methodName(result.methodUsed))};
    if (request.method == CopyMethod::Auto)
        parts.last() += tr(" (chosen automatically)");
    else if (result.methodUsed != request.method)
        parts.last() += tr(" (%1 could not serve these files)").arg(methodName(request.method));
    switch (result.verification) {
    case Verification::NotAsked:
        break;
    case Verification::Matched:
        parts << tr("verified: the copy matches the source");
        break;
    case Verification::Differed:
        parts << tr("verification: the copy differs");
        break;
    }
    if (request.syncToDisk)
        parts << tr("flushed to disk");
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

void ResultPanel::showRunning(const QString& text)
{
    m_headline->setStyleSheet(QString());
    m_headline->setText(text);
    m_details->clear();
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
