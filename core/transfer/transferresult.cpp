#include "core/transfer/transferresult.h"

#include <QCoreApplication>

namespace rangecopy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::TransferResult", text);
}
} // namespace

QString errorKindName(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return QStringLiteral("none");
    case TransferError::SourceNotFound:
        return QStringLiteral("source_not_found");
    case TransferError::NotRegularFile:
        return QStringLiteral("not_regular_file");
    case TransferError::PermissionDenied:
        return QStringLiteral("permission_denied");
    case TransferError::DestinationFolderMissing:
        return QStringLiteral("destination_folder_missing");
    case TransferError::DestinationIsFolder:
        return QStringLiteral("destination_is_folder");
    case TransferError::DestinationExists:
        return QStringLiteral("destination_exists");
    case TransferError::IdenticalFiles:
        return QStringLiteral("identical_files");
    case TransferError::DiskFull:
        return QStringLiteral("disk_full");
    case TransferError::FileTooLarge:
        return QStringLiteral("file_too_large");
    case TransferError::IoError:
        return QStringLiteral("io_error");
    case TransferError::InvalidRange:
        return QStringLiteral("invalid_range");
    case TransferError::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case TransferError::VerificationFailed:
        return QStringLiteral("verification_failed");
    case TransferError::SourceChanged:
        return QStringLiteral("source_changed");
    case TransferError::DestinationChanged:
        return QStringLiteral("destination_changed");
    case TransferError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString verificationName(Verification verification)
{
    switch (verification) {
    case Verification::NotAsked:
        return QStringLiteral("not_asked");
    case Verification::Matched:
        return QStringLiteral("matched");
    case Verification::Differed:
        return QStringLiteral("differed");
    }
    return QStringLiteral("unknown");
}

QString errorHint(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return {};
    case TransferError::SourceNotFound:
        return tr("Check the source path, or pick the file again.");
    case TransferError::NotRegularFile:
        return tr("Pick regular files; folders, pipes, sockets and devices are not copied from "
                  "or written to.");
    case TransferError::PermissionDenied:
        return tr("Check the file's permissions, or pick a file or folder you may use.");
    case TransferError::DestinationFolderMissing:
        return tr("Create the destination's folder first, or pick another destination.");
    case TransferError::DestinationIsFolder:
        return tr("Give the destination a file name inside that folder.");
    case TransferError::DestinationExists:
        return tr("Pick another destination name, or choose the Replace mode.");
    case TransferError::IdenticalFiles:
        return tr("Pick a destination other than the source file.");
    case TransferError::DiskFull:
        return tr("Free some space on the destination's disk, or copy to another disk.");
    case TransferError::FileTooLarge:
        return tr("Copy a smaller range, or pick a destination that allows larger files.");
    case TransferError::IoError:
        return tr("The device reported an error; check the disk and try again.");
    case TransferError::InvalidRange:
        return tr("Correct the offset and count.");
    case TransferError::InvalidArgument:
        return tr("Correct the marked value.");
    case TransferError::VerificationFailed:
        return tr("The copy does not match the source; check the disk and copy again.");
    case TransferError::SourceChanged:
        return tr("Something wrote to the source during the copy; copy again once it is done.");
    case TransferError::DestinationChanged:
        return tr("Something else changed the destination; check who writes there, then start "
                  "the copy again.");
    case TransferError::Cancelled:
        return tr("Start the copy again when you are ready.");
    }
    return {};
}

bool isInputError(TransferError error)
{
    switch (error) {
    case TransferError::SourceNotFound:
    case TransferError::NotRegularFile:
    case TransferError::PermissionDenied:
    case TransferError::DestinationFolderMissing:
    case TransferError::DestinationIsFolder:
    case TransferError::DestinationExists:
    case TransferError::IdenticalFiles:
    case TransferError::InvalidRange:
    case TransferError::InvalidArgument:
        return true;
    default:
        return false;
    }
}

} // namespace rangecopy
