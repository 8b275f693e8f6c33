#include "import_bodyparts3d.h"

#include "attribution.h"
#include "fma_table.h"
#include "low_detail.h"
#include "registration.h"

#include "core/atlas/atlas.h"
#include "core/atlas/manifest_writer.h"
#include "core/atomic_file.h"
#include "core/mesh_loader.h"
#include "core/parallel_for.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace atlasimport {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHipBone = "FMA16586";
constexpr const char* kFemur = "FMA24474";
constexpr const char* kOtherGroup = "other";
// The low level of detail of the whole import stays within the viewer's budget for a software renderer.
constexpr double kLowDetailTriangles = 90000;

struct SourceFile {
    fs::path path;
    std::string stem;  // "FMA22448"
    std::optional<av::Mesh> mesh;
    std::vector<std::string> errors, warnings;
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// The mesh files of the folder (not its subfolders), by name.
std::vector<SourceFile> listSourceFiles(const fs::path& folder) {
    std::vector<SourceFile> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string extension = lower(entry.path().extension().string());
        if (entry.is_regular_file() && (extension == ".stl" || extension == ".obj"))
            files.push_back({entry.path(), entry.path().stem().string(), std::nullopt, {}, {}});
    }
    if (ec) throw ImportError(folder.string() + ": cannot read the folder (" + ec.message() + ")");
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return files;
}

void loadSourceFiles(std::vector<SourceFile>& files) {
    av::parallelFor(files.size(), av::loaderThreadCount(), [&](std::size_t i) {
        try {
            files[i].mesh = av::loadMeshFile(files[i].path, &files[i].warnings);
        } catch (const std::exception& e) {
            files[i].errors.push_back(e.what());
        }
    });
}

// An id for a file we do not know: its name in snake_case ("FMA12345" -> "fma12345").
std::string idForUnknown(const std::string& stem, const std::set<std::string>& taken) {
    std::string id;
    for (unsigned char c : stem) id += std::isalnum(c) ? char(std::tolower(c)) : '_';
    if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) id = "part_" + id;
    std::string unique = id;
    for (int n = 2; taken.count(unique); ++n) unique = id + "_" + std::to_string(n);
    return unique;
}

std::array<float, 3> hexColor(const char* hex) {
    const unsigned long rgb = std::stoul(hex + 1, nullptr, 16);
    return {((rgb >> 16) & 0xff) / 255.0f, ((rgb >> 8) & 0xff) / 255.0f, (rgb & 0xff) / 255.0f};
}

std::string leftSegment(const std::string& segment, av::Side side) {
    return side == av::Side::Left && segment != "pelvis" ? segment + "_left" : segment;
}

// A known file: the reference atlas's structure of that id when it has one (name, kind, segment, spans,
// muscle, colour, annotation), else the table's.
av::StructureSpec knownSpec(const FmaEntry& entry, const av::Atlas& reference) {
    if (const av::Structure* structure = reference.find(entry.id)) {
        av::StructureSpec spec = structure->spec;
        spec.side = entry.side;
        return spec;
    }
    av::StructureSpec spec;
    spec.id = entry.id;
    spec.name = entry.name;
    spec.kind = entry.kind;
    spec.side = entry.side;
    spec.segment = entry.segment;
    spec.spans = entry.spans;
    spec.color = hexColor(entry.kind == av::StructureKind::Bone ? "#e6dcc3" : "#a8453a");
    spec.annotation = entry.annotation.empty() ? entry.id : entry.annotation;
    return spec;
}

// A file we do not know moves with the bone beside its centre: the pelvis down to the lowest point of the
// hip bone, the femur down to the knee, the tibia below; on the side where it lies.
av::StructureSpec otherSpec(const std::string& id, const std::string& stem, const av::Mesh& placed,
                            const av::Atlas& reference) {
    av::StructureSpec spec;
    spec.id = id;
    spec.name = stem;
    spec.kind = av::StructureKind::Region;
    spec.color = hexColor("#9fb4c7");
    spec.annotation = id;
    spec.parent = kOtherGroup;
    const av::Bounds bounds = av::meshBounds(placed);
    const double centreY = (bounds[2] + bounds[3]) / 2;
    spec.side = av::sideOfBounds(bounds);
    const double hipBottom = reference.bounds(*reference.indexOf("pelvis"))[2];
    const double kneeBottom = reference.bounds(*reference.indexOf("femur"))[2];
    const std::string segment = centreY > hipBottom ? "pelvis" : centreY > kneeBottom ? "femur" : "tibia";
    spec.segment = leftSegment(segment, spec.side);
    return spec;
}

av::Atlas loadReference(const fs::path& path) {
    av::Diagnostics ignored;  // the reference's own troubles are not the user's import's
    av::Atlas reference;
    try {
        reference = av::loadAtlas(path, ignored, false);
    } catch (const av::ManifestError& e) {
        throw ImportError(std::string("the reference atlas cannot be read: ") + e.what());
    }
    for (const char* id : {"pelvis", "femur"})
        if (!reference.find(id) || reference.find(id)->mesh.triangles.empty())
            throw ImportError(path.string() + ": the reference atlas has no \"" + id + "\" mesh to place the scan by");
    return reference;
}

const SourceFile& requireBone(const std::vector<SourceFile>& files, const fs::path& source, const char* fma,
                              const char* what) {
    for (const auto& file : files)
        if (lower(file.stem) == lower(fma) && file.mesh) return file;
    throw ImportError((source / (std::string(fma) + ".stl")).string() + ": the " + what + " (" + fma +
                      ") is missing or broken; the scan is placed by its hip bone and femur");
}

void copyFileAtomically(const fs::path& from, const fs::path& to) {
    std::ifstream in(from, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) throw ImportError(from.string() + ": cannot read the file");
    try {
        av::writeFileAtomically(to, bytes.str());
    } catch (const std::exception& e) {
        throw ImportError(e.what());
    }
}

}  // namespace

ImportResult importBodyParts3d(const ImportOptions& options, av::Diagnostics& diagnostics) {
    std::vector<SourceFile> files = listSourceFiles(options.source);
    if (files.empty())
        throw ImportError(options.source.string() + ": no BodyParts3D mesh files (*.stl, *.obj) in this folder");
    const av::Atlas reference = loadReference(options.reference);
    loadSourceFiles(files);
    for (auto& file : files) {
        for (auto& message : file.warnings) diagnostics.warning(std::move(message));
        for (auto& message : file.errors) diagnostics.error(message + "; left out");
    }

    ImportResult result;
    const SourceFile& hip = requireBone(files, options.source, kHipBone, "right hip bone");
    const SourceFile& femur = requireBone(files, options.source, kFemur, "right femur");
    const av::Mesh referenceBones =
        merged(reference.find("pelvis")->mesh, reference.find("femur")->mesh);
    const Registration registration = registerScan(merged(*hip.mesh, *femur.mesh), referenceBones);
    result.scale = registration.scale;
    const av::Mesh placedBones = av::toAtlasFrame(merged(*hip.mesh, *femur.mesh), 0.001, registration.transform);
    result.boneDistanceMm = 1000 * meanSurfaceDistance(placedBones, referenceBones);

    std::size_t totalTriangles = 0;
    for (const auto& file : files)
        if (file.mesh) totalTriangles += file.mesh->triangles.size();
    const double keep = std::min(1.0, kLowDetailTriangles / double(std::max<std::size_t>(totalTriangles, 1)));

    std::error_code ec;
    fs::create_directories(options.out / "meshes" / "low", ec);
    if (ec) throw ImportError(options.out.string() + ": cannot create the output folder (" + ec.message() + ")");

    // Known structures in the table's order, then the others by file name.
    std::vector<av::StructureSpec> known, other;
    std::set<std::string> ids{kOtherGroup};
    std::vector<const SourceFile*> ordered;
    for (const auto& entry : fmaTable())
        for (const auto& file : files)
            if (file.mesh && lower(file.stem) == lower(entry.fma)) ordered.push_back(&file);
    for (const auto& file : files)
        if (file.mesh && !findFma(file.stem)) ordered.push_back(&file);

    for (const SourceFile* file : ordered) {
        const FmaEntry* entry = findFma(file->stem);
        av::StructureSpec spec;
        if (entry) {
            if (ids.count(entry->id)) {
                diagnostics.warning(file->path.string() + ": a second file for \"" + entry->id + "\"; left out");
                continue;
            }
            spec = knownSpec(*entry, reference);
        } else {
            const av::Mesh placed = av::toAtlasFrame(*file->mesh, 0.001, registration.transform);
            spec = otherSpec(idForUnknown(file->stem, ids), file->stem, placed, reference);
        }
        ids.insert(spec.id);
        const std::string fileName = file->path.filename().string();
        spec.mesh = "meshes/" + fileName;
        spec.meshLow = "meshes/low/" + file->path.stem().string() + ".stl";
        spec.unitScale = 0.001;
        spec.transform = Eigen::Matrix4d::Identity();
        copyFileAtomically(file->path, options.out / spec.mesh);
        try {
            result.trianglesLow += writeLowDetail(*file->mesh, keep, options.out / spec.meshLow);
        } catch (const std::exception& e) {
            throw ImportError(e.what());
        }
        result.trianglesFull += file->mesh->triangles.size();
        (entry ? known : other).push_back(std::move(spec));
    }

    av::Manifest& manifest = result.manifest;
    manifest.name = "BodyParts3D (imported)";
    manifest.transform = registration.transform;
    manifest.structures = known;
    if (!other.empty()) {
        av::StructureSpec group;
        group.id = kOtherGroup;
        group.name = "Other";
        group.kind = av::StructureKind::Region;
        group.segment = "pelvis";
        group.annotation = kOtherGroup;
        manifest.structures.push_back(group);
        manifest.structures.insert(manifest.structures.end(), other.begin(), other.end());
    }
    // Parent links copied from the reference atlas stay only where the parent was imported too.
    for (auto& spec : manifest.structures)
        if (!spec.parent.empty() && !ids.count(spec.parent)) spec.parent.clear();
    result.known = known.size();
    result.other = other.size();

    try {
        av::writeFileAtomically(options.out / "ATTRIBUTION.md", attributionText(result.scale));
        av::writeManifest(manifest, options.out / "atlas.json");
    } catch (const std::exception& e) {
        throw ImportError(e.what());
    }
    return result;
}

}  // namespace atlasimport
