#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QSettings;
class QSpinBox;

namespace rangecopy {

// The settings keys of the window's questions and of Undo, shared with MainWindow.
namespace settingskey {
inline const QString confirmReplace = QStringLiteral("confirm/replace");
inline const QString confirmOverwrite = QStringLiteral("confirm/overwrite");
inline const QString confirmAppend = QStringLiteral("confirm/append");
inline const QString undoLimit = QStringLiteral("undo/limit"); // bytes an overwrite keeps
} // namespace settingskey

// Edit → Preferences (Ctrl+,): the questions "Don't ask again" turned off, to turn them back on,
// and how many bytes an overwrite keeps for Undo. Written to the settings on OK.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings& settings, QWidget* parent = nullptr);

    [[nodiscard]] QCheckBox* confirmReplaceBox() const { return m_confirmReplace; }
    [[nodiscard]] QCheckBox* confirmOverwriteBox() const { return m_confirmOverwrite; }
    [[nodiscard]] QCheckBox* confirmAppendBox() const { return m_confirmAppend; }
    [[nodiscard]] QSpinBox* undoLimitBox() const { return m_undoLimit; } // in MiB

    // The undo limit in the settings, in bytes (1 GiB unless changed).
    [[nodiscard]] static qint64 undoLimit(const QSettings& settings);

    void accept() override;

private:
    QSettings& m_settings;
    QCheckBox* m_confirmReplace;
    QCheckBox* m_confirmOverwrite;
    QCheckBox* m_confirmAppend;
    QSpinBox* m_undoLimit;
};

} // namespace rangecopy
