#include "core/mesh_io/file_bytes.h"

#include "core/mesh_io/format_error.h"

#include <cctype>
#include <charconv>
#include <cerrno>
#include <cstring>
#include <limits>
#include <system_error>

namespace av::mesh_io {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxNumberLength = 64;

// A number as C++ streams read it (VTK's legacy reader uses them): an optional sign, then digits
// (integers) or a decimal floating-point number.
bool isNumber(const std::string& token, bool integers) {
    if (token.empty() || token.size() > kMaxNumberLength) return false;
    const std::size_t body = token[0] == '+' || token[0] == '-' ? 1 : 0;
    if (body == token.size()) return false;
    if (integers) return token.find_first_not_of("0123456789", body) == std::string::npos;
    // Streams read no "nan" or "inf" (from_chars would).
    if (!std::isdigit(static_cast<unsigned char>(token[body])) && token[body] != '.') return false;
    // from_chars takes a minus sign but no plus.
    const char* first = token.data() + (token[0] == '+' ? 1 : 0);
    const char* end = token.data() + token.size();
    double value = 0.0;
    const auto result = std::from_chars(first, end, value);
    return result.ptr == end && result.ec == std::errc();
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

FileBytes::NumberRun FileBytes::skipNumbers(std::uint64_t count, bool integers) {
    NumberRun run;
    std::uint64_t offset = position();
    std::uint64_t tokenStart = 0;
    std::string token;  // the current token, or empty between tokens
    // Judges a finished token: true to go on, false when it is not a number (the run stops before it).
    const auto finish = [&]() {
        if (!isNumber(token, integers)) {
            run.stoppedAt = token;
            seek(tokenStart);
            return false;
        }
        ++run.count;
        token.clear();
        return true;
    };
    while (offset < size_) {
        const std::string block = read(offset, 64 * 1024);
        for (std::size_t i = 0; i < block.size(); ++i) {
            const char c = block[i];
            if (std::isspace(static_cast<unsigned char>(c))) {
                if (!token.empty() && !finish()) return run;
                continue;
            }
            if (token.empty()) {
                if (run.count == count) {
                    seek(offset + i);
                    return run;
                }
                tokenStart = offset + i;
            }
            if (token.size() < kMaxNumberLength + 1) token.push_back(c);
        }
        offset += block.size();
    }
    if (!token.empty() && !finish()) return run;
    seek(size_);
    return run;
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
