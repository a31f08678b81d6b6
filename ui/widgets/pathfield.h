#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace rangecopy {

class MessageLabel;

class TimedWork;

// A file path: a line edit with completion (from a folder listing made on a worker: nothing
// here looks at a file on the window's thread), a list of recent paths (the arrow button, or
// Alt+Down), a Browse… button and drag and drop of a file from a file manager (of several,
// for a file to open: severalChosen()). The owner
// describes the chosen file under it with setInfo().
class PathField : public QWidget {
    Q_OBJECT

public:
    enum class Purpose { OpenFile, SaveFile };

    PathField(Purpose purpose, QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    void setPath(const QString& path);
    void setInfo(const QString& text, bool isProblem);
    [[nodiscard]] QString info() const;

    // The folder Browse… starts in when the field is empty.
    void setStartFolder(const QString& folder) { m_startFolder = folder; }
    // Paths used before, newest first; the arrow button offers them.
    void setRecentPaths(const QStringList& paths);
    [[nodiscard]] QStringList recentPaths() const { return m_recentPaths; }
    [[nodiscard]] QToolButton* recentButton() const { return m_recent; }

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QPushButton* browseButton() const { return m_browse; }

public Q_SLOTS:
    void browse();
    void showRecentPaths();

Q_SIGNALS:
    void pathChanged(const QString& path);
    // Several files were dropped on, or picked in Browse… of, a field for files to open: the
    // field keeps its path, and the owner decides (the window queues one copy each).
    void severalChosen(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Lists the folder of the typed path on a worker, for the completer.
    void listFolderOfTypedPath(const QString& typed);

    Purpose m_purpose;
    QString m_startFolder;
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QToolButton* m_recent;
    QMenu* m_recentMenu;
    MessageLabel* m_info; // the file's size and type, or what is wrong with it
    QStringList m_recentPaths;
    QCompleter* m_completer;
    QStringListModel* m_entries; // the listed folder's entries, as full paths
    TimedWork* m_listing;
    QString m_listedFolder;
};

} // namespace rangecopy
