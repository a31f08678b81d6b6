#pragma once

#include "core/transfer/transferresult.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rangecopy {

class MessageLabel;

// Where the window says how things stand, in large type with details under it: before a copy,
// whether Start can run and why not; while it runs, "Copying…"; after it, "N bytes sent" or
// the engine's message and a hint. A result stays true: once the inputs change it moves to a
// dimmed "Before the inputs changed: …" line, and an in-place copy that stopped says which bytes of
// the destination it wrote and offers to continue from there.
class ResultPanel : public QWidget {
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    // bytesExpected: the range's length when known (0: unknown), to say what is left.
    void showResult(const TransferResult& result, const TransferRequest& request,
                    qint64 bytesExpected = 0);
    void showRunning(const QString& text);
    // Before a copy: "Ready" with the range, or "Not ready" with the reason Start is disabled.
    // An outcome on screen becomes the dimmed "Before the inputs changed: …" line.
    void showReadiness(const QString& problem, const QString& rangeDescription);
    // Whether an outcome (a copy's, an undo's) is on screen rather than the readiness.
    [[nodiscard]] bool showsResult() const { return m_showsResult; }
    // Any other outcome in the same two parts, e.g. an undo's.
    void showMessage(const QString& headline, const QString& details);

    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString details() const;
    // "Before the inputs changed: 100 bytes sent.", or empty.
    [[nodiscard]] QString lastCopyLine() const;
    // Which bytes an in-place copy that stopped wrote, or empty.
    [[nodiscard]] QString writtenSpan() const;
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }
    // The copied range's checksums, one "SHA-256  hex" line each, or empty.
    [[nodiscard]] QString checksums() const;
    [[nodiscard]] QPushButton* copyChecksumsButton() const { return m_copyChecksums; }

Q_SIGNALS:
    // The person asked to copy the rest of a stopped in-place copy.
    void continueRequested();
    // The checksums went to the clipboard, in the form sha256sum -c reads.
    void checksumsCopied();

private:
    void setHeadline(const QString& text, bool isProblem);
    void showChecksums(const QList<Digest>& digests, const QString& destinationPath);

    MessageLabel* m_headline; // large; in the error colour for a failure
    QLabel* m_details;
    QLabel* m_writtenSpan;
    QPushButton* m_continue;
    QLabel* m_checksums;
    QPushButton* m_copyChecksums;
    QByteArray m_checksumLines; // what Copy Checksums puts on the clipboard
    QLabel* m_lastCopy;
    bool m_showsResult = false;
};

} // namespace rangecopy
