#pragma once

#include <QString>

namespace rangecopy {

// Paths travel as QString, which holds Unicode: a file name whose bytes are not valid UTF-8
// would come back from it as another name, and the programs would read or write a file the
// user did not name. So they refuse such arguments, before anything else.
// Returns one line saying which argument (its bytes shown as \xNN) and what to do, or an empty
// string when every argument survives the trip unchanged.
[[nodiscard]] QString checkArgumentEncoding(int argc, const char* const* argv);

} // namespace rangecopy
