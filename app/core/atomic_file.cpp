#include "core/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace av {
namespace {

std::string reason(int error) { return error ? std::strerror(error) : "the write failed"; }

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    // The process id keeps two writers of the same file from sharing a temporary file.
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(::getpid());
    {
        errno = 0;
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out.is_open())  // e.g. the folder is missing or not writable: the system says which
            throw std::runtime_error(path.string() + ": cannot write the file (" + reason(errno) + ")");
        out << bytes;
        out.flush();
        if (!out) {
            const int error = errno;
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw std::runtime_error(path.string() + ": cannot write the file (" + reason(error) + ")");
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
