#pragma once

class QCoreApplication;

namespace rangecopy {

// Loads RangeCopy's translation for the user's language (LANGUAGE, then LC_ALL, LC_MESSAGES
// and LANG, as QLocale::system() reads them), built into the program, and Qt's own for its
// dialogs and the command line's standard options (Debian's qt6-translations-l10n) when
// installed. Without one for the language, the texts stay English.
void installTranslations(QCoreApplication& app);

} // namespace rangecopy
