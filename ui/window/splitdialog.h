#pragma once

#include "core/transfer/splitjoin.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace rangecopy {

class ByteSizeEdit;

// File → Split…: cuts the form's source into pieces NAME.001, NAME.002, … and shows them
// (name, offset, size) before anything is written; Add to Queue puts one copy per piece in
// the queue (mode "new": an existing piece is settled by the queue's choice). It plans from
// the size the form's check found, and looks at no file itself.
class SplitDialog : public QDialog {
    Q_OBJECT

public:
    SplitDialog(const QString& sourcePath, qint64 sourceSize, QWidget* parent = nullptr);

    // One "new" copy per piece, as planned now (empty while the input is wrong).
    [[nodiscard]] QList<TransferRequest> pieceRequests() const;
    [[nodiscard]] ByteSizeEdit* pieceSizeEdit() const { return m_pieceSize; }
    [[nodiscard]] QSpinBox* pieceCountBox() const { return m_pieceCount; }
    [[nodiscard]] QRadioButton* byCountButton() const { return m_byCount; }
    [[nodiscard]] QLineEdit* folderEdit() const { return m_folder; }
    [[nodiscard]] QTreeWidget* pieceList() const { return m_list; }
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    void replan();
    [[nodiscard]] SplitRequest splitRequest() const;

    QString m_sourcePath;
    qint64 m_sourceSize;
    QRadioButton* m_bySize;
    QRadioButton* m_byCount;
    ByteSizeEdit* m_pieceSize;
    QSpinBox* m_pieceCount;
    QLineEdit* m_folder;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_accept = nullptr;
    QList<SplitPiece> m_pieces;
    QString m_problem;
};

} // namespace rangecopy
