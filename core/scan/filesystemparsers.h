#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

class ByteSource;

// File systems found by their superblock or boot sector. Each reports one item: its length is
// the size the file system states (LengthSource::HeaderField) when the source holds all of it;
// a truncated copy is still found, with no length (Unknown), its description saying the
// stated size. Copies of a boot sector or superblock that a file system keeps inside itself
// (ext's backup superblocks, the backup boot sectors of FAT32, exFAT and NTFS) are not
// reported as file systems of their own.

// ext2, ext3 and ext4: the superblock at byte 1024, its magic 53 EF at 0x438.
class Ext2Parser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// FAT12, FAT16 and FAT32: the boot sector's BIOS parameter block, found by the file system
// type text of its extended BPB ("FAT12   "/"FAT16   " at 54, "FAT32   " at 82).
class FatParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// exFAT: the main boot sector ("EXFAT   " at 3).
class ExfatParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// NTFS: the boot sector ("NTFS    " at 3).
class NtfsParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// ISO 9660: the primary volume descriptor in logical sector 16 (byte 0x8000).
class Iso9660Parser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// SquashFS 4 (little-endian, "hsqs" at 0).
class SquashfsParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
