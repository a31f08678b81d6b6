#pragma once

#include "core/transfer/transferrequest.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace rangecopy {

class ByteSizeEdit;
class PathField;
struct TransferCheck;

// Every input of a copy: source, destination, range, destination mode and options. It checks
// them as they change and says what is wrong beside the field concerned.
class TransferForm : public QWidget {
    Q_OBJECT

public:
    explicit TransferForm(QWidget* parent = nullptr);

    // The request the inputs describe; meaningful when problem() is empty.
    [[nodiscard]] TransferRequest request() const;
    void setRequest(const TransferRequest& request);

    // The first reason the inputs cannot start a copy, or an empty string.
    [[nodiscard]] QString problem() const { return m_problem; }
    // The range in plain words: "bytes 0–99 of 409 (100 bytes)".
    [[nodiscard]] QString rangeDescription() const;
    [[nodiscard]] QString modeDescription() const;
    // The source's size when it is a readable regular file.
    [[nodiscard]] std::optional<qint64> sourceSize() const { return m_sourceSize; }
    // Whether the destination existed when the inputs were last checked.
    [[nodiscard]] bool destinationExists() const { return m_destinationExists; }
    // The destination's size when it existed (as a regular file) at that check.
    [[nodiscard]] qint64 destinationSize() const { return m_destinationSize; }

    // Looks at the files again (they may have changed since the last edit).
    void recheck() { revalidate(); }

    // Inputs are locked while a copy runs.
    void setLocked(bool locked);
    void setStartFolder(const QString& folder);

    [[nodiscard]] PathField* sourceField() const { return m_source; }
    [[nodiscard]] PathField* destinationField() const { return m_destination; }
    [[nodiscard]] ByteSizeEdit* offsetEdit() const { return m_offset; }
    [[nodiscard]] ByteSizeEdit* countEdit() const { return m_count; }
    [[nodiscard]] QCheckBox* toEndCheck() const { return m_toEnd; }
    [[nodiscard]] QComboBox* modeCombo() const { return m_mode; }
    [[nodiscard]] ByteSizeEdit* destinationOffsetEdit() const { return m_destinationOffset; }
    [[nodiscard]] QLabel* offsetErrorLabel() const { return m_offsetError; }
    [[nodiscard]] QLabel* countErrorLabel() const { return m_countError; }

Q_SIGNALS:
    // Any input changed; problem() and request() are up to date.
    void changed();

private:
    QWidget* buildAdvanced();
    void revalidate();
    // Describes the chosen files under their fields, or what is wrong with them.
    void describeFiles();
    // Replace with an empty range over a file that holds bytes: it would only empty it.
    [[nodiscard]] bool wouldEmptyTheDestination(const TransferCheck& check) const;
    // Shows a field's error beside it; returns the error text (empty when fine).
    QString showFieldError(ByteSizeEdit* edit, QLabel* label, bool active);

    PathField* m_source;
    PathField* m_destination;
    ByteSizeEdit* m_offset;
    QLabel* m_offsetError;
    ByteSizeEdit* m_count;
    QCheckBox* m_toEnd;
    QLabel* m_countError;
    QLabel* m_range;
    QComboBox* m_mode;
    QLabel* m_destinationOffsetLabel;
    ByteSizeEdit* m_destinationOffset;
    QLabel* m_destinationOffsetError;
    QLabel* m_modeDescription;
    QCheckBox* m_verify;
    QCheckBox* m_sync;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QComboBox* m_method;
    ByteSizeEdit* m_chunkSize;
    QLabel* m_chunkSizeError;

    std::optional<qint64> m_sourceSize;
    QString m_sourceProblem;
    QString m_destinationProblem;
    bool m_destinationExists = false;
    qint64 m_destinationSize = 0;
    QString m_problem;
};

} // namespace rangecopy
