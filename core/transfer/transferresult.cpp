#include "core/transfer/transferresult.h"

namespace rangecopy {

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
    case TransferError::NothingToUndo:
        return QStringLiteral("nothing_to_undo");
    case TransferError::DeviceNotAllowed:
        return QStringLiteral("device_not_allowed");
    case TransferError::DeviceInUse:
        return QStringLiteral("device_in_use");
    case TransferError::ChecksumMismatch:
        return QStringLiteral("checksum_mismatch");
    }
    return QStringLiteral("unknown");
}

QString verificationName(Verification verification)
{
    switch (verification) {
    case Verification::NotAsked:
        return QStringLiteral("not_asked");
    case Verification::MatchedCache:
        return QStringLiteral("cache");
    case Verification::MatchedDisk:
        return QStringLiteral("disk");
    case Verification::Differed:
        return QStringLiteral("differed");
    }
    return QStringLiteral("unknown");
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
    case TransferError::NothingToUndo:
    case TransferError::DeviceNotAllowed:
    case TransferError::DeviceInUse:
        return true;
    default:
        return false;
    }
}

} // namespace rangecopy
