#pragma once

#include "core/preview/previewdocument.h"

#include <QSize>
#include <QTest>

#include <memory>

namespace rangecopy::testsupport {

// A new preview view (TextView or HexView) of document, shown on screen at size.
template <typename View>
[[nodiscard]] std::unique_ptr<View> shownView(PreviewDocument& document, QSize size)
{
    auto view = std::make_unique<View>();
    view->setDocument(&document);
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return {};
    return view;
}

} // namespace rangecopy::testsupport
