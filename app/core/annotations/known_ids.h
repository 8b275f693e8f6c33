#pragma once
// The ids a piece of explanatory content may refer to. Loaders take them as a parameter instead of
// reading the atlas themselves, so that the content can be checked against any atlas (or a test's list).
#include <set>
#include <string>

namespace av {

using IdSet = std::set<std::string, std::less<>>;

struct KnownIds {
    IdSet structures;   // atlas structure ids
    IdSet annotations;  // annotation ids (annotations/*.md)
    IdSet mimics;       // condition ids of annotations/mimics.json
    IdSet probePresets, needlePresets;  // data/ultrasound/presets.json
    IdSet pathologies;  // core/pathology/pathology.h
};

}  // namespace av
