#include "core/transfer/keptpart.h"

#include "core/io/filedescriptor.h"
#include "core/io/readfully.h"
#include "core/transfer/jobdescription.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>

namespace rangecopy {

namespace {
qint64 modifiedNs(const struct stat& info)
{
    return qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}
// A record is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxRecordSize = 64 * 1024;
} // namespace

bool KeptPartRecord::isFor(const TransferRequest& other) const
{
    return request.sourcePath == other.sourcePath &&
           request.destinationPath == other.destinationPath && request.offset == other.offset &&
           request.count == other.count && request.mode == other.mode;
}

bool KeptPartRecord::sourceIs(const struct stat& source) const
{
    return device == quint64(source.st_dev) && inode == quint64(source.st_ino) &&
           size == qint64(source.st_size) && modifiedNs == rangecopy::modifiedNs(source);
}

QByteArray keptPartRecord(const TransferRequest& request, const struct stat& source)
{
    const QJsonObject object{
        {QStringLiteral("request"), jobToJson(request)},
        {QStringLiteral("source_identity"),
         QJsonObject{{QStringLiteral("device"), QString::number(quint64(source.st_dev))},
                     {QStringLiteral("inode"), QString::number(quint64(source.st_ino))},
                     {QStringLiteral("size"), qint64(source.st_size)},
                     {QStringLiteral("modified_ns"), QString::number(modifiedNs(source))}}},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<KeptPartRecord> readKeptPartRecord(const QByteArray& path)
{
    const FileDescriptor file(
        ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!file.isOpen())
        return std::nullopt;
    QByteArray text;
    const ReadOutcome read = readFully(file.get(), text, kMaxRecordSize, 0);
    if (!read.ok() || read.bytes == 0 || read.bytes == kMaxRecordSize)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    const ParsedJob job = jobFromJson(object.value(QStringLiteral("request")).toObject());
    const QJsonObject identity = object.value(QStringLiteral("source_identity")).toObject();
    if (!job.request || identity.isEmpty())
        return std::nullopt;
    KeptPartRecord record;
    record.request = *job.request;
    record.device = identity.value(QStringLiteral("device")).toString().toULongLong();
    record.inode = identity.value(QStringLiteral("inode")).toString().toULongLong();
    record.size = identity.value(QStringLiteral("size")).toInteger(-1);
    record.modifiedNs = identity.value(QStringLiteral("modified_ns")).toString().toLongLong();
    return record;
}

} // namespace rangecopy
