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

} // namespace rangecopy::testsupport
