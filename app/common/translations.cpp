#include "app/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rangecopy {

void installTranslations(QCoreApplication& app)
{
    const QLocale locale = QLocale::system();
    // qt_add_translations() puts rangecopy_de.qm and the others under :/i18n.
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("rangecopy"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace rangecopy
