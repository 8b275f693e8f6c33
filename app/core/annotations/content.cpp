#include "core/annotations/content.h"

#include "core/resources.h"

namespace av {
namespace {

// The glossary explains words in the patient wording only: clinical text keeps its terms unmarked.
void markPatientTerms(Content& content) {
    for (auto& annotation : content.annotations.annotations)
        markGlossaryTerms(annotation.text(Audience::Patient), content.glossary);
    for (auto& tour : content.tours)
        if (tour.audience == Audience::Patient)
            for (auto& step : tour.steps) markGlossaryTerms(step.text, content.glossary);
}

}  // namespace

KnownIds Content::knownIds(const IdSet& structures) const {
    KnownIds known{structures, annotations.ids(), mimicIds(mimics)};
    for (const auto& [id, preset] : instrumentPresets.probes) known.probePresets.insert(id);
    for (const auto& [id, preset] : instrumentPresets.needles) known.needlePresets.insert(id);
    for (const auto& id : pathologyIds()) known.pathologies.insert(id);
    return known;
}

std::filesystem::path defaultAnnotationsFolder() {
    return findResource("annotations").value_or(std::filesystem::path(AV_SOURCE_DIR) / "annotations");
}

Content loadContent(const std::filesystem::path& folder, const IdSet& structures, Diagnostics& diagnostics) {
    Content content;
    content.instrumentPresets = loadDefaultInstrumentPresets(diagnostics).value_or(InstrumentPresets{});
    content.acousticMaterials = loadDefaultAcousticMaterials(diagnostics);
    content.annotations = loadAnnotations(folder, structures, diagnostics);
    // Mimics and tours refer to annotations (and tours to mimics), so they load after what they refer to.
    content.mimics = loadMimics(folder / "mimics.json", content.knownIds(structures), diagnostics);
    const KnownIds known = content.knownIds(structures);
    content.tours = loadTours(folder / "tours", known, diagnostics);
    content.quiz = loadQuiz(folder / "quiz.json", known, diagnostics);
    content.glossary = loadGlossary(folder / "glossary.json", diagnostics);
    content.rehab = loadRehabProgramme(folder / "rehab.json", diagnostics);
    markPatientTerms(content);
    return content;
}

Content loadContentForAtlas(const std::filesystem::path& folder, const IdSet& atlasStructures, const IdSet& vocabulary,
                            Diagnostics& diagnostics) {
    // Checked once against every structure it may name (the content is small), then loaded for this atlas
    // with the messages about the structures it lacks set aside.
    IdSet everything = vocabulary;
    everything.insert(atlasStructures.begin(), atlasStructures.end());
    loadContent(folder, everything, diagnostics);
    Diagnostics expected;
    return loadContent(folder, atlasStructures, expected);
}

}  // namespace av
