#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rangecopy {

// A file path: a line edit with completion, a Browse… button and drag and drop of a file
// from a file manager. The owner describes the chosen file under it with setInfo().
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

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QPushButton* browseButton() const { return m_browse; }

public Q_SLOTS:
    void browse();

Q_SIGNALS:
    void pathChanged(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showInfoColor();

    Purpose m_purpose;
    QString m_startFolder;
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QLabel* m_info;
    bool m_infoIsProblem = false;
};

} // namespace rangecopy
