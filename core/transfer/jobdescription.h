#pragma once

#include "core/transfer/transferrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

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
struct ParsedJob {
    std::optional<TransferRequest> request;
    QString error; // what is wrong, naming the key; empty when request is set
};

[[nodiscard]] ParsedJob jobFromJson(const QJsonObject& object);
// The object that jobFromJson() reads back as the same request.
[[nodiscard]] QJsonObject jobToJson(const TransferRequest& request);

// A whole JSON Lines text: one job per non-blank line. The first bad line stops the reading,
// so that nothing of a half-understood batch is copied.
struct ParsedJobList {
    struct Job {
        int line = 0; // counted from 1, as editors count
        TransferRequest request;
    };
    QList<Job> jobs;
    int errorLine = 0; // the bad line, or 0
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] ParsedJobList parseJobLines(const QByteArray& text);
// One line per job, jobToJson() each.
[[nodiscard]] QByteArray jobLines(const QList<TransferRequest>& requests);

} // namespace rangecopy
