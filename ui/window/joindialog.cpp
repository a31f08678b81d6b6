#include "ui/window/joindialog.h"

#include "core/io/timedwork.h"
#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "core/transfer/splitjoin.h"
#include "ui/widgets/pathfield.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rangecopy {

namespace {
// "disk.img.001" -> "disk.img"; empty when the name is not a first piece.
QString joinedName(const QString& firstPiece)
{
    const qsizetype dot = firstPiece.lastIndexOf(u'.');
    const QString digits = dot < 0 ? QString() : firstPiece.mid(dot + 1);
    bool number = false;
    return digits.size() >= 3 && digits.toInt(&number) == 1 && number ? firstPiece.left(dot)
                                                                      : QString();
}
} // namespace

JoinDialog::JoinDialog(const QString& firstPiece, QWidget* parent)
    : QDialog(parent)
    , m_first(new PathField(PathField::Purpose::OpenFile, this))
    , m_destination(new PathField(PathField::Purpose::SaveFile, this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_look(new TimedWork(this))
{
    setWindowTitle(tr("Join Pieces"));
    auto* intro = new QLabel(tr("Choose the first piece (NAME.001): the rest of its run is found "
                                "beside it. The pieces are joined into a temporary file, which "
                                "takes the destination's place once every piece is in."),
                             this);
    intro->setWordWrap(true);
    m_first->lineEdit()->setAccessibleName(tr("First piece"));
    m_destination->lineEdit()->setAccessibleName(tr("Joined file"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Piece"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("The pieces"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    auto* firstLabel = new QLabel(tr("&First piece:"), this);
    firstLabel->setBuddy(m_first->lineEdit());
    form->addRow(firstLabel, m_first);
    auto* destinationLabel = new QLabel(tr("&Join into:"), this);
    destinationLabel->setBuddy(m_destination->lineEdit());
    form->addRow(destinationLabel, m_destination);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Add to &Queue"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    m_accept->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_first, &PathField::pathChanged, this, [this] {
        if (!m_destinationTyped)
            m_destination->setPath(joinedName(m_first->path()));
        lookAgain();
    });
    connect(m_destination->lineEdit(), &QLineEdit::textEdited, this,
            [this] { m_destinationTyped = true; });
    connect(m_destination, &PathField::pathChanged, this, &JoinDialog::lookAgain);
    m_first->setPath(firstPiece);
    resize(560, 420);
}

QString JoinDialog::destination() const
{
    return m_destination->path();
}

QString JoinDialog::summary() const
{
    return m_summary->text();
}

void JoinDialog::lookAgain()
{
    m_pieces.clear();
    m_list->clear();
    m_accept->setEnabled(false);
    const QString first = m_first->path();
    const QString destination = m_destination->path();
    if (first.isEmpty()) {
        m_summary->setText(tr("Choose the first piece."));
        Q_EMIT looked();
        return;
    }
    m_summary->setText(tr("Looking for the pieces…"));
    // Listing the folder and looking at each piece may wait on a disk: on a worker.
    m_look->run([first, destination] { return previewJoin(first, destination); },
                [this, destination](const JoinPreview& preview) {
                    if (!preview.error.isEmpty()) {
                        m_summary->setText(preview.error);
                        Q_EMIT looked();
                        return;
                    }
                    for (qsizetype i = 0; i < preview.pieces.size(); ++i) {
                        auto* item = new QTreeWidgetItem(
                            m_list, {QFileInfo(pathForDisplay(preview.pieces.at(i))).fileName(),
                                     formatSizeInWords(preview.sizes.at(i))});
                        item->setToolTip(0, pathForDisplay(preview.pieces.at(i)));
                    }
                    m_pieces = preview.pieces;
                    QString text = tr("%1 pieces, %2 in all.")
                                       .arg(preview.pieces.size())
                                       .arg(formatSizeInWords(preview.totalSize));
                    if (destination.isEmpty())
                        text += u' ' + tr("Choose the file to join them into.");
                    else if (preview.destinationExists)
                        text += u' ' + tr("%1 exists: it is replaced once every piece is in.")
                                           .arg(quoted(pathForDisplay(destination)));
                    m_summary->setText(text);
                    m_accept->setEnabled(!destination.isEmpty());
                    Q_EMIT looked();
                },
                [this, first] {
                    m_summary->setText(tr("The folder of %1 did not answer within 2 s.")
                                           .arg(quoted(pathForDisplay(first))));
                    Q_EMIT looked();
                });
}

} // namespace rangecopy
