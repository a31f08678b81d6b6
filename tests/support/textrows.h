#pragma once

#include "core/preview/textlayout.h"

#include <QStringList>

namespace rangecopy::testsupport {

// The text of each row, as drawn.
[[nodiscard]] inline QStringList textsOf(const QList<TextRow>& rows)
{
    QStringList texts;
    for (const TextRow& row : rows)
        texts.append(row.text);
    return texts;
}

// The gutter of each row: a line number, "…" while not counted, empty on a wrapped row.
[[nodiscard]] inline QStringList guttersOf(const QList<TextRow>& rows)
{
    QStringList gutters;
    for (const TextRow& row : rows)
        gutters.append(row.gutter);
    return gutters;
}

// The offsets of the cells a text view marks as where Go to or Find went (TextCell::target).
[[nodiscard]] inline QList<qint64> targetCells(const QList<TextRow>& rows)
{
    QList<qint64> offsets;
    for (const TextRow& row : rows) {
        for (const TextCell& cell : row.cells) {
            if (cell.target)
                offsets.append(cell.offset);
        }
    }
    return offsets;
}

} // namespace rangecopy::testsupport
