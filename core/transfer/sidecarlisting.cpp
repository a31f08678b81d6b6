#include "core/transfer/sidecarlisting.h"

#include "core/io/fileidentity.h"

#include <QHash>

#include <chrono>
#include <dirent.h>
#include <mutex>
#include <string_view>
#include <utility>

namespace rangecopy {

namespace {

constexpr std::string_view kMarker = ".rangecopy-";

bool looksLikeSidecar(std::string_view name)
{
    return name.size() > kMarker.size() + 1 && name.front() == '.' &&
           name.find(kMarker) != std::string_view::npos;
}

class Listings {
public:
    QList<QByteArray> namesStartingWith(const QByteArray& folder, const QByteArray& prefix)
    {
        const std::lock_guard lock(m_mutex);
        QList<QByteArray> matching;
        for (const QByteArray& name : std::as_const(freshListing(folder).names)) {
            if (name.startsWith(prefix))
                matching.append(name);
        }
        return matching;
    }

    bool contains(const QByteArray& folder, const QByteArray& name)
    {
        const std::lock_guard lock(m_mutex);
        return freshListing(folder).names.contains(name);
    }

    void add(const QByteArray& folder, const QByteArray& name)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_listings.find(folder);
            found != m_listings.end() && !found->names.contains(name))
            found->names.append(name);
    }

    void remove(const QByteArray& folder, const QByteArray& name)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_listings.find(folder); found != m_listings.end())
            found->names.removeOne(name);
    }

private:
    static constexpr qsizetype kMaxFolders = 256;

    struct Listing {
        std::chrono::steady_clock::time_point listedAt;
        QList<QByteArray> names;
    };

    // Called with m_mutex held.
    Listing& freshListing(const QByteArray& folder)
    {
        const auto now = std::chrono::steady_clock::now();
        auto found = m_listings.find(folder);
        if (found == m_listings.end() ||
            now - found->listedAt > std::chrono::seconds(SidecarListing::kLifetimeSeconds)) {
            if (m_listings.size() >= kMaxFolders)
                m_listings.clear();
            found = m_listings.insert(folder, {now, listSidecars(folder)});
        }
        return *found;
    }

    static QList<QByteArray> listSidecars(const QByteArray& folder)
    {
        QList<QByteArray> names;
        DIR* dir = ::opendir(folder.isEmpty() ? "." : folder.constData());
        if (dir == nullptr)
            return names;
        while (const dirent* entry = ::readdir(dir)) {
            // Most names are not ours: look at the bytes before making a QByteArray.
            const std::string_view name(entry->d_name);
            if (looksLikeSidecar(name))
                names.append(QByteArray(name.data(), qsizetype(name.size())));
        }
        ::closedir(dir);
        return names;
    }

    std::mutex m_mutex;
    QHash<QByteArray, Listing> m_listings;
};

Listings g_listings;

} // namespace

QList<QByteArray> SidecarListing::namesStartingWith(const QByteArray& folder,
                                                    const QByteArray& prefix)
{
    return g_listings.namesStartingWith(folder, prefix);
}

bool SidecarListing::mayExist(const QByteArray& path)
{
    const QByteArray folder = folderPrefix(path);
    return g_listings.contains(folder, path.mid(folder.size()));
}

void SidecarListing::noteCreated(const QByteArray& path)
{
    const QByteArray folder = folderPrefix(path);
    g_listings.add(folder, path.mid(folder.size()));
}

void SidecarListing::noteRemoved(const QByteArray& path)
{
    const QByteArray folder = folderPrefix(path);
    g_listings.remove(folder, path.mid(folder.size()));
}

} // namespace rangecopy
