#pragma once

#include "core/transfer/transferrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rangecopy {

// A copy described as one JSON object, with the keys of rangecopy-cli --json's output, so that
// a result line can be fed back as a job:
//   {"source": "disk.img", "destination": "part.bin", "offset": 4096, "count": "1 MiB",
//    "mode": "replace", "verify": true, "hashes": ["sha256"]}
// source and destination are required; every other key has the CLI's default. Numbers are
// JSON numbers or strings in the number syntax ("4 KiB", "0x1000"). Keys that only a result
// has (bytes_sent, elapsed_s, ...) are ignored; any other unknown key is an error, so that a
// misspelt option is not silently dropped. These are --batch lines and the window's saved
// queues.
//
// A join of split pieces is a line too, {"join": ["disk.img.001", "disk.img.002"],
// "destination": "disk.img", "sync": false}: one piece that ends in .001 alone stands for
// its whole run (joinFiles()).
struct ParsedJob {
    std::optional<TransferRequest> request;
    // A join: the pieces in order, into request.destinationPath (request.sourcePath is the
    // first); empty for a copy.
    QStringList joinPieces;
    QString error; // what is wrong, naming the key; empty when request is set
};

[[nodiscard]] ParsedJob jobFromJson(const QJsonObject& object);
// The object that jobFromJson() reads back as the same request.
[[nodiscard]] QJsonObject jobToJson(const TransferRequest& request);
// The object that jobFromJson() reads back as a join of these pieces.
[[nodiscard]] QJsonObject joinToJson(const QStringList& pieces, const QString& destination,
                                     bool syncToDisk);

// A whole JSON Lines text: one job per non-blank line. The first bad line stops the reading,
// so that nothing of a half-understood batch is copied.
struct ParsedJobList {
    struct Job {
        int line = 0; // counted from 1, as editors count
        TransferRequest request;
        QStringList joinPieces; // a join (ParsedJob::joinPieces)

        [[nodiscard]] bool isJoin() const { return !joinPieces.isEmpty(); }
    };
    QList<Job> jobs;
    int errorLine = 0; // the bad line, or 0
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] ParsedJobList parseJobLines(const QByteArray& text);
// One line per object (jobToJson(), joinToJson()): a --batch file.
[[nodiscard]] QByteArray jobLines(const QList<QJsonObject>& jobs);

} // namespace rangecopy
