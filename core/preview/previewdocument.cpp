#include "core/preview/previewdocument.h"

#include "core/io/fileerror.h"

#include <algorithm>
#include <memory>

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
    m_opening.cancel();
    m_lines.clear();
    m_mark.reset();
    QString error = m_file.open(path);
    if (error.isEmpty())
        m_lines.start(path, m_file.size(), m_encoding);
    else
        m_file.close();
    Q_EMIT fileOpened();
    return error;
}

void PreviewDocument::openInBackground(const QString& path, qint64 offset, qint64 length)
{
    // shared_ptr: a QFuture's result is copied, a PagedFile is not.
    using Opened = std::shared_ptr<PagedFile>;
    const qint64 pageSize = m_file.pageSize();
    const int maxPages = m_file.maxPages();
    m_opening.run(
        [path, offset, length, pageSize, maxPages] {
            auto file = std::make_shared<PagedFile>(pageSize, maxPages);
            (void)file->openAndRead(path, offset, length);
            return Opened(file);
        },
        [this](const Opened& opened) {
            m_lines.clear();
            m_mark.reset();
            const QString error = opened->lastError();
            if (opened->isOpen() && error.isEmpty()) {
                m_file.adopt(std::move(*opened));
                startCounting();
            } else {
                m_file.close();
            }
            Q_EMIT fileOpened();
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
