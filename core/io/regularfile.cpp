#include "core/io/regularfile.h"

#include "core/io/blockdevice.h"
#include "core/io/fileerror.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>

namespace rangecopy {

RegularFile openRegularFileForReading(const QString& path, const RegularFileMessages& messages,
                                      BlockDevices blockDevices)
{
    RegularFile file;
    const QByteArray encoded = pathToBytes(path);
    const auto accepted = [blockDevices](mode_t mode) {
        return S_ISREG(mode) || (blockDevices == BlockDevices::Accept && S_ISBLK(mode));
    };
    // Anything else is refused before it is opened: opening a character device can do
    // things (a serial line raises DTR, a tape rewinds).
    if (::stat(encoded.constData(), &file.status) == 0 && !accepted(file.status.st_mode)) {
        file.error = messages.notRegular.arg(quoted(path));
        return file;
    }
    file.descriptor =
        FileDescriptor(::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!file.descriptor.isOpen()) {
        const int error = errno;
        file.error = fileErrorMessage(messages.cannotOpen.isEmpty()
                                          ? RegularFile::tr("cannot open %1 for reading: %2")
                                          : messages.cannotOpen,
                                      path, error);
        return file;
    }
    const auto sizeUnknown = [&](int error) {
        file.error = fileErrorMessage(messages.cannotStat.isEmpty()
                                          ? RegularFile::tr("cannot read the size of %1: %2")
                                          : messages.cannotStat,
                                      path, error);
        file.descriptor.close();
    };
    if (::fstat(file.descriptor.get(), &file.status) != 0) {
        sizeUnknown(errno);
        return file;
    }
    if (!accepted(file.status.st_mode)) {
        file.error = messages.notRegular.arg(quoted(path));
        file.descriptor.close();
        return file;
    }
    if (file.isBlockDevice()) {
        file.status.st_size = blockDeviceSize(file.descriptor.get());
        if (file.status.st_size < 0)
            sizeUnknown(errno);
    }
    return file;
}

} // namespace rangecopy
