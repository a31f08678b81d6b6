#include "ui/window/comparedialog.h"

#include "core/text/bytesize.h"
#include "core/text/quoted.h"
#include "core/transfer/transfermessages.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/palettecolors.h"
#include "ui/widgets/pathfield.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rangecopy {

CompareDialog::CompareDialog(const CompareRequest& range, QWidget* parent)
    : QDialog(parent)
    , m_range(range)
    , m_other(new PathField(PathField::Purpose::OpenFile, this))
    , m_otherOffset(new ByteSizeEdit(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_result(new QLabel(this))
    , m_sourcePane(new PreviewPane(this))
    , m_otherPane(new PreviewPane(this))
{
    setWindowTitle(tr("Compare With"));
    const QString what =
        range.count ? tr("Compare %1 from byte %2 of %3 with the bytes of another file.")
                          .arg(TransferMessages::byteCount(*range.count))
                          .arg(range.offset)
                          .arg(quoted(range.sourcePath))
                    : tr("Compare %1 from byte %2 to its end with the bytes of another file.")
                          .arg(quoted(range.sourcePath))
                          .arg(range.offset);
    auto* intro = new QLabel(what, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_other->lineEdit()->setAccessibleName(tr("File to compare with"));
    m_otherOffset->setText(QStringLiteral("0"));
    m_otherOffset->setAccessibleName(tr("Offset in the file to compare with"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Comparison result"));
    m_compare->setDefault(true);

    auto* form = new QFormLayout;
    auto* otherLabel = new QLabel(tr("&Other file:"), this);
    otherLabel->setBuddy(m_other->lineEdit());
    auto* offsetLabel = new QLabel(tr("&From byte:"), this);
    offsetLabel->setBuddy(m_otherOffset);
    form->addRow(otherLabel, m_other);
    auto* offsetRow = new QHBoxLayout;
    offsetRow->addWidget(m_otherOffset, 1);
    offsetRow->addWidget(m_compare);
    form->addRow(offsetLabel, offsetRow);

    // Side by side, as a diff shows two files; each pane is the window's preview.
    auto* panes = new QSplitter(Qt::Horizontal, this);
    panes->addWidget(m_sourcePane);
    panes->addWidget(m_otherPane);
    panes->setChildrenCollapsible(false);
    m_sourcePane->showMessage(tr("Source"), tr("Choose a file and press Compare."));
    m_otherPane->showMessage(tr("Other file"), QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(panes, 1);
    layout->addWidget(buttons);
    // Wide enough for two hex views, within the screen the window is on (800x600 too).
    const QRect room = (parent ? parent->screen() : screen())->availableGeometry();
    resize(QSize(1000, 640).boundedTo(room.size() * 0.95));

    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::startComparing);
    // Return in either field compares through the default button: a returnPressed
    // connection as well would start a second comparison over the first.
    // A selection here is not a range to copy: the panes' Use Selection as Range goes.
    for (PreviewPane* pane : {m_sourcePane, m_otherPane})
        pane->setSelectionUsableAsRange(false);
    connect(m_other, &PathField::pathChanged, this, &CompareDialog::updateCompareButton);
    connect(m_otherOffset, &ByteSizeEdit::valueChanged, this, &CompareDialog::updateCompareButton);
    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this,
            &CompareDialog::showComparison);
    updateCompareButton();
}

CompareDialog::~CompareDialog()
{
    // A comparison still running stops at its next block; it reads nothing after this.
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

QString CompareDialog::resultText() const
{
    return m_result->text();
}

void CompareDialog::updateCompareButton()
{
    const bool ready =
        !m_other->path().isEmpty() && m_otherOffset->value().has_value() && !m_watcher.isRunning();
    m_compare->setEnabled(ready);
    if (!m_otherOffset->value())
        m_result->setText(
            TransferMessages::asSentence(tr("From byte: %1").arg(m_otherOffset->errorText())));
}

void CompareDialog::startComparing()
{
    if (m_watcher.isRunning() || m_other->path().isEmpty() || !m_otherOffset->value())
        return;
    m_running = m_range;
    m_running.otherPath = m_other->path();
    m_running.otherOffset = *m_otherOffset->value();
    m_cancel.store(false);
    m_result->setText(tr("Comparing…"));
    PaletteColors::setTextColor(m_result, QColor());
    // The files are opened and read on a worker: a disk or a mount that does not answer
    // cannot freeze the window (Close cancels it).
    m_watcher.setFuture(QtConcurrent::run(
        [request = m_running, cancel = &m_cancel] { return compareFiles(request, {}, cancel); }));
    updateCompareButton();
}

void CompareDialog::showComparison()
{
    const CompareResult result = m_watcher.result();
    updateCompareButton();
    m_result->setText(TransferMessages::asSentence(result.summary(m_running)));
    PaletteColors::setTextColor(
        m_result, result.ok() && !result.equal() ? PaletteColors::errorColor(palette()) : QColor());
    if (result.ok()) {
        // Both previews mark the compared bytes and go to the first difference (or the start).
        const qint64 at = std::max<qint64>(result.firstDifference, 0);
        const QString note =
            result.equal() ? tr("The same bytes.") : tr("The first differing byte.");
        m_sourcePane->showFileAt(tr("Source: %1").arg(QFileInfo(m_running.sourcePath).fileName()),
                                 m_running.sourcePath, m_running.offset, result.comparedBytes,
                                 m_running.offset + at, note);
        m_otherPane->showFileAt(tr("Other: %1").arg(QFileInfo(m_running.otherPath).fileName()),
                                m_running.otherPath, m_running.otherOffset, result.comparedBytes,
                                m_running.otherOffset + at, note);
    }
    Q_EMIT compared();
}

} // namespace rangecopy
