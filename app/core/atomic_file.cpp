#include "core/atomic_file.h"

#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace av {

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    // The process id keeps two writers of the same file from sharing a temporary file.
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << bytes;
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw std::runtime_error(path.string() + ": cannot write the file");
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw std::runtime_error(path.string() + ": cannot write the file (" + ec.message() + ")");
    }
}

}  // namespace av
