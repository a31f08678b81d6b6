#pragma once

namespace rangecopy {

// The kind of file system an open file lives on: statfs's f_type, a magic number of
// <linux/magic.h>; 0 when the kernel does not say.
[[nodiscard]] unsigned long fileSystemType(int fd);

// Whether a copy between two files of a file system of this kind can run on the server, so
// that the bytes never cross the network: NFS 4.2 (COPY) and SMB 3 (server-side copy), both
// reached through copy_file_range(2). Where the server cannot, the kernel copies the bytes
// itself or says EOPNOTSUPP/EXDEV, and the copy falls back to read/write.
[[nodiscard]] bool copiesOnTheServer(unsigned long fileSystemType);

} // namespace rangecopy
