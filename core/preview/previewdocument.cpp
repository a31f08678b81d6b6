#include "core/preview/previewdocument.h"

#include "core/text/encodingguess.h"

#include <algorithm>

namespace rangecopy {

PreviewDocument::PreviewDocument(QObject* parent)
    : QObject(parent)
{
    connect(&m_lines, &LineIndex::progressed, this, &PreviewDocument::lineCountProgressed);
    connect(&m_lines, &LineIndex::finished, this, &PreviewDocument::lineCountProgressed);
}

PreviewDocument::~PreviewDocument() = default;

QString PreviewDocument::open(const QString& path)
{
    m_lines.clear();
    m_mark.reset();
    QString error = m_file.open(path);
    // Guessed before the line count starts, which counts in the encoding.
    bool guessed = false;
    const QStringConverter::Encoding encodingBefore = m_encoding;
    if (error.isEmpty() && path != m_guessedPath) {
        const QByteArray head = m_file.read(0, kEncodingGuessBytes);
        m_encoding = guessTextEncoding(head);
        m_looksBinary = rangecopy::looksBinary(head);
        m_guessedPath = path;
        guessed = true;
    }
    if (error.isEmpty())
        m_lines.start(path, m_file.size(), m_encoding);
    else
        m_file.close();
    Q_EMIT fileOpened();
    if (m_encoding != encodingBefore)
        Q_EMIT textEncodingChanged();
    if (guessed)
        Q_EMIT fileGuessed();
    return error;
}

void PreviewDocument::close()
{
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
