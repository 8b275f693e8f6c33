#pragma once
// Cheap access to a file's bytes for the checks made before a reader sees the file: its size, a few
// bytes at an offset, a line. Every failure to open or read becomes a FormatError.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace av::mesh_io {

class FileBytes {
public:
    // Refuses a path that is missing, not a regular file, empty or unreadable.
    explicit FileBytes(const std::filesystem::path& path);

    std::uint64_t size() const { return size_; }
    // Up to count bytes from offset (fewer at the end of the file).
    std::string read(std::uint64_t offset, std::size_t count);
    std::string head(std::size_t count) { return read(0, count); }
    std::string tail(std::size_t count);

    // Sequential reading from a cursor, for formats read section by section.
    void seek(std::uint64_t offset);
    std::uint64_t position();
    // The next line without its line end, at most maxLength bytes (the rest of a longer line is
    // skipped); nothing at the end of the file.
    std::optional<std::string> readLine(std::size_t maxLength = 4096);
    // The bytes up to the next delimiter (consumed, not returned), at most maxLength of them (the
    // rest is skipped); nothing at the end of the file.
    std::optional<std::string> readUntil(char delimiter, std::size_t maxLength);
    // Moves past the next occurrence of delimiter; false at the end of the file.
    bool skipPast(char delimiter);
    // Skips up to count whitespace-separated ascii numbers (only integers if asked; "nan" and "inf"
    // are not numbers here) and stops at the start of the next token.
    struct NumberRun {
        std::uint64_t count = 0;  // numbers skipped
        std::string stoppedAt;    // the token that is not a number, if that is what stopped the run
    };
    NumberRun skipNumbers(std::uint64_t count, bool integers);

private:
    std::ifstream in_;
    std::uint64_t size_ = 0;
};

// True when the bytes look like text: no NUL and few control characters.
bool looksLikeText(const std::string& bytes);

// Little-endian unsigned integers from a byte string at an offset (the caller checks the length).
std::uint32_t readU32le(const std::string& bytes, std::size_t offset);

}  // namespace av::mesh_io
