// The shipped explanations on an atlas that has only some of the shipped atlas's structures (a user's
// or an imported scan): what it lacks is left out without a message, what names no structure at all is
// still reported.
#include "annotations_test_support.h"
#include "core/annotations/content.h"

#include <doctest/doctest.h>

using namespace av;
using namespace av::test;

TEST_CASE("annotations: an atlas lacking some shipped structures loads the explanations quietly") {
    const IdSet partial{"pelvis", "femur", "semimembranosus", "semitendinosus", "tibia"};
    Diagnostics diagnostics;
    const Content content = loadContentForAtlas(annotationsFolder(), partial, atlasStructureIds(), diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.empty());
    REQUIRE(content.annotations.findForStructure("semimembranosus"));
    CHECK(content.annotations.findForStructure("semimembranosus")->id == "semimembranosus");
    // Only questions whose answers this atlas has are asked.
    CHECK(!content.quiz.questions.empty());
    for (const auto& question : content.quiz.questions)
        for (const auto& answer : question.answers) CHECK_MESSAGE(partial.count(answer), answer);

    // The same content checked against the partial atlas alone reports what it lacks, as before.
    Diagnostics strict;
    loadContent(annotationsFolder(), partial, strict);
    CHECK(reported(strict, "unknown structure 'conjoint_tendon'"));
}

TEST_CASE("annotations: a structure named by neither the atlas nor the vocabulary is still reported") {
    const IdSet vocabulary{"pelvis", "femur"};  // as if the shipped atlas had only these
    Diagnostics diagnostics;
    loadContentForAtlas(annotationsFolder(), {"pelvis"}, vocabulary, diagnostics);
    CHECK(reported(diagnostics, "unknown structure 'semimembranosus'"));
    CHECK_FALSE(reported(diagnostics, "unknown structure 'femur'"));
}
