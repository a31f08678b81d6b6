#include "core/digest/digestalgorithm.h"

#include "core/text/quoted.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace rangecopy {

namespace {

struct AlgorithmInfo {
    DigestAlgorithm algorithm;
    const char16_t* name;
    const char16_t* displayName;
    int hexLength;
    const char16_t* extension;
    const char16_t* checkCommand;
};

constexpr std::array kAlgorithms{
    AlgorithmInfo{DigestAlgorithm::Md5, u"md5", u"MD5", 32, u"md5", u"md5sum -c"},
    AlgorithmInfo{DigestAlgorithm::Sha1, u"sha1", u"SHA-1", 40, u"sha1", u"sha1sum -c"},
    AlgorithmInfo{DigestAlgorithm::Sha256, u"sha256", u"SHA-256", 64, u"sha256", u"sha256sum -c"},
    AlgorithmInfo{DigestAlgorithm::Sha512, u"sha512", u"SHA-512", 128, u"sha512", u"sha512sum -c"},
    AlgorithmInfo{DigestAlgorithm::Blake2b, u"blake2b", u"BLAKE2b", 128, u"b2", u"b2sum -c"},
    AlgorithmInfo{DigestAlgorithm::Xxh3, u"xxh3", u"XXH3", 16, u"xxh3", u"xxhsum -c"},
    AlgorithmInfo{DigestAlgorithm::Xxh128, u"xxh128", u"XXH128", 32, u"xxh128", u"xxhsum -c"},
};

const AlgorithmInfo& infoOf(DigestAlgorithm algorithm)
{
    for (const AlgorithmInfo& info : kAlgorithms) {
        if (info.algorithm == algorithm)
            return info;
    }
    Q_UNREACHABLE();
}

bool isHex(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::Digest)
};

} // namespace

QString digestName(DigestAlgorithm algorithm)
{
    return QString::fromUtf16(infoOf(algorithm).name);
}

std::optional<DigestAlgorithm> digestFromName(QStringView name)
{
    for (const AlgorithmInfo& info : kAlgorithms) {
        if (name.compare(QStringView(info.name), Qt::CaseInsensitive) == 0)
            return info.algorithm;
    }
    return std::nullopt;
}

QStringList digestNames()
{
    QStringList names;
    for (const AlgorithmInfo& info : kAlgorithms)
        names << QString::fromUtf16(info.name);
    return names;
}

QList<DigestAlgorithm> allDigestAlgorithms()
{
    QList<DigestAlgorithm> algorithms;
    for (const AlgorithmInfo& info : kAlgorithms)
        algorithms << info.algorithm;
    return algorithms;
}

QString digestDisplayName(DigestAlgorithm algorithm)
{
    return QString::fromUtf16(infoOf(algorithm).displayName);
}

int digestHexLength(DigestAlgorithm algorithm)
{
    return infoOf(algorithm).hexLength;
}

QString checksumFileExtension(DigestAlgorithm algorithm)
{
    return QString::fromUtf16(infoOf(algorithm).extension);
}

QString checksumCheckCommand(DigestAlgorithm algorithm)
{
    return QString::fromUtf16(infoOf(algorithm).checkCommand);
}

ParsedDigest parseDigest(QStringView text)
{
    text = text.trimmed();
    // A line of a checksum file: the digest is its first word.
    const auto firstWord = [](QStringView words) {
        const qsizetype space = words.indexOf(QRegularExpression(QStringLiteral("\\s")));
        return space < 0 ? words : words.left(space);
    };
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        const QStringView hex = firstWord(text);
        QList<DigestAlgorithm> fitting;
        for (const AlgorithmInfo& info : kAlgorithms) {
            if (info.hexLength == hex.size())
                fitting << info.algorithm;
        }
        if (!isHex(hex) || fitting.isEmpty())
            return {std::nullopt,
                    Tr::tr("%1 is not a checksum: write ALGORITHM:DIGEST, for example "
                           "sha256:9f86d0…; the algorithms are %2")
                        .arg(quoted(text.toString()), digestNames().join(u", "))};
        if (fitting.size() > 1) {
            QStringList names;
            QStringList forms;
            for (const DigestAlgorithm algorithm : fitting) {
                names << digestName(algorithm);
                forms << digestName(algorithm) + QStringLiteral(":…");
            }
            return {std::nullopt, Tr::tr("a checksum of %1 digits can be %2; write %3 to say which")
                                      .arg(hex.size())
                                      .arg(names.join(Tr::tr(" or ")), forms.join(Tr::tr(" or ")))};
        }
        return {Digest{fitting.first(), hex.toString().toLower()}, {}};
    }
    const QStringView name = text.left(colon).trimmed();
    const QStringView hex = firstWord(text.mid(colon + 1).trimmed());
    const std::optional<DigestAlgorithm> algorithm = digestFromName(name);
    if (!algorithm)
        return {std::nullopt, Tr::tr("unknown digest algorithm %1: use %2")
                                  .arg(quoted(name.toString()), digestNames().join(u", "))};
    if (!isHex(hex) || hex.size() != digestHexLength(*algorithm))
        return {std::nullopt, Tr::tr("a %1 digest is %2 hexadecimal digits; %3 is not one")
                                  .arg(digestName(*algorithm))
                                  .arg(digestHexLength(*algorithm))
                                  .arg(quoted(hex.toString()))};
    return {Digest{*algorithm, hex.toString().toLower()}, {}};
}

} // namespace rangecopy
