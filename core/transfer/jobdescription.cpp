#include "core/transfer/jobdescription.h"

#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace rangecopy {

namespace {

struct JobText {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::JobDescription)
};

// What a result line holds besides the request: read past, so results can be run again.
const QSet<QString> kResultOnlyKeys{
    QStringLiteral("bytes_sent"),      QStringLiteral("bytes_in_holes"),
    QStringLiteral("bytes_shared"),    QStringLiteral("eof"),
    QStringLiteral("elapsed_s"),       QStringLiteral("verified"),
    QStringLiteral("checksum_files"),  QStringLiteral("preview"),
    QStringLiteral("undo_kept"),       QStringLiteral("line"),
    QStringLiteral("error"),           QStringLiteral("first_difference"),
    QStringLiteral("differing_bytes"), QStringLiteral("bytes_kept"),
    QStringLiteral("resumed_from"),
};

// The keys of a request, in the order they are checked.
const QStringList kRequestKeys{
    QStringLiteral("source"),      QStringLiteral("source_bytes"),
    QStringLiteral("destination"), QStringLiteral("destination_bytes"),
    QStringLiteral("offset"),      QStringLiteral("count"),
    QStringLiteral("mode"),        QStringLiteral("dest_offset"),
    QStringLiteral("method"),      QStringLiteral("sparse"),
    QStringLiteral("chunk_size"),  QStringLiteral("limit_rate"),
    QStringLiteral("verify"),      QStringLiteral("sync"),
    QStringLiteral("backup"),      QStringLiteral("allow_device"),
    QStringLiteral("hashes"),      QStringLiteral("hash_file"),
    QStringLiteral("expect"),      QStringLiteral("keep_partial"),
    QStringLiteral("resume"),
};

// The exact bytes of a name as hexadecimal (what --json prints for names that are not UTF-8).
std::optional<QString> pathFromHex(const QJsonValue& value)
{
    const QByteArray hex = value.toString().toLatin1();
    if (!value.isString() || hex.isEmpty() || hex.size() % 2 != 0 ||
        QByteArray::fromHex(hex).toHex() != hex.toLower())
        return std::nullopt;
    return pathFromBytes(QByteArray::fromHex(hex));
}

// Reads one key of the object; each reader returns an error, or empty.
class JobReader {
public:
    explicit JobReader(const QJsonObject& object)
        : m_object(object)
    {
    }

    [[nodiscard]] bool has(const QString& key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QString readPath(const QString& key, QString& path) const
    {
        const QString bytesKey = key + QStringLiteral("_bytes");
        if (has(bytesKey)) {
            // The exact bytes of a name that is not UTF-8, as --json prints them.
            const std::optional<QString> exact = pathFromHex(m_object.value(bytesKey));
            if (!exact)
                return JobText::tr("%1 must be the path's bytes in hexadecimal")
                    .arg(quoted(bytesKey));
            path = *exact;
            return {};
        }
        if (!has(key))
            return JobText::tr("%1 is missing").arg(quoted(key));
        if (!m_object.value(key).isString() || m_object.value(key).toString().isEmpty())
            return JobText::tr("%1 must be a path").arg(quoted(key));
        path = m_object.value(key).toString();
        return {};
    }

    QString readBytes(const QString& key, qint64& value) const
    {
        if (!has(key))
            return {};
        const QJsonValue json = m_object.value(key);
        if (json.isString()) {
            const ParsedByteSize parsed = key == QLatin1String("limit_rate")
                                              ? parseRate(json.toString())
                                              : parseByteSize(json.toString());
            if (!parsed.ok())
                return QStringLiteral("%1: %2").arg(quoted(key), parsed.error);
            value = parsed.value;
            return {};
        }
        const double number = json.toDouble(-1);
        // Whole, not negative, and exact in a double (2^53): a larger number must be a string.
        if (!json.isDouble() || number < 0 || std::floor(number) != number ||
            number > 9007199254740992.0)
            return JobText::tr("%1 must be a number of bytes, such as 4096 or \"4 KiB\"")
                .arg(quoted(key));
        value = json.toInteger();
        return {};
    }

    QString readBool(const QString& key, bool& value) const
    {
        if (!has(key))
            return {};
        if (!m_object.value(key).isBool())
            return JobText::tr("%1 must be true or false").arg(quoted(key));
        value = m_object.value(key).toBool();
        return {};
    }

    template <typename Enum>
    QString readName(const QString& key, Enum& value, std::optional<Enum> (*fromName)(QStringView),
                     const QStringList& names) const
    {
        if (!has(key))
            return {};
        const std::optional<Enum> parsed = fromName(m_object.value(key).toString());
        if (!m_object.value(key).isString() || !parsed)
            return JobText::tr("%1 must be one of %2").arg(quoted(key), names.join(u", "));
        value = *parsed;
        return {};
    }

    // "hashes": ["sha256", "xxh3"], or the object a result line holds ({"sha256": "…"}).
    QString readDigests(QList<DigestAlgorithm>& digests) const
    {
        const QString key = QStringLiteral("hashes");
        if (!has(key))
            return {};
        const QJsonValue value = m_object.value(key);
        QStringList names;
        if (value.isArray()) {
            for (const QJsonValue& name : value.toArray())
                names << (name.isString() ? name.toString() : QStringLiteral("?"));
        } else if (value.isObject()) {
            names = value.toObject().keys();
        } else {
            return JobText::tr("%1 must be a list of digest names, such as [\"sha256\"]")
                .arg(quoted(key));
        }
        for (const QString& name : names) {
            const std::optional<DigestAlgorithm> algorithm = digestFromName(name);
            if (!algorithm)
                return JobText::tr("%1: unknown digest %2: use %3")
                    .arg(quoted(key), quoted(name), digestNames().join(u", "));
            if (!digests.contains(*algorithm))
                digests << *algorithm;
        }
        return {};
    }

    QString readHashFile(TransferRequest& request) const
    {
        const QString key = QStringLiteral("hash_file");
        if (!has(key))
            return {};
        const QJsonValue value = m_object.value(key);
        if (value.isBool()) {
            request.writeChecksumFiles = value.toBool();
            return {};
        }
        if (!value.isString() || value.toString().isEmpty())
            return JobText::tr("%1 must be true, false or the checksum file's path")
                .arg(quoted(key));
        request.writeChecksumFiles = true;
        request.checksumFilePath = value.toString();
        return {};
    }

    QString readExpected(TransferRequest& request) const
    {
        const QString key = QStringLiteral("expect");
        if (!has(key))
            return {};
        const ParsedDigest parsed = parseDigest(m_object.value(key).toString());
        if (!m_object.value(key).isString() || !parsed.digest)
            return QStringLiteral("%1: %2").arg(quoted(key), parsed.error);
        request.expectedDigest = *parsed.digest;
        return {};
    }

private:
    const QJsonObject& m_object;
};

} // namespace

namespace {

// The keys of a join line besides the result-only ones.
const QStringList kJoinKeys{QStringLiteral("join"), QStringLiteral("join_bytes"),
                            QStringLiteral("destination"), QStringLiteral("destination_bytes"),
                            QStringLiteral("sync")};

ParsedJob joinFromJson(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kJoinKeys.contains(it.key()) && !kResultOnlyKeys.contains(it.key()))
            return {std::nullopt,
                    {},
                    JobText::tr("unknown key %1 in a join: use %2")
                        .arg(quoted(it.key()), kJoinKeys.join(u", "))};
    }
    const QString wrongPieces =
        JobText::tr(
            "%1 must be a list of the pieces' paths, such as [\"disk.img.001\", \"disk.img.002\"]")
            .arg(quoted(QStringLiteral("join")));
    // "join_bytes" holds the exact bytes of names that are not UTF-8, as "source_bytes" does.
    const bool asBytes = object.contains(QStringLiteral("join_bytes"));
    const QJsonValue pieces =
        object.value(asBytes ? QStringLiteral("join_bytes") : QStringLiteral("join"));
    if (!pieces.isArray() || pieces.toArray().isEmpty())
        return {std::nullopt, {}, wrongPieces};
    ParsedJob job;
    for (const QJsonValue& piece : pieces.toArray()) {
        const std::optional<QString> path =
            asBytes ? pathFromHex(piece) : std::optional<QString>(piece.toString());
        if (!piece.isString() || !path || path->isEmpty())
            return {std::nullopt, {}, wrongPieces};
        job.joinPieces << *path;
    }
    const JobReader reader(object);
    TransferRequest request;
    for (const QString& error :
         {reader.readPath(QStringLiteral("destination"), request.destinationPath),
          reader.readBool(QStringLiteral("sync"), request.syncToDisk)}) {
        if (!error.isEmpty())
            return {std::nullopt, {}, error};
    }
    request.sourcePath = job.joinPieces.first();
    job.request = request;
    return job;
}

} // namespace

ParsedJob jobFromJson(const QJsonObject& object)
{
    if (object.contains(QStringLiteral("join")) || object.contains(QStringLiteral("join_bytes")))
        return joinFromJson(object);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kRequestKeys.contains(it.key()) && !kResultOnlyKeys.contains(it.key()))
            return {std::nullopt,
                    {},
                    JobText::tr("unknown key %1: use %2")
                        .arg(quoted(it.key()), kRequestKeys.join(u", "))};
    }
    const JobReader reader(object);
    TransferRequest request;
    bool keepUndo = false;
    qint64 count = 0;
    const QString errors[] = {
        reader.readPath(QStringLiteral("source"), request.sourcePath),
        reader.readPath(QStringLiteral("destination"), request.destinationPath),
        reader.readBytes(QStringLiteral("offset"), request.offset),
        reader.readBytes(QStringLiteral("count"), count),
        reader.readName(QStringLiteral("mode"), request.mode, &modeFromName, modeNames()),
        reader.readBytes(QStringLiteral("dest_offset"), request.destinationOffset),
        reader.readName(QStringLiteral("method"), request.method, &methodFromName, methodNames()),
        reader.readName(QStringLiteral("sparse"), request.sparse, &sparseModeFromName,
                        sparseModeNames()),
        reader.readBytes(QStringLiteral("chunk_size"), request.chunkSize),
        reader.readBytes(QStringLiteral("limit_rate"), request.rateLimit),
        reader.readBool(QStringLiteral("verify"), request.verify),
        reader.readBool(QStringLiteral("sync"), request.syncToDisk),
        reader.readBool(QStringLiteral("backup"), keepUndo),
        reader.readBool(QStringLiteral("allow_device"), request.allowDevice),
        reader.readBool(QStringLiteral("keep_partial"), request.keepPartial),
        reader.readBool(QStringLiteral("resume"), request.resume),
        reader.readDigests(request.digests),
        reader.readHashFile(request),
        reader.readExpected(request),
    };
    for (const QString& error : errors) {
        if (!error.isEmpty())
            return {std::nullopt, {}, error};
    }
    if (reader.has(QStringLiteral("count")))
        request.count = count;
    request.keepUndo = keepUndo;
    // A result line names where an append began; as a job, a write position is overwrite's.
    if (request.destinationOffset != 0 && request.mode != DestinationMode::Overwrite) {
        if (object.contains(QStringLiteral("bytes_sent")))
            request.destinationOffset = 0;
        else
            return {std::nullopt,
                    {},
                    JobText::tr("'dest_offset' goes with \"mode\": \"overwrite\" only")};
    }
    if (QString reason = checkRequestNumbers(request); !reason.isEmpty())
        return {std::nullopt, {}, reason};
    if (QString reason = checkDigestOptions(request); !reason.isEmpty())
        return {std::nullopt, {}, reason};
    if (QString reason = checkResumeOptions(request); !reason.isEmpty())
        return {std::nullopt, {}, reason};
    return {request, {}, {}};
}

QJsonObject jobToJson(const TransferRequest& request)
{
    QJsonObject object{
        {QStringLiteral("source"), pathWithReplacements(request.sourcePath)},
        {QStringLiteral("destination"), pathWithReplacements(request.destinationPath)},
        {QStringLiteral("offset"), request.offset},
        {QStringLiteral("count"), request.count ? QJsonValue(*request.count) : QJsonValue()},
        {QStringLiteral("mode"), modeName(request.mode)},
        {QStringLiteral("method"), methodName(request.method)},
        {QStringLiteral("sparse"), sparseModeName(request.sparse)},
        {QStringLiteral("verify"), request.verify},
        {QStringLiteral("sync"), request.syncToDisk},
    };
    if (pathHasRawBytes(request.sourcePath))
        object.insert(QStringLiteral("source_bytes"),
                      QString::fromLatin1(pathToBytes(request.sourcePath).toHex()));
    if (pathHasRawBytes(request.destinationPath))
        object.insert(QStringLiteral("destination_bytes"),
                      QString::fromLatin1(pathToBytes(request.destinationPath).toHex()));
    if (request.mode == DestinationMode::Overwrite)
        object.insert(QStringLiteral("dest_offset"), request.destinationOffset);
    if (request.chunkSize != kDefaultChunkSize)
        object.insert(QStringLiteral("chunk_size"), request.chunkSize);
    if (request.rateLimit > 0)
        object.insert(QStringLiteral("limit_rate"), request.rateLimit);
    if (request.keepUndo)
        object.insert(QStringLiteral("backup"), true);
    if (request.allowDevice)
        object.insert(QStringLiteral("allow_device"), true);
    if (request.keepPartial)
        object.insert(QStringLiteral("keep_partial"), true);
    if (request.resume)
        object.insert(QStringLiteral("resume"), true);
    if (!request.digests.isEmpty()) {
        QJsonArray names;
        for (const DigestAlgorithm algorithm : request.digests)
            names.append(digestName(algorithm));
        object.insert(QStringLiteral("hashes"), names);
    }
    if (request.writeChecksumFiles)
        object.insert(QStringLiteral("hash_file"), request.checksumFilePath.isEmpty()
                                                       ? QJsonValue(true)
                                                       : QJsonValue(request.checksumFilePath));
    if (request.expectsDigest())
        object.insert(QStringLiteral("expect"), digestName(request.expectedDigest.algorithm) +
                                                    u':' + request.expectedDigest.hex);
    return object;
}

QJsonObject joinToJson(const QStringList& pieces, const QString& destination, bool syncToDisk)
{
    QJsonArray names;
    QJsonArray bytes;
    bool rawBytes = false;
    for (const QString& piece : pieces) {
        names.append(pathWithReplacements(piece));
        bytes.append(QString::fromLatin1(pathToBytes(piece).toHex()));
        rawBytes = rawBytes || pathHasRawBytes(piece);
    }
    QJsonObject object{{QStringLiteral("join"), names},
                       {QStringLiteral("destination"), pathWithReplacements(destination)},
                       {QStringLiteral("sync"), syncToDisk}};
    if (rawBytes)
        object.insert(QStringLiteral("join_bytes"), bytes);
    if (pathHasRawBytes(destination))
        object.insert(QStringLiteral("destination_bytes"),
                      QString::fromLatin1(pathToBytes(destination).toHex()));
    return object;
}

ParsedJobList parseJobLines(const QByteArray& text)
{
    ParsedJobList list;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int number = int(i + 1);
        if (line.isEmpty())
            continue;
        const auto fail = [&](const QString& error) {
            list.jobs.clear();
            list.errorLine = number;
            list.error = error;
            return list;
        };
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(JobText::tr("not JSON: %1 at character %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset + 1));
        if (!document.isObject())
            return fail(JobText::tr("a job is one JSON object, {\"source\": …, "
                                    "\"destination\": …}"));
        const ParsedJob job = jobFromJson(document.object());
        if (!job.request)
            return fail(job.error);
        list.jobs.append({number, *job.request, job.joinPieces});
    }
    return list;
}

QByteArray jobLines(const QList<QJsonObject>& jobs)
{
    QByteArray text;
    for (const QJsonObject& job : jobs)
        text += QJsonDocument(job).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

} // namespace rangecopy
