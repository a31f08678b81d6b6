#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rangecopy {

class PathField;
class TimedWork;

// File → Join…: the first piece of a split (NAME.001) and the file to make; the dialog finds
// the rest of the run and shows every piece with its size before anything is written (the
// look runs on a worker), says when the destination exists and will be replaced, and Add to
// Queue puts the join in the queue, where it runs as one job (joinFiles(): a part file renamed
// into place once every piece is in).
class JoinDialog : public QDialog {
    Q_OBJECT

public:
    explicit JoinDialog(const QString& firstPiece, QWidget* parent = nullptr);

    [[nodiscard]] QStringList pieces() const { return m_pieces; }
    [[nodiscard]] QString destination() const;
    [[nodiscard]] PathField* firstPieceField() const { return m_first; }
    [[nodiscard]] PathField* destinationField() const { return m_destination; }
    [[nodiscard]] QTreeWidget* pieceList() const { return m_list; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QPushButton* acceptButton() const { return m_accept; }

Q_SIGNALS:
    // The pieces were looked at (or could not be): the list and the summary are up to date.
    void looked();

private:
    void lookAgain();

    PathField* m_first;
    PathField* m_destination;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_accept = nullptr;
    TimedWork* m_look;
    QStringList m_pieces;
    // The destination the user has not typed yet: the first piece's name without ".001".
    bool m_destinationTyped = false;
};

} // namespace rangecopy
