// The glossary: one-line plain definitions, validated with file and line, marked on each use in patient text.
#include "annotations_test_support.h"
#include "core/annotations/content.h"
#include "core/annotations/glossary.h"

#include <doctest/doctest.h>

using namespace av;
using namespace av::test;

namespace {

std::string glossaryWith(const std::string& terms) {
    return "{\"format\": \"anatomy-viewer-glossary\", \"version\": 1, \"terms\": [\n" + terms + "\n]}";
}

Glossary sample() {
    Diagnostics diagnostics;
    Glossary glossary = parseGlossary(
        glossaryWith("{\"term\": \"steroid\", \"also\": [\"steroids\"], \"definition\": \"A medicine that calms.\"},\n"
                     "{\"term\": \"steroid flare\", \"definition\": \"Soreness for a few days after the steroid.\"},\n"
                     "{\"term\": \"MRI\", \"also\": [\"MRI scan\"], \"definition\": \"A scan that uses a magnet.\"}"),
        "g.json", diagnostics);
    REQUIRE(diagnostics.empty());
    return glossary;
}

Document markdown(const std::string& text) {
    Diagnostics diagnostics;
    Document document = parseMarkdown(text, {"t.md"}, diagnostics);
    REQUIRE(diagnostics.empty());
    return document;
}

// The spans of the first block as "text|term" pieces, for compact checks.
std::vector<std::string> pieces(const Document& document) {
    std::vector<std::string> result;
    for (const Span& span : document.blocks.front().spans) result.push_back(span.text + "|" + span.term);
    return result;
}

}  // namespace

TEST_CASE("glossary: terms and their other forms are found whatever the case") {
    const Glossary glossary = sample();
    REQUIRE(glossary.entries.size() == 3);
    REQUIRE(glossary.find("Steroids"));
    CHECK(glossary.find("Steroids")->term == "steroid");
    CHECK(glossary.find("mri  SCAN")->term == "MRI");
    CHECK(glossary.find("cortisone") == nullptr);
}

TEST_CASE("glossary: each use in a text becomes its own span, longest form first, whole words only") {
    const Glossary glossary = sample();
    Document document = markdown("After a steroid flare, steroids and an MRI\nscan; no steroidal or *MRI* mix-up.");
    markGlossaryTerms(document, glossary);
    CHECK(pieces(document) == std::vector<std::string>{
                                  "After a |", "steroid flare|steroid flare", ", |", "steroids|steroid", " and an |",
                                  "MRI scan|MRI", "; no steroidal or |", "MRI|MRI", " mix-up.|"});
    // The emphasis of a marked word is kept.
    CHECK(document.blocks.front().spans[7].emphasis);
}

TEST_CASE("glossary: link text and code are left unmarked") {
    const Glossary glossary = sample();
    Document document = markdown("The [steroid](annotation:injection) and `MRI` stay as they are.");
    markGlossaryTerms(document, glossary);
    for (const Span& span : document.blocks.front().spans) CHECK(span.term.empty());
}

TEST_CASE("glossary: bad entries are reported with their line and left out") {
    Diagnostics diagnostics;
    const Glossary glossary = parseGlossary(
        glossaryWith("{\"term\": \"bursa\", \"definition\": \"A small sac of fluid.\"},\n"                       // 2
                     "{\"term\": \"tendon\"},\n"                                                                  // 3
                     "{\"term\": \"sac\", \"definition\": \"Two\\nlines.\"},\n"                                   // 4
                     "{\"term\": \"Bursa\", \"definition\": \"Again.\"},\n"                                       // 5
                     "{\"term\": \"bursae\", \"also\": [\"bursa\", \"bursas\"], \"definition\": \"Plural.\"},\n"  // 6
                     "{\"term\": \"long\", \"definition\": \"" + std::string(kMaxDefinitionLength + 1, 'x') + "\"}"),  // 7
        "g.json", diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(glossary.entries.size() == 2);
    CHECK(glossary.entries[1].forms == std::vector<std::string>{"bursae", "bursas"});
    CHECK(reported(diagnostics, "g.json:3: missing field \"definition\"; term left out"));
    CHECK(reported(diagnostics, "g.json:4: \"definition\" must be one line"));
    CHECK(reported(diagnostics, "g.json:5: term 'Bursa' is already defined on line 2"));
    CHECK(reported(diagnostics, "g.json:6: 'bursa' is already a form of the term on line 2"));
    CHECK(reported(diagnostics, "g.json:7: \"definition\" must be one line of at most"));

    Diagnostics wrong;
    CHECK(parseGlossary("{\"format\": \"anatomy-viewer-quiz\", \"version\": 1}", "g.json", wrong).entries.empty());
    CHECK(reported(wrong, "\"format\" must be \"anatomy-viewer-glossary\""));
}

TEST_CASE("glossary: the shipped glossary explains the jargon, and patient text marks it") {
    Diagnostics diagnostics;
    const Content content = loadContent(annotationsFolder(), atlasStructureIds(), diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
    for (const char* jargon : {"MRI", "ultrasound", "steroid", "orthopaedic", "nerve root", "soft-tissue techniques",
                               "Romanian deadlift", "tendon", "bursa", "local anaesthetic", "steroid flare"}) {
        INFO("term " << jargon);
        CHECK(content.glossary.find(jargon) != nullptr);
    }
    // Every glossary term that patient text uses is marked there; clinical text is never marked.
    int marked = 0;
    for (const auto& annotation : content.annotations.annotations) {
        for (const Block& block : annotation.text(Audience::Patient).blocks)
            for (const Span& span : block.spans) marked += !span.term.empty();
        for (const Block& block : annotation.text(Audience::Clinical).blocks)
            for (const Span& span : block.spans) CHECK(span.term.empty());
    }
    CHECK(marked > 50);
    const Annotation* diagnosis = content.annotations.find("diagnosis");
    REQUIRE(diagnosis);
    bool mriMarked = false;
    for (const Block& block : diagnosis->text(Audience::Patient).blocks)
        for (const Span& span : block.spans) mriMarked |= span.term == "MRI";
    CHECK(mriMarked);
}
