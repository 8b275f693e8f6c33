// The document model the UI draws: Markdown becomes blocks of styled spans, per audience.
#include "annotations_test_support.h"
#include "core/annotations/annotation.h"

#include <doctest/doctest.h>

using namespace av;
using namespace av::test;

namespace {

const char* kTwoAudiences =
    "---\n"
    "format: anatomy-viewer-annotation\n"
    "version: 1\n"
    "id: sample\n"
    "title: Sample\n"
    "structures: [semimembranosus]\n"
    "---\n"
    "# Shared heading\n"
    "\n"
    "::: patient\n"
    "The **big** muscle at the back, the [semimembranosus](structure:semimembranosus).\n"
    ":::\n"
    "\n"
    "::: clinical\n"
    "Origin: *anterolateral* facet. See [the condition](annotation:condition).\n"
    "\n"
    "1. first\n"
    "2. second\n"
    "   - nested\n"
    ":::\n";

}  // namespace

TEST_CASE("annotations: switching audience switches the wording, shared text stays") {
    Diagnostics diagnostics;
    const auto annotation = parseAnnotation(kTwoAudiences, "sample.md", diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(annotation);
    CHECK(diagnostics.empty());
    CHECK(annotation->id == "sample");
    CHECK(annotation->title == "Sample");
    CHECK(annotation->structures == std::vector<std::string>{"semimembranosus"});

    const std::string patient = plainText(annotation->text(Audience::Patient));
    const std::string clinical = plainText(annotation->text(Audience::Clinical));
    CHECK(patient.find("Shared heading") != std::string::npos);
    CHECK(clinical.find("Shared heading") != std::string::npos);
    CHECK(patient.find("big muscle") != std::string::npos);
    CHECK(patient.find("anterolateral") == std::string::npos);
    CHECK(clinical.find("anterolateral") != std::string::npos);
    CHECK(clinical.find("big muscle") == std::string::npos);

    CHECK(parseAudience("patient") == Audience::Patient);
    CHECK(parseAudience("clinical") == Audience::Clinical);
    CHECK(!parseAudience("doctor"));
}

TEST_CASE("annotations: Markdown becomes headings, paragraphs and list items of styled spans") {
    Diagnostics diagnostics;
    const auto annotation = parseAnnotation(kTwoAudiences, "sample.md", diagnostics);
    REQUIRE(annotation);

    const auto& patient = annotation->text(Audience::Patient).blocks;
    REQUIRE(patient.size() == 2);
    CHECK(patient[0].kind == BlockKind::Heading);
    CHECK(patient[0].level == 1);
    CHECK(patient[0].line == 8);
    CHECK(patient[1].kind == BlockKind::Paragraph);
    CHECK(patient[1].line == 11);
    const auto& spans = patient[1].spans;
    REQUIRE(spans.size() == 5);
    CHECK(spans[0].text == "The ");
    CHECK(spans[1].text == "big");
    CHECK(spans[1].strong);
    CHECK(spans[3].text == "semimembranosus");
    CHECK(spans[3].link == LinkKind::Structure);
    CHECK(spans[3].target == "semimembranosus");
    CHECK(spans[3].line == 11);
    CHECK(spans[4].text == ".");
    CHECK(spans[4].link == LinkKind::None);

    const auto& clinical = annotation->text(Audience::Clinical).blocks;
    REQUIRE(clinical.size() == 5);
    CHECK(clinical[1].spans[1].emphasis);
    CHECK(clinical[1].spans[3].link == LinkKind::Annotation);
    CHECK(clinical[1].spans[3].target == "condition");
    CHECK(clinical[2].kind == BlockKind::ListItem);
    CHECK(clinical[2].ordered);
    CHECK(clinical[2].number == 1);
    CHECK(clinical[2].depth == 1);
    CHECK(clinical[2].spans[0].text == "first");
    CHECK(clinical[3].number == 2);
    CHECK(clinical[4].kind == BlockKind::ListItem);
    CHECK(!clinical[4].ordered);
    CHECK(clinical[4].depth == 2);
    CHECK(clinical[4].spans[0].text == "nested");
}

TEST_CASE("annotations: links the viewer cannot follow, raw HTML and images are reported and shown as text") {
    Diagnostics diagnostics;
    const Document document = parseMarkdown("A [mail](mailto:x@y.z) and <b>bold</b>.\n\n![pic](p.png)\n",
                                            {"m.md", 10, false}, diagnostics);
    INFO(describe(diagnostics));
    CHECK(reported(diagnostics, "m.md:10: link to \"mailto:x@y.z\" is shown as plain text"));
    CHECK(reported(diagnostics, "m.md:10: raw HTML"));
    CHECK(reported(diagnostics, "m.md:12: images are not shown"));
    REQUIRE(!document.blocks.empty());
    for (const auto& span : document.blocks[0].spans) CHECK(span.link == LinkKind::None);
    CHECK(plainText(document).find("mail") != std::string::npos);
}

TEST_CASE("annotations: Markdown inside a JSON string reports the string's line") {
    Diagnostics diagnostics;
    const Document document =
        parseMarkdown("One.\n\nTwo with [x](ftp://no).", {"tour.json", 42, true}, diagnostics);
    CHECK(document.blocks.size() == 2);
    CHECK(document.blocks[1].line == 42);
    CHECK(reported(diagnostics, "tour.json:42: link to \"ftp://no\""));
}
