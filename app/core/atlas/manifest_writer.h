#pragma once
// Writes an atlas manifest in the current format version (docs/atlas-format.md): the one writer that the
// atlas generator and the importer share, so that what they write is what readManifest reads back.
#include "core/atlas/manifest.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace av {

// Fields in a fixed order; optional fields only when they differ from their defaults (except colour,
// opacity and unit, always written so a reader of the file sees them). Throws std::invalid_argument for a
// spec the format cannot say (a unit scale other than m, cm or mm).
nlohmann::ordered_json manifestToJson(const Manifest& manifest);

// The manifest as text: two-space indents and a final newline (stable, so regenerated files compare
// byte for byte).
std::string manifestText(const Manifest& manifest);

// Writes manifestText atomically to path; the structures' mesh paths are taken as relative to its
// folder. Throws std::runtime_error naming the file when it cannot be written.
void writeManifest(const Manifest& manifest, const std::filesystem::path& path);

}  // namespace av
