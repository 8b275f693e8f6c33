// The patient wording reads at grade 8 or below (Flesch-Kincaid), with a short committed list of the medical
// words it cannot avoid, and each of those is explained in the glossary.
#include "annotations_test_support.h"
#include "core/annotations/content.h"
#include "core/handout/handout_plan.h"
#include "readability.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace av;
using namespace av::test;

namespace {

constexpr double kMaxGrade = 8.0;

const Content& shipped() {
    static Diagnostics diagnostics;
    static const Content content = loadContent(annotationsFolder(), atlasStructureIds(), diagnostics);
    return content;
}

// annotations/plain-words-allowed.txt: one word a line, "#" starts a comment.
std::set<std::string> allowedWords() {
    std::set<std::string> words;
    std::ifstream file(annotationsFolder() / "plain-words-allowed.txt");
    for (std::string line; std::getline(file, line);) {
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.erase(0, 1);
        if (!line.empty()) words.insert(allowedKey(line));
    }
    return words;
}

// The text a reader reads: every block but headings (short labels, no sentences) and code.
std::vector<std::string> readBlocks(const Document& document) {
    std::vector<std::string> blocks;
    for (const Block& block : document.blocks) {
        if (block.kind == BlockKind::Heading || block.kind == BlockKind::Code) continue;
        std::string text;
        for (const Span& span : block.spans) text += span.text;
        blocks.push_back(text);
    }
    return blocks;
}

}  // namespace

TEST_CASE("readability: syllables are vowel groups, less a silent e") {
    CHECK(countSyllables("cat") == 1);
    CHECK(countSyllables("tendon") == 2);
    CHECK(countSyllables("Hamstring") == 2);
    CHECK(countSyllables("injection") == 3);
    CHECK(countSyllables("make") == 1);      // silent e
    CHECK(countSyllables("the") == 1);       // a lone e is heard
    CHECK(countSyllables("table") == 2);     // -le after a consonant is heard
    CHECK(countSyllables("muscles") == 2);
    CHECK(countSyllables("takes") == 1);     // silent -es
    CHECK(countSyllables("horses") == 2);
    CHECK(countSyllables("walked") == 1);    // silent -ed
    CHECK(countSyllables("rested") == 2);
    CHECK(countSyllables("yes") == 1);       // a first y is a consonant
    CHECK(countSyllables("every") == 3);     // a later y is a vowel
    CHECK(countSyllables("tendinopathy") == 5);
    CHECK(countSyllables("rhythm") == 1);    // at least one
}

TEST_CASE("readability: Flesch-Kincaid grade, sentences and allowed words") {
    const std::set<std::string> none;
    const Readability cat = readability({"The cat sat on the mat."}, none);
    CHECK(cat.words == 6);
    CHECK(cat.sentences == 1);
    CHECK(cat.syllables == 6);
    CHECK(cat.grade() == doctest::Approx(0.39 * 6 + 11.8 - 15.59));
    // The worked example of the npm package flesch-kincaid (docs/sources.md): 1 sentence, 13 words, 26 syllables.
    CHECK(Readability{13, 1, 26}.grade() == doctest::Approx(13.08).epsilon(0.001));
    // Two sentences; a block without a full stop still ends one; numbers are not words; 1.2 is not a full stop.
    const Readability mixed = readability({"Rest for 48 hours. Then walk again!", "A list item"}, none);
    CHECK(mixed.sentences == 3);
    CHECK(mixed.words == 9);
    CHECK(readability({"It moved 1.2 cm away."}, none).sentences == 1);
    // Hyphens separate words; a typographic apostrophe does not.
    CHECK(readability({"soft-tissue"}, none).words == 2);
    CHECK(readability({"don\xE2\x80\x99t"}, none).words == 1);
    // An allowed word counts as two syllables at most, its plural too.
    const std::set<std::string> allowed{"tendinopathy", "ultrasound"};
    CHECK(readability({"Tendinopathy."}, none).syllables == 5);
    CHECK(readability({"Tendinopathy."}, allowed).syllables == 2);
    CHECK(readability({"Ultrasounds."}, allowed).syllables == 2);
    CHECK(readability({"Physiotherapy."}, allowed).syllables == 5);
    // Long words and long sentences raise the grade.
    CHECK(readability({"Proximal hamstring tendinopathy necessitates progressive rehabilitation."}, none).grade() >
          kMaxGrade);
}

TEST_CASE("annotations: every patient text reads at grade 8 or below") {
    const auto allowed = allowedWords();
    REQUIRE(!allowed.empty());
    REQUIRE(allowed.size() <= 60);  // a short list, not a way round the rule
    int checked = 0;
    for (const auto& annotation : shipped().annotations.annotations) {
        const Readability counts = readability(readBlocks(annotation.text(Audience::Patient)), allowed);
        CHECK_MESSAGE(counts.grade() <= kMaxGrade, annotation.id << ": grade " << counts.grade());
        ++checked;
    }
    for (const auto& tour : shipped().tours) {
        if (tour.audience != Audience::Patient) continue;
        for (std::size_t i = 0; i < tour.steps.size(); ++i) {
            const Readability counts = readability(readBlocks(tour.steps[i].text), allowed);
            CHECK_MESSAGE(counts.grade() <= kMaxGrade,
                          tour.id << " step " << i + 1 << ": grade " << counts.grade());
            ++checked;
        }
    }
    std::vector<std::string> quiz;
    for (const auto& question : shipped().quiz.questions) {
        if (!asks(question, Audience::Patient)) continue;
        quiz.push_back(question.prompt);
        quiz.insert(quiz.end(), question.choices.begin(), question.choices.end());
        if (!question.explanation.empty()) quiz.push_back(question.explanation);
    }
    REQUIRE(!quiz.empty());
    CHECK_MESSAGE(readability(quiz, allowed).grade() <= kMaxGrade, "patient quiz: grade " << readability(quiz, allowed).grade());
    std::vector<std::string> definitions;
    for (const auto& entry : shipped().glossary.entries) definitions.push_back(entry.definition);
    CHECK_MESSAGE(readability(definitions, allowed).grade() <= kMaxGrade,
                  "glossary: grade " << readability(definitions, allowed).grade());
    CHECK(checked >= 40);
}

TEST_CASE("annotations: each allowed medical word is explained in the glossary") {
    // The words of every glossary term and form ("ischio-gluteal bursa" gives ischio, gluteal and bursa).
    std::set<std::string> explained;
    for (const auto& entry : shipped().glossary.entries)
        for (const auto& form : entry.forms) {
            std::string word;
            for (const char c : form + " ") {
                if (std::isalpha(static_cast<unsigned char>(c))) {
                    word += c;
                } else if (!word.empty()) {
                    explained.insert(allowedKey(word));
                    word.clear();
                }
            }
        }
    for (const auto& word : allowedWords()) {
        INFO("allowed word " << word);
        CHECK(isAllowed(word, explained));
    }
}

TEST_CASE("rehabilitation and handout: the patient words of the programme and the handout read at grade 8 or below") {
    const auto allowed = allowedWords();
    const RehabProgramme& programme = shipped().rehab;
    REQUIRE_FALSE(programme.empty());
    CHECK_MESSAGE(readability({programme.about(Audience::Patient)}, allowed).grade() <= kMaxGrade,
                  "rehab.json about: grade " << readability({programme.about(Audience::Patient)}, allowed).grade());
    for (const RehabStage& stage : programme.stages) {
        std::vector<std::string> words{stage.goal(Audience::Patient)};
        for (const RehabExercise& exercise : stage.exercises) words.push_back(exercise.how);
        CHECK_MESSAGE(readability(words, allowed).grade() <= kMaxGrade,
                      "rehab.json stage " << stage.number << ": grade " << readability(words, allowed).grade());
    }
    // Each text of a handout on its own (its own words, the annotations' and the tour's), but the definitions of
    // the words used, which the glossary's own check covers.
    const HandoutPlan plan = planHandout(shipped(), {"sit_bone_pain", {"treatment"}});
    int checked = 0;
    for (const HandoutItem& item : plan.items) {
        if (const auto* heading = std::get_if<HandoutHeading>(&item); heading && heading->text == "Words used in these notes")
            break;
        if (const auto* text = std::get_if<HandoutText>(&item)) {
            const Readability counts = readability(readBlocks(text->document), allowed);
            CHECK_MESSAGE(counts.grade() <= kMaxGrade, plainText(text->document) << "\ngrade " << counts.grade());
            ++checked;
        }
    }
    CHECK(checked > 10);
}
