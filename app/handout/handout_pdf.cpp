#include "handout/handout_pdf.h"

#include "core/atomic_file.h"

namespace av {
namespace {

// What a heading keeps on its page of what follows it: the whole picture, or a few lines of text.
double keepWithNext(const HandoutPlan& plan, std::size_t index, const std::vector<Picture>& pictures,
                    std::size_t nextPicture, const PdfPages& pages) {
    if (index + 1 < plan.items.size())
        if (const auto* view = std::get_if<HandoutView>(&plan.items[index + 1]))
            if (nextPicture < pictures.size()) return pages.pictureHeight(pictures[nextPicture], !view->caption.empty());
    return PdfPages::bodyLines(3);
}

}  // namespace

std::string handoutPdf(const HandoutPlan& plan, const std::vector<Picture>& pictures) {
    PdfPages pages(plan.title);
    std::size_t picture = 0;
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const HandoutItem& item = plan.items[i];
        if (const auto* heading = std::get_if<HandoutHeading>(&item)) {
            if (heading->newPage) pages.newPage();
            pages.heading(heading->text, heading->level, keepWithNext(plan, i, pictures, picture, pages));
        } else if (const auto* text = std::get_if<HandoutText>(&item)) {
            // An exercise and its bars stay on one page.
            if (i + 1 < plan.items.size())
                if (const auto* bars = std::get_if<HandoutBars>(&plan.items[i + 1]))
                    pages.keepTogether(pages.textHeight(text->document) + PdfPages::barsHeight(bars->bars.size()));
            pages.text(text->document);
        } else if (const auto* view = std::get_if<HandoutView>(&item)) {
            if (picture < pictures.size()) pages.picture(pictures[picture], view->caption);
            ++picture;
        } else if (const auto* bars = std::get_if<HandoutBars>(&item)) {
            std::vector<PdfBar> drawn;
            for (const HandoutBar& bar : bars->bars) drawn.push_back({bar.label, bar.value, bar.fraction, bar.colour});
            pages.bars(drawn);
        }
    }
    return pages.finish();
}

void writeHandoutPdf(const std::filesystem::path& path, const HandoutPlan& plan, const std::vector<Picture>& pictures) {
    writeFileAtomically(path, handoutPdf(plan, pictures));
}

}  // namespace av
