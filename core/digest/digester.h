#pragma once

#include "core/digest/digestalgorithm.h"

#include <QList>

#include <memory>
#include <vector>

namespace rangecopy {

// Computes several digests of one stream of bytes at once: OpenSSL's EVP interface for MD5,
// SHA-1, SHA-2 and BLAKE2b (it uses the CPU's SHA instructions), xxHash for XXH3. Feed it
// with add(), in order, then take the digests with finish(). Not thread-safe: one thread
// feeds it.
class Digester {
public:
    explicit Digester(const QList<DigestAlgorithm>& algorithms);
    ~Digester();
    Digester(const Digester&) = delete;
    Digester& operator=(const Digester&) = delete;

    void add(const char* bytes, qint64 length);
    // The digests in the order the algorithms were given; the Digester is spent afterwards.
    [[nodiscard]] QList<Digest> finish();

    [[nodiscard]] bool isEmpty() const { return m_states.empty(); }

private:
    class State;
    std::vector<std::unique_ptr<State>> m_states;
};

} // namespace rangecopy
