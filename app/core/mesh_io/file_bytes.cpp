#include "core/mesh_io/file_bytes.h"

#include "core/mesh_io/format_error.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <limits>
#include <system_error>

namespace av::mesh_io {

namespace fs = std::filesystem;

namespace {

bool isNanOrInf(std::string word) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word == "nan" || word == "inf";
}

}  // namespace

FileBytes::FileBytes(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) throw FormatError("no such file");
    if (ec) throw FormatError("cannot be examined (" + ec.message() + ")");
    if (fs::is_directory(status)) throw FormatError("is a directory, not a mesh file");
    if (!fs::is_regular_file(status)) throw FormatError("is not a regular file");
    size_ = fs::file_size(path, ec);
    if (ec) throw FormatError("cannot be examined (" + ec.message() + ")");
    errno = 0;
    in_.open(path, std::ios::binary);
    if (!in_) {
        const int error = errno;
        throw FormatError("cannot be opened (" +
                          std::string(error ? std::strerror(error) : "unknown error") + ")");
    }
    if (size_ == 0) throw FormatError("is empty");
}

std::string FileBytes::read(std::uint64_t offset, std::size_t count) {
    if (offset >= size_) return {};
    if (count > size_ - offset) count = static_cast<std::size_t>(size_ - offset);
    std::string bytes(count, '\0');
    seek(offset);
    in_.read(bytes.data(), static_cast<std::streamsize>(count));
    if (static_cast<std::size_t>(in_.gcount()) != count) throw FormatError("cannot be read");
    return bytes;
}

std::string FileBytes::tail(std::size_t count) {
    const std::uint64_t offset = size_ > count ? size_ - count : 0;
    return read(offset, count);
}

void FileBytes::seek(std::uint64_t offset) {
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    if (!in_) throw FormatError("cannot be read");
}

std::uint64_t FileBytes::position() {
    const std::streamoff at = in_.tellg();
    return at < 0 ? size_ : static_cast<std::uint64_t>(at);
}

std::optional<std::string> FileBytes::readLine(std::size_t maxLength) {
    auto line = readUntil('\n', maxLength);
    if (line && !line->empty() && line->back() == '\r') line->pop_back();
    return line;
}

std::optional<std::string> FileBytes::readUntil(char delimiter, std::size_t maxLength) {
    using Traits = std::char_traits<char>;
    std::string text;
    Traits::int_type c = in_.get();
    if (c == Traits::eof()) return std::nullopt;
    while (c != Traits::eof() && c != Traits::to_int_type(delimiter)) {
        if (text.size() == maxLength) {
            in_.ignore(std::numeric_limits<std::streamsize>::max(), Traits::to_int_type(delimiter));
            break;
        }
        text.push_back(Traits::to_char_type(c));
        c = in_.get();
    }
    return text;
}

bool FileBytes::skipPast(char delimiter) {
    using Traits = std::char_traits<char>;
    in_.ignore(std::numeric_limits<std::streamsize>::max(), Traits::to_int_type(delimiter));
    return in_.good();  // eof set: the delimiter never came
}

std::uint64_t FileBytes::skipNumbers(std::uint64_t count) {
    std::uint64_t offset = position();
    std::uint64_t skipped = 0;
    bool inToken = false;
    while (offset < size_) {
        const std::string block = read(offset, 64 * 1024);
        for (std::size_t i = 0; i < block.size(); ++i) {
            const auto c = static_cast<unsigned char>(block[i]);
            if (std::isspace(c)) {
                inToken = false;
                continue;
            }
            if (inToken) continue;
            if (skipped == count || (std::isalpha(c) && !isNanOrInf(read(offset + i, 3)))) {
                seek(offset + i);
                return skipped;
            }
            ++skipped;
            inToken = true;
        }
        offset += block.size();
    }
    seek(size_);
    return skipped;
}

bool looksLikeText(const std::string& bytes) {
    std::size_t control = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) return false;
        if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++control;
    }
    // UTF-8 text has bytes >= 128 too; only control characters betray binary data.
    return control * 100 <= bytes.size();
}

std::uint32_t readU32le(const std::string& bytes, std::size_t offset) {
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(i)]);
    return value;
}

}  // namespace av::mesh_io
