#pragma once
// Guided tours (annotations/tours/*.json; format in docs/annotation-format.md): steps that each set the whole
// scene (camera, what is shown and highlighted, pose or animation, labels, x-ray) and show a text. Every step
// is complete in itself, so the UI can jump to any step without replaying the ones before it.
#include "core/annotations/document.h"
#include "core/annotations/json_fields.h"
#include "core/annotations/known_ids.h"
#include "core/instruments/instruments.h"
#include "core/motion/pose.h"
#include "core/pathology/pathology.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace av {

inline constexpr const char* kTourFormat = "anatomy-viewer-tour";
inline constexpr int kTourVersion = 1;

struct TourCamera {
    std::string view;   // a preset of core/views.h; empty: keep the view direction, only frame the focus
    std::string focus;  // structure id to centre on; empty: frame everything visible
    double zoom = 1.0;  // 1: the distance that frames all on show, centred on the focus; 2 is twice as close
};

struct TourAnimation {
    std::string id;     // an animation of core/motion/animations.h
    double time = 0;    // where to start, as a fraction 0..1 of the animation's cycle
    bool play = false;  // play on from there, or hold that frame
};

// A line in the atlas frame (metres), e.g. a needle from where it enters the skin to its tip.
struct TourNeedle {
    Point3 entry{};
    Point3 tip{};
};

// An ultrasound probe footprint on the skin: its centre and the direction of its long edge.
struct TourProbe {
    Point3 centre{};
    Point3 axis{};
};

// Scanner settings a step sets (over the defaults, or over its probe preset's); unset ones stay.
struct TourUltrasound {
    std::optional<ProbeType> type;
    std::optional<double> depthCm, frequencyMhz, gainDb;
};

struct TourStep {
    std::string title;
    int line = 0;
    TourCamera camera;
    std::optional<std::vector<std::string>> visible;  // shown structures; nullopt: all of them
    std::vector<std::string> hidden;                  // hidden even if `visible` names them
    std::vector<std::string> highlighted;
    std::optional<Pose> pose;                // neither pose nor animation: the neutral pose
    std::optional<TourAnimation> animation;
    bool labels = false;
    bool xray = false;
    std::vector<std::string> regions;  // mimic ids whose pain regions are painted on the skin
    std::optional<TourNeedle> needle;
    std::optional<TourProbe> probe;
    std::string probePreset, needlePreset;  // ids of data/ultrasound/presets.json; they win over probe / needle
    PathologySet pathology;                 // shown in 3D and in the image; {} for healthy anatomy
    std::optional<TourUltrasound> ultrasound;
    Document text;           // the step's own words (the tour's audience)
    std::string annotation;  // an annotation to open beside it; empty for none
};

struct Tour {
    std::string id;
    std::string title;
    Audience audience = Audience::Patient;
    std::string summary;
    std::string file;
    std::vector<TourStep> steps;
};

// Parses one tour. Structure, annotation and mimic ids are checked against `known`; an unknown id is reported
// (file:line) and dropped, a malformed step is reported and left out, a file that is not a tour is refused.
std::optional<Tour> parseTour(const std::string& text, const std::string& file, const KnownIds& known,
                              Diagnostics& diagnostics);
// Reads every *.json of the folder; a tour's id must match its file name.
std::vector<Tour> loadTours(const std::filesystem::path& folder, const KnownIds& known, Diagnostics& diagnostics);

// [{"id", "title", "audience", "steps": <number of steps>}, ...] for `--list-tours --json`.
nlohmann::json toursToJson(const std::vector<Tour>& tours);

}  // namespace av
