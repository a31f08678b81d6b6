#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rangecopy {

// The digests a copy can compute of the range it copies, named as the tools that check them
// name them (sha256sum, b2sum, xxhsum).
enum class DigestAlgorithm {
    Md5,
    Sha1,
    Sha256,
    Sha512,
    Blake2b, // BLAKE2b-512, as b2sum
    Xxh3,    // XXH3, 64 bits (xxhsum -H3)
    Xxh128,  // XXH3, 128 bits (xxhsum -H2)
};

// One digest of the copied range.
struct Digest {
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QString hex; // lower-case hexadecimal, as sha256sum prints it

    friend bool operator==(const Digest&, const Digest&) = default;
};

// Names for the CLI, JSON and settings: "md5", "sha1", "sha256", "sha512", "blake2b", "xxh3",
// "xxh128".
[[nodiscard]] QString digestName(DigestAlgorithm algorithm);
[[nodiscard]] std::optional<DigestAlgorithm> digestFromName(QStringView name);
[[nodiscard]] QStringList digestNames();
[[nodiscard]] QList<DigestAlgorithm> allDigestAlgorithms();

// The name people read: "MD5", "SHA-256", "BLAKE2b", "XXH3".
[[nodiscard]] QString digestDisplayName(DigestAlgorithm algorithm);

// How many hexadecimal digits the algorithm's digest has (64 for SHA-256).
[[nodiscard]] int digestHexLength(DigestAlgorithm algorithm);

// The extension of a checksum file, after the destination's name: "sha256", "b2", "xxh3".
[[nodiscard]] QString checksumFileExtension(DigestAlgorithm algorithm);

// The command that checks such a file: "sha256sum -c", "b2sum -c", "xxhsum -c".
[[nodiscard]] QString checksumCheckCommand(DigestAlgorithm algorithm);

// A digest as people paste it: "ALGORITHM:HEX" ("sha256:9f86d0…", any case), or the bare HEX
// when its length names one algorithm (40 digits SHA-1, 64 SHA-256, 16 XXH3), also followed by
// a file name as in a line of a SHA256SUMS file. Without a digest, `error` says what is wrong.
struct ParsedDigest {
    std::optional<Digest> digest;
    QString error;
};
[[nodiscard]] ParsedDigest parseDigest(QStringView text);

} // namespace rangecopy
