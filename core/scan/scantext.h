#pragma once

#include <QCoreApplication>

namespace rangecopy {

// The translation context of what a scan says (descriptions of found items).
struct ScanText {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::Scan)
};

} // namespace rangecopy
