#include "core/digest/digester.h"

#include <openssl/evp.h>
#include <xxhash.h>

#include <QByteArray>

namespace rangecopy {

// One algorithm's running state: an EVP context or an XXH3 state.
class Digester::State {
public:
    explicit State(DigestAlgorithm algorithm)
        : m_algorithm(algorithm)
    {
        if (const EVP_MD* md = evpDigest(algorithm)) {
            m_evp = EVP_MD_CTX_new();
            // Fails only without memory, as the allocations around it would.
            Q_CHECK_PTR(m_evp);
            EVP_DigestInit_ex(m_evp, md, nullptr);
        } else {
            m_xxh = XXH3_createState();
            Q_CHECK_PTR(m_xxh);
            if (algorithm == DigestAlgorithm::Xxh3)
                XXH3_64bits_reset(m_xxh);
            else
                XXH3_128bits_reset(m_xxh);
        }
    }
    ~State()
    {
        EVP_MD_CTX_free(m_evp);
        XXH3_freeState(m_xxh);
    }
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    void add(const char* bytes, std::size_t length)
    {
        if (m_evp)
            EVP_DigestUpdate(m_evp, bytes, length);
        else if (m_algorithm == DigestAlgorithm::Xxh3)
            XXH3_64bits_update(m_xxh, bytes, length);
        else
            XXH3_128bits_update(m_xxh, bytes, length);
    }

    Digest finish()
    {
        QByteArray value;
        if (m_evp) {
            unsigned char out[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            EVP_DigestFinal_ex(m_evp, out, &length);
            value = QByteArray(reinterpret_cast<const char*>(out), int(length));
        } else if (m_algorithm == DigestAlgorithm::Xxh3) {
            XXH64_canonical_t canonical; // big-endian, as xxhsum prints it
            XXH64_canonicalFromHash(&canonical, XXH3_64bits_digest(m_xxh));
            value = QByteArray(reinterpret_cast<const char*>(canonical.digest), 8);
        } else {
            XXH128_canonical_t canonical;
            XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_xxh));
            value = QByteArray(reinterpret_cast<const char*>(canonical.digest), 16);
        }
        return {m_algorithm, QString::fromLatin1(value.toHex())};
    }

private:
    static const EVP_MD* evpDigest(DigestAlgorithm algorithm)
    {
        switch (algorithm) {
        case DigestAlgorithm::Md5:
            return EVP_md5();
        case DigestAlgorithm::Sha1:
            return EVP_sha1();
        case DigestAlgorithm::Sha256:
            return EVP_sha256();
        case DigestAlgorithm::Sha512:
            return EVP_sha512();
        case DigestAlgorithm::Blake2b:
            return EVP_blake2b512();
        case DigestAlgorithm::Xxh3:
        case DigestAlgorithm::Xxh128:
            return nullptr;
        }
        return nullptr;
    }

    DigestAlgorithm m_algorithm;
    EVP_MD_CTX* m_evp = nullptr;
    XXH3_state_t* m_xxh = nullptr;
};

Digester::Digester(const QList<DigestAlgorithm>& algorithms)
{
    for (const DigestAlgorithm algorithm : algorithms)
        m_states.push_back(std::make_unique<State>(algorithm));
}

Digester::~Digester() = default;

void Digester::add(const char* bytes, qint64 length)
{
    if (length <= 0)
        return;
    for (const auto& state : m_states)
        state->add(bytes, static_cast<std::size_t>(length));
}

QList<Digest> Digester::finish()
{
    QList<Digest> digests;
    for (const auto& state : m_states)
        digests << state->finish();
    m_states.clear();
    return digests;
}

} // namespace rangecopy
