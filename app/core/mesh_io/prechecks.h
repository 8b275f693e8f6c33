#pragma once
// Cheap checks of a mesh file's header facts, made before a reader sees the file, so that a file that
// is truncated, corrupt or lies about its size is refused with a clear FormatError instead of making a
// reader allocate what the header declares (or crash). A file that passes may still fail in the reader.
#include "core/mesh_io/file_bytes.h"

#include <filesystem>

namespace av::mesh_io {

void precheckStl(FileBytes& file);
void precheckPly(FileBytes& file);
// OBJ has no header: the checks are that it is text.
void precheckObj(FileBytes& file);
void precheckFbx(FileBytes& file);
// glTF's buffers may be other files, found beside `path`.
void precheckGltf(FileBytes& file, const std::filesystem::path& path);
void precheckGlb(FileBytes& file, const std::filesystem::path& path);
void precheckLegacyVtk(FileBytes& file);
void precheckVtp(FileBytes& file);

}  // namespace av::mesh_io
