#pragma once

#include "core/io/timedwork.h"
#include "core/preview/lineindex.h"
#include "core/preview/pagedfile.h"

#include <QObject>
#include <QString>
#include <QStringConverter>

#include <optional>

namespace rangecopy {

// A span of the file the views show in its context: bytes outside it are dimmed.
struct MarkedRange {
    qint64 start = 0;
    qint64 length = 0; // 0: an empty range, shown as a border only

    [[nodiscard]] qint64 end() const { return start + length; }
    [[nodiscard]] bool contains(qint64 offset) const { return offset >= start && offset < end(); }
    friend bool operator==(const MarkedRange&, const MarkedRange&) = default;
};

// What the preview's views show, held once for all of them, as Okteta's views share one
// byte-array model and Qt's item views take setModel(): the file (through one page cache),
// its size, the marked range and the line count in the chosen text encoding. The hex view
// and the text view each draw it their own way and follow its signals.
//
// Belongs to one thread (the GUI's); the line count runs on a thread of its own, and
// openInBackground() opens on a worker. Pages read after that (scrolling) are read by a worker
// too, the owner's thread waiting at most kPageReadLimit for each; a file that does not answer
// in time is given up (readStopped()) (ARCHITECTURE.md).
class PreviewDocument : public QObject {
    Q_OBJECT

public:
    // How long the owner's thread waits for one page (one wait, then the file is given up).
    static constexpr std::chrono::milliseconds kPageReadLimit{1000};

    explicit PreviewDocument(QObject* parent = nullptr);
    ~PreviewDocument() override;

    // Opens path and starts counting its lines; returns an empty string, or why it cannot
    // (the document is then empty). A file other than the last one opened gets the text
    // encoding its first bytes suggest (guessTextEncoding()), and fileGuessed() is emitted; the
    // same file opened again keeps the encoding it had, which may be one the person chose.
    // Blocks as long as the file takes to answer: the window uses openInBackground().
    [[nodiscard]] QString open(const QString& path);
    // Opens path on a worker (TimedWork), with the pages holding [offset, offset + length)
    // read there too, so the first screen is in the cache: a file that does not answer
    // cannot stall this thread. The file shown so far stays until the answer; then
    // fileOpened() and openFinished() follow. A file that does not answer within the time
    // limit is given up on (openFinished() says so). A newer open or close() drops it.
    void openInBackground(const QString& path, qint64 offset, qint64 length);
    [[nodiscard]] bool isOpening() const { return m_opening.isPending(); }
    void setOpenTimeLimit(std::chrono::milliseconds limit) { m_opening.setTimeLimit(limit); }
    void close();
    // Reads the size again and counts the lines again: the file may have changed.
    void reload();
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return isOpen() ? m_file.path() : QString(); }
    [[nodiscard]] qint64 size() const { return isOpen() ? m_file.size() : 0; }

    // Up to length bytes from offset through the page cache (fewer at the end of the file).
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const
    {
        return m_file.read(offset, length);
    }
    // The page cache itself, for layouts that read byte by byte. A cache: const readers fill
    // it too.
    [[nodiscard]] PagedFile& pagedFile() const { return m_file; }

    // Marks [start, start + length) (a negative start or length counts as 0).
    void setMarkedRange(qint64 start, qint64 length);
    void clearMarkedRange();
    [[nodiscard]] const std::optional<MarkedRange>& markedRange() const { return m_mark; }

    // The encoding text is read in; the line count follows it. Guessed for each new file.
    void setTextEncoding(QStringConverter::Encoding encoding);
    [[nodiscard]] QStringConverter::Encoding textEncoding() const { return m_encoding; }
    // Whether the open file's first bytes look like a binary file rather than text
    // (looksBinary()).
    [[nodiscard]] bool looksBinary() const { return m_looksBinary; }
    [[nodiscard]] const LineIndex& lineIndex() const { return m_lines; }
    // The 1-based number of the line holding offset, once the count has got that far.
    [[nodiscard]] std::optional<qint64> lineNumberAt(qint64 offset) const;
    // Holds the line count while a copy runs: on two cores it slowed a 2 GiB copy by up to
    // 13 % (BENCHMARKS.md).
    void setBackgroundWorkPaused(bool paused) { m_lines.setPaused(paused); }

Q_SIGNALS:
    // Another file (or none) is shown now: views start again at the top.
    void fileOpened();
    // A file other than the last one was opened: textEncoding() and looksBinary() are what
    // its first bytes suggest. Emitted after fileOpened().
    void fileGuessed();
    // The same file read again (reload()): its size and bytes may differ; views keep their
    // place as far as the new size allows.
    void fileReloaded();
    void markedRangeChanged();
    void textEncodingChanged();
    // The line count went on (or ended): line numbers shown as pending may be known now.
    void lineCountProgressed();
    // openInBackground() ended: error is empty when the file is open, else why it is not
    // (the document is then empty).
    void openFinished(const QString& error);
    // The open file stopped answering while pages were read (a mount that went away): error
    // says so. Nothing more is read from it; views show what they had.
    void readStopped(const QString& error);

private:
    void startCounting();
    // Guesses the text encoding of a file other than the last one guessed; true if it did.
    bool guessEncoding(const QString& path, const QByteArray& head);
    // fileOpened(), and textEncodingChanged() and fileGuessed() where they apply.
    void announceOpened(QStringConverter::Encoding encodingBefore, bool guessed);

    mutable PagedFile m_file;
    TimedWork m_opening;
    LineIndex m_lines;
    std::optional<MarkedRange> m_mark;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    bool m_looksBinary = false;
    QString m_guessedPath; // the file the encoding was last guessed for
};

} // namespace rangecopy
