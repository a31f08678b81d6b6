#include "ui/window/splitdialog.h"

#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "ui/widgets/bytesizeedit.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
// The list shows this many pieces; the summary counts them all.
constexpr int kListedPieces = 1000;
} // namespace

SplitDialog::SplitDialog(const QString& sourcePath, qint64 sourceSize, QWidget* parent)
    : QDialog(parent)
    , m_sourcePath(sourcePath)
    , m_sourceSize(sourceSize)
    , m_bySize(new QRadioButton(tr("Pieces &of"), this))
    , m_byCount(new QRadioButton(tr("&Number of pieces"), this))
    , m_pieceSize(new ByteSizeEdit(this))
    , m_pieceCount(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Split %1").arg(QFileInfo(pathForDisplay(sourcePath)).fileName()));
    auto* intro =
        new QLabel(tr("%1 (%2) is copied into pieces named as 7-Zip and HJSplit name "
                      "them: NAME.001, NAME.002, … Each piece is a copy in the queue. "
                      "rangecopy-cli --join puts them together again.")
                       .arg(quoted(pathForDisplay(sourcePath)), formatByteSize(sourceSize)),
                   this);
    intro->setWordWrap(true);
    // The largest file FAT32 holds: the usual reason to split.
    m_pieceSize->setText(QStringLiteral("4095 MiB"));
    m_pieceSize->setAccessibleName(tr("Size of a piece"));
    m_pieceSize->setToolTip(tr("4095 MiB fits a FAT32 stick; 700 MB a CD, 25 MB most mail"));
    m_pieceCount->setRange(1, 999999);
    m_pieceCount->setValue(2);
    m_pieceCount->setAccessibleName(tr("Number of pieces"));
    m_bySize->setChecked(true);
    m_folder->setText(QFileInfo(sourcePath).absolutePath());
    m_folder->setAccessibleName(tr("Folder for the pieces"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Choose the folder for the pieces"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Piece"), tr("From byte"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("The pieces"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_pieceSize, 1);
    form->addRow(m_bySize, sizeRow);
    form->addRow(m_byCount, m_pieceCount);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("&Into folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Add to &Queue"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_pieceSize, &ByteSizeEdit::valueChanged, this, &SplitDialog::replan);
    connect(m_pieceCount, &QSpinBox::valueChanged, this, &SplitDialog::replan);
    connect(m_bySize, &QRadioButton::toggled, this, &SplitDialog::replan);
    connect(m_folder, &QLineEdit::textChanged, this, &SplitDialog::replan);
    replan();
    resize(560, 420);
}

SplitRequest SplitDialog::splitRequest() const
{
    SplitRequest request;
    request.sourcePath = m_sourcePath;
    request.folder = m_folder->text();
    if (m_bySize->isChecked())
        request.pieceSize = m_pieceSize->value().value_or(0);
    else
        request.pieceCount = m_pieceCount->value();
    return request;
}

void SplitDialog::replan()
{
    m_pieceSize->setEnabled(m_bySize->isChecked());
    m_pieceCount->setEnabled(m_byCount->isChecked());
    m_problem.clear();
    if (m_bySize->isChecked() && !m_pieceSize->errorText().isEmpty())
        m_problem = tr("Size of a piece: %1").arg(m_pieceSize->errorText());
    else if (m_bySize->isChecked() && m_pieceSize->value().value_or(0) <= 0)
        m_problem = tr("A piece must hold at least 1 byte.");
    else if (m_folder->text().isEmpty())
        m_problem = tr("Choose the folder for the pieces.");
    m_pieces = m_problem.isEmpty() ? planSplit(splitRequest(), m_sourceSize) : QList<SplitPiece>();
    m_list->clear();
    for (qsizetype i = 0; i < m_pieces.size() && i < kListedPieces; ++i) {
        const SplitPiece& piece = m_pieces.at(i);
        auto* item = new QTreeWidgetItem(m_list, {QFileInfo(pathForDisplay(piece.path)).fileName(),
                                                  QString::number(piece.offset),
                                                  formatSizeInWords(piece.length)});
        item->setToolTip(0, pathForDisplay(piece.path));
    }
    m_summary->setText(m_problem.isEmpty()
                           ? (m_pieces.size() == 1 ? tr("1 piece, into %1.")
                                                   : tr("%1 pieces, into %2.").arg(m_pieces.size()))
                                 .arg(quoted(m_folder->text()))
                           : m_problem);
    m_accept->setEnabled(m_problem.isEmpty() && !m_pieces.isEmpty());
}

QList<TransferRequest> SplitDialog::pieceRequests() const
{
    QList<TransferRequest> requests;
    for (const SplitPiece& piece : m_pieces) {
        TransferRequest request;
        request.sourcePath = m_sourcePath;
        request.destinationPath = piece.path;
        request.offset = piece.offset;
        request.count = piece.length;
        request.mode = DestinationMode::CreateNew;
        requests << request;
    }
    return requests;
}

} // namespace rangecopy
