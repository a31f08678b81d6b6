#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rangecopy {

enum class SearchDirection { Forward, Backward };

struct SearchResult {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::ByteSearch)

public:
    qint64 offset = -1; // where the pattern starts; -1 when not found
    bool cancelled = false;
    QString error; // names the file and the reason; empty when the search ran

    [[nodiscard]] bool found() const { return offset >= 0; }
};

// Called every block with the bytes looked at and the bytes to look at; false cancels.
using SearchProgress = std::function<bool(qint64 bytesSearched, qint64 bytesTotal)>;

// Finds pattern in the file: Forward, the first match starting at or after `from`; Backward,
// the last match starting before `from`. Reads the file itself in blocks (not through a view's
// cache), so it can run on a worker thread.
[[nodiscard]] SearchResult findBytes(const QString& path, const QByteArray& pattern, qint64 from,
                                     SearchDirection direction,
                                     const SearchProgress& progress = {});

// Reads "50 79 74", "507974" or "0x50 0x79" as bytes; returns the reason in error when it
// cannot.
[[nodiscard]] QByteArray parseHexPattern(QStringView text, QString* error);

} // namespace rangecopy
