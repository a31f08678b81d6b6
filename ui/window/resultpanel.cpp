#include "ui/window/resultpanel.h"

#include "core/digest/checksumfile.h"
#include "core/text/pathbytes.h"
#include "core/transfer/transfermessages.h"
#include "ui/widgets/messagelabel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
QLabel* makeTextLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_headline(new MessageLabel(this))
    , m_details(makeTextLabel(tr("Result details"), this))
    , m_writtenSpan(makeTextLabel(tr("Bytes written"), this))
    , m_continue(new QPushButton(tr("Continue From There"), this))
    , m_checksums(makeTextLabel(tr("Checksums"), this))
    , m_copyChecksums(new QPushButton(tr("Copy Checksums"), this))
    , m_lastCopy(makeTextLabel(tr("Last copy"), this))
{
    m_checksums->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_checksums->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyChecksums->setToolTip(tr("Copy the checksums as sha256sum prints them, naming the "
                                   "destination"));
    connect(m_copyChecksums, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_checksumLines));
        Q_EMIT checksumsCopied();
    });
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Result"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    // A MessageLabel wraps its text: a narrow window wraps the headline.
    m_continue->setToolTip(tr("Put the rest of the range into the form, to be written right "
                              "after the bytes already written"));
    // Dimmed with the palette's own colour for inactive text, light or dark.
    m_lastCopy->setForegroundRole(QPalette::PlaceholderText);

    auto* continueRow = new QHBoxLayout;
    continueRow->addWidget(m_continue);
    continueRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_writtenSpan);
    layout->addLayout(continueRow);
    auto* checksumsRow = new QHBoxLayout;
    checksumsRow->addWidget(m_checksums, 1);
    checksumsRow->addWidget(m_copyChecksums, 0, Qt::AlignTop);
    layout->addLayout(checksumsRow);
    layout->addWidget(m_lastCopy);
    connect(m_continue, &QPushButton::clicked, this, &ResultPanel::continueRequested);
    showReadiness(QString(), QString());
}

void ResultPanel::setHeadline(const QString& text, bool isProblem)
{
    m_headline->setMessage(text, isProblem);
}

void ResultPanel::showResult(const TransferResult& result, const TransferRequest& request,
                             qint64 bytesExpected)
{
    setHeadline(TransferMessages::headline(result), !result.ok());
    if (result.ok())
        m_details->setText(TransferMessages::successDetails(result, request));
    else
        m_details->setText(TransferMessages::failureSentence(result, request.mode) + u'\n' +
                           TransferMessages::hint(result.error));
    const QString span = TransferMessages::writtenSpan(result, request, bytesExpected);
    m_writtenSpan->setText(span);
    m_writtenSpan->setVisible(!span.isEmpty());
    m_continue->setVisible(!span.isEmpty() &&
                           continuationAfter(request, result.bytesSent).has_value());
    // Also after a mismatch: the digest the range has is what the person needs then.
    showChecksums(result.digests, request.destinationPath);
    m_lastCopy->clear();
    m_lastCopy->setVisible(false);
    m_showsResult = true;
}

void ResultPanel::showChecksums(const QList<Digest>& digests, const QString& destinationPath)
{
    QStringList lines;
    m_checksumLines.clear();
    for (const Digest& digest : digests) {
        lines << digestDisplayName(digest.algorithm).leftJustified(8) + digest.hex;
        m_checksumLines += checksumLine(digest, pathToBytes(destinationPath));
    }
    m_checksums->setText(lines.join(u'\n'));
    m_checksums->setVisible(!lines.isEmpty());
    m_copyChecksums->setVisible(!lines.isEmpty());
}

QString ResultPanel::checksums() const
{
    return m_checksums->isVisibleTo(this) ? m_checksums->text() : QString();
}

void ResultPanel::showRunning(const QString& text)
{
    setHeadline(text, false);
    showChecksums({}, QString());
    m_details->clear();
    m_writtenSpan->setVisible(false);
    m_continue->setVisible(false);
    m_lastCopy->setVisible(false);
    m_showsResult = false;
}

void ResultPanel::showMessage(const QString& headline, const QString& details)
{
    setHeadline(headline, false);
    showChecksums({}, QString());
    m_details->setText(details);
    m_writtenSpan->setVisible(false);
    m_continue->setVisible(false);
    m_lastCopy->setVisible(false);
    m_showsResult = true;
}

void ResultPanel::showReadiness(const QString& problem, const QString& rangeDescription)
{
    if (m_showsResult) {
        m_lastCopy->setText(tr("Before the inputs changed: %1.").arg(m_headline->text()));
        m_lastCopy->setVisible(true);
    }
    m_showsResult = false;
    m_writtenSpan->setVisible(false);
    m_continue->setVisible(false);
    showChecksums({}, QString());
    if (problem.isEmpty()) {
        setHeadline(tr("Ready"), false);
        m_details->setText(rangeDescription.isEmpty()
                               ? tr("Press Start (Ctrl+Return) to copy.")
                               : tr("%1 Press Start (Ctrl+Return) to copy.").arg(rangeDescription));
    } else {
        setHeadline(tr("Not ready"), false);
        m_details->setText(problem);
    }
}

QString ResultPanel::headline() const
{
    return m_headline->text();
}
QString ResultPanel::details() const
{
    return m_details->text();
}
QString ResultPanel::lastCopyLine() const
{
    return m_lastCopy->isVisibleTo(this) ? m_lastCopy->text() : QString();
}
QString ResultPanel::writtenSpan() const
{
    return m_writtenSpan->isVisibleTo(this) ? m_writtenSpan->text() : QString();
}

} // namespace rangecopy
