// OBJ and FBX: formats without declared counts to verify; the checks refuse binary garbage before
// Assimp's text parsers wade through it.
#include "core/mesh_io/format_error.h"
#include "core/mesh_io/prechecks.h"

#include <string>

namespace av::mesh_io {

namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;

}  // namespace

void precheckObj(FileBytes& file) {
    if (!looksLikeText(file.head(kSniffBytes)) || !looksLikeText(file.tail(kSniffBytes)))
        throw FormatError("is not a text OBJ file (it holds binary data)");
}

void precheckFbx(FileBytes& file) {
    static const std::string kBinaryMagic("Kaydara FBX Binary  \0", 21);
    const std::string head = file.head(kSniffBytes);
    if (head.compare(0, kBinaryMagic.size(), kBinaryMagic) == 0) return;
    if (!looksLikeText(head))
        throw FormatError("is neither a binary FBX file (no \"Kaydara FBX Binary\" magic) nor a text FBX file");
}

}  // namespace av::mesh_io
