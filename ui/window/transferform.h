#pragma once

#include "core/text/bytesize.h"
#include "core/transfer/transferrequest.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rangecopy {

class ByteSizeEdit;
class TimedWork;
class PathField;
struct TransferCheck;
struct TransferInspection;
class TransferInspector;

// Every input of a copy: source, destination, range, destination mode and options. It checks
// them as they change and says what is wrong beside the field concerned.
class TransferForm : public QWidget {
    Q_OBJECT

public:
    explicit TransferForm(QWidget* parent = nullptr);

    // The request the inputs describe; meaningful when problem() is empty.
    [[nodiscard]] TransferRequest request() const;
    void setRequest(const TransferRequest& request);
    // Makes [offset, offset + count) the range to copy, the offset written in the offset base
    // and the count as a person would type it ("4 KiB").
    void setRange(qint64 offset, qint64 count);
    // The base the range line and setRange() write offsets in (the preview's choice).
    void setOffsetBase(OffsetBase base);
    [[nodiscard]] OffsetBase offsetBase() const { return m_offsetBase; }

    // The first reason the inputs cannot start a copy, or an empty string.
    [[nodiscard]] QString problem() const { return m_problem; }
    // The first reason the source range cannot be shown (source, offset or count), or an empty
    // string: a wrong destination does not stop the preview of the source.
    [[nodiscard]] QString sourceRangeProblem() const { return m_sourceRangeProblem; }
    // The range in plain words: "Bytes 0–99 of 409: 100 bytes.", offsets in offsetBase().
    [[nodiscard]] QString rangeDescription() const;
    // The line under the range that says what it starts with ("Starts with: PNG image"),
    // as the preview found it; empty hides it.
    void setRangeType(const QString& text);
    [[nodiscard]] QString rangeType() const;
    [[nodiscard]] QString modeDescription() const;
    // The source's size when it is a readable regular file.
    [[nodiscard]] std::optional<qint64> sourceSize() const { return m_sourceSize; }
    // The source is a file of /proc or /sys whose size is known only by reading it: the copy
    // goes to its end (sourceSize() is empty then).
    [[nodiscard]] bool sourceSizeUnknown() const { return m_sourceSizeUnknown; }
    // The bytes of a part kept for this copy that a resume starts from (0: none), as the last
    // check found.
    [[nodiscard]] qint64 keptBytes() const { return m_keptBytes; }
    // Whether the destination existed when the inputs were last checked.
    [[nodiscard]] bool destinationExists() const { return m_destinationExists; }
    // The destination's size when it existed (as a regular file or a disk) at that check.
    [[nodiscard]] qint64 destinationSize() const { return m_destinationSize; }
    // The destination is a disk (a block device), in words; empty when it is not.
    [[nodiscard]] const QString& destinationDevice() const { return m_destinationDevice; }

    // Looks at the files again (they may have changed since the last edit). The files are
    // looked at on a worker: filesChecked() follows, and until then isChecking() is true,
    // problem() says so and sourceSize() and destinationExists() are those of the last check.
    void recheck() { revalidate(); }
    [[nodiscard]] bool isChecking() const { return m_checking; }
    // The worker that looks at the files, for tests (its time limit).
    [[nodiscard]] TransferInspector* inspector() const { return m_inspector; }

    // Inputs are locked while a copy runs.
    void setLocked(bool locked);
    void setStartFolder(const QString& folder);
    // The inputs in reading order, the keyboard's Tab order (hidden ones included).
    [[nodiscard]] QList<QWidget*> tabChain() const;

    [[nodiscard]] PathField* sourceField() const { return m_source; }
    [[nodiscard]] PathField* destinationField() const { return m_destination; }
    [[nodiscard]] ByteSizeEdit* offsetEdit() const { return m_offset; }
    [[nodiscard]] ByteSizeEdit* countEdit() const { return m_count; }
    [[nodiscard]] QCheckBox* toEndCheck() const { return m_toEnd; }
    [[nodiscard]] QCheckBox* keepHolesCheck() const { return m_keepHoles; }
    [[nodiscard]] QCheckBox* limitSpeedCheck() const { return m_limitSpeed; }
    // The folder the destination field names (the check found a folder there), or empty.
    [[nodiscard]] QString destinationFolder() const;
    [[nodiscard]] ByteSizeEdit* rateLimitEdit() const { return m_rateLimit; }
    [[nodiscard]] QComboBox* modeCombo() const { return m_mode; }
    [[nodiscard]] ByteSizeEdit* destinationOffsetEdit() const { return m_destinationOffset; }
    [[nodiscard]] QLabel* offsetErrorLabel() const { return m_offsetError; }
    // Offered when the destination's folder does not exist.
    [[nodiscard]] QPushButton* createFolderButton() const { return m_createFolder; }
    [[nodiscard]] QLabel* countErrorLabel() const { return m_countError; }
    [[nodiscard]] QCheckBox* digestCheck(DigestAlgorithm algorithm) const;
    [[nodiscard]] QCheckBox* checksumFilesCheck() const { return m_checksumFiles; }
    [[nodiscard]] QLineEdit* expectedEdit() const { return m_expected; }
    [[nodiscard]] QPushButton* pasteExpectedButton() const { return m_pasteExpected; }
    [[nodiscard]] QLabel* expectedErrorLabel() const { return m_expectedError; }

Q_SIGNALS:
    // Any input changed; problem() and request() are up to date (problem() says so while the
    // files are being checked).
    void changed();
    // The answer about the files arrived (or they did not answer in time): the fields,
    // problem(), sourceSize() and destinationExists() say what it found. Not an input change:
    // changed() is not emitted for it.
    void filesChecked();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildAdvanced();
    // Checksums: the digests to compute, checksum files, the expected checksum.
    QWidget* buildChecksums();
    // "Limit speed to [20 MiB] per second".
    QLayout* buildSpeedLimit();
    // The speed limit's error beside it; returns it (empty when fine or not limited).
    QString showRateLimitError();
    // The expected checksum's error beside it; returns it (empty when fine or empty).
    QString showExpectedError();
    // How long a check may take before the fields say "Checking…".
    static constexpr int kCheckingShownAfterMs = 150;

    void revalidate();
    void updateProblem();
    void showChecking();
    // Describes the chosen files under their fields, or what is wrong with them.
    void describeFiles(const TransferInspection& inspection);
    // The destination as the copy takes it: inside the folder the field names, if it does.
    [[nodiscard]] QString destinationPath() const;
    void createDestinationFolder();
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
    QLabel* m_rangeType; // what the range starts with
    QComboBox* m_mode;
    QLabel* m_destinationOffsetLabel;
    ByteSizeEdit* m_destinationOffset;
    QLabel* m_destinationOffsetError;
    QLabel* m_modeDescription;
    QCheckBox* m_verify;
    QCheckBox* m_sync;
    QCheckBox* m_keepHoles;
    QCheckBox* m_limitSpeed;
    ByteSizeEdit* m_rateLimit; // bytes per second, while m_limitSpeed is ticked
    QLabel* m_rateLimitError;
    QList<QCheckBox*> m_digestChecks; // one per algorithm, in allDigestAlgorithms()' order
    QCheckBox* m_checksumFiles;
    QLineEdit* m_expected;
    QPushButton* m_pasteExpected;
    QLabel* m_expectedError;
    bool m_locked = false; // a copy runs: every input is disabled
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QComboBox* m_method;
    ByteSizeEdit* m_chunkSize;
    QLabel* m_chunkSizeError;
    TransferInspector* m_inspector;
    QTimer m_checkingShown;
    // Creates a missing destination folder, on a worker: mkdir may wait on a mount too.
    QPushButton* m_createFolder;
    TimedWork* m_folderMaker;
    // The destination field's text when it named a folder: as cp does, the copy then goes
    // into it under the source's name (request() says so while the field still says this).
    QString m_destinationFolder;
    // The last destination the check found to be a folder, with or without a source.
    QString m_folderSeen;
    bool m_checking = false;

    std::optional<qint64> m_sourceSize;
    bool m_sourceSizeUnknown = false;
    QString m_destinationDevice;
    QString m_sourceProblem;
    QString m_destinationProblem;
    bool m_destinationExists = false;
    qint64 m_destinationSize = 0;
    qint64 m_keptBytes = 0;
    QString m_problem;
    QString m_sourceRangeProblem;
    OffsetBase m_offsetBase = OffsetBase::Decimal;
};

} // namespace rangecopy
