#include "core/preview/previewdocument.h"

#include "core/io/fileerror.h"
#include "core/text/encodingguess.h"

#include <algorithm>
#include <memory>

namespace rangecopy {

PreviewDocument::PreviewDocument(QObject* parent)
    : QObject(parent)
{
    connect(&m_lines, &LineIndex::progressed, this, &PreviewDocument::lineCountProgressed);
    connect(&m_lines, &LineIndex::finished, this, &PreviewDocument::lineCountProgressed);
    // Pages are read while views paint: the GUI waits for each at most this long.
    m_file.setReadTimeLimit(kPageReadLimit);
    m_file.setOnStall([this](const QString& error) {
        // Said after the paint or layout that read, not in the middle of it.
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT readStopped(error); }, Qt::QueuedConnection);
    });
}

PreviewDocument::~PreviewDocument() = default;

QString PreviewDocument::open(const QString& path)
{
    m_opening.cancel();
    m_lines.clear();
    m_mark.reset();
    QString error = m_file.open(path);
    const QStringConverter::Encoding encodingBefore = m_encoding;
    // Guessed before the line count starts, which counts in the encoding.
    const bool guessed =
        error.isEmpty() && guessEncoding(path, m_file.read(0, kEncodingGuessBytes));
    if (error.isEmpty())
        startCounting();
    else
        m_file.close();
    announceOpened(encodingBefore, guessed);
    return error;
}

bool PreviewDocument::guessEncoding(const QString& path, const QByteArray& head)
{
    if (path == m_guessedPath)
        return false; // the same file again keeps its encoding, maybe the person's choice
    m_encoding = guessTextEncoding(head);
    m_looksBinary = rangecopy::looksBinary(head);
    m_guessedPath = path;
    return true;
}

void PreviewDocument::announceOpened(QStringConverter::Encoding encodingBefore, bool guessed)
{
    Q_EMIT fileOpened();
    if (m_encoding != encodingBefore)
        Q_EMIT textEncodingChanged();
    if (guessed)
        Q_EMIT fileGuessed();
}

void PreviewDocument::openInBackground(const QString& path, qint64 offset, qint64 length)
{
    // The worker's PagedFile (in a shared_ptr: it is taken over with adopt(), not copied). The
    // head for the encoding guess is read on the worker too.
    struct Opened {
        std::shared_ptr<PagedFile> file;
        QByteArray head;
    };
    const qint64 pageSize = m_file.pageSize();
    const int maxPages = m_file.maxPages();
    m_opening.run(
        [path, offset, length, pageSize, maxPages] {
            auto file = std::make_shared<PagedFile>(pageSize, maxPages);
            QByteArray head;
            if (file->openAndRead(path, offset, length).isEmpty())
                head = file->read(0, kEncodingGuessBytes);
            return Opened{file, head};
        },
        [this, path](const Opened& opened) {
            m_lines.clear();
            m_mark.reset();
            const QString error = opened.file->lastError();
            const QStringConverter::Encoding encodingBefore = m_encoding;
            bool guessed = false;
            if (opened.file->isOpen() && error.isEmpty()) {
                m_file.adopt(std::move(*opened.file));
                guessed = guessEncoding(path, opened.head);
                startCounting();
            } else {
                m_file.close();
            }
            announceOpened(encodingBefore, guessed);
            Q_EMIT openFinished(error);
        },
        [this, path] {
            m_lines.clear();
            m_mark.reset();
            m_file.close();
            Q_EMIT fileOpened();
            Q_EMIT openFinished(
                noAnswerMessage(path, int((m_opening.timeLimit().count() + 999) / 1000)));
        });
}

void PreviewDocument::startCounting()
{
    m_lines.start(m_file.path(), m_file.size(), m_encoding);
}

void PreviewDocument::close()
{
    m_opening.cancel();
    m_lines.clear();
    m_file.close();
    m_mark.reset();
    Q_EMIT fileOpened();
}

void PreviewDocument::reload()
{
    if (!isOpen())
        return;
    m_file.refresh();
    m_lines.start(m_file.path(), m_file.size(), m_encoding);
    Q_EMIT fileReloaded();
}

void PreviewDocument::setMarkedRange(qint64 start, qint64 length)
{
    const MarkedRange mark{std::max<qint64>(start, 0), std::max<qint64>(length, 0)};
    if (m_mark == mark)
        return;
    m_mark = mark;
    Q_EMIT markedRangeChanged();
}

void PreviewDocument::clearMarkedRange()
{
    if (!m_mark)
        return;
    m_mark.reset();
    Q_EMIT markedRangeChanged();
}

void PreviewDocument::setTextEncoding(QStringConverter::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (isOpen())
        m_lines.start(m_file.path(), m_file.size(), m_encoding);
    Q_EMIT textEncodingChanged();
}

std::optional<qint64> PreviewDocument::lineNumberAt(qint64 offset) const
{
    return m_lines.lineNumberAt(offset, m_file);
}

} // namespace rangecopy
