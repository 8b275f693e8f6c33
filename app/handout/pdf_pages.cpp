#include "handout/pdf_pages.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <stdexcept>

namespace av {
namespace {

// A4 in points, and margins of 2 cm.
constexpr double kPageWidth = 595.276, kPageHeight = 841.890, kMargin = 56.7;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin;
constexpr double kLineSpacing = 1.25;  // of the font size
constexpr double kListIndent = 26;     // per level of nesting
constexpr const char* kFont = "DejaVu Sans";
constexpr const char* kMonospace = "DejaVu Sans Mono";

double headingPoints(int level) { return level <= 1 ? 26 : level == 2 ? 20 : 17; }

// Colours of the two kinds of bar, from the Okabe-Ito palette (they stay apart for colour-blind readers and in
// grey print: one is much darker than the other).
constexpr double kBarColours[2][3] = {{0.80, 0.47, 0.65}, {0.00, 0.45, 0.70}};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string escaped(const std::string& text) {
    gchar* escaped = g_markup_escape_text(text.c_str(), gssize(text.size()));
    std::string result(escaped);
    g_free(escaped);
    return result;
}

// A block's spans as Pango markup: strong in bold, emphasis in italics, code in a fixed-width font. Links are
// plain text on paper (their targets are places in the viewer).
std::string markup(const Block& block) {
    std::string text;
    for (const Span& span : block.spans) {
        std::string piece = escaped(span.text);
        if (span.code) piece = "<tt>" + piece + "</tt>";
        if (span.emphasis) piece = "<i>" + piece + "</i>";
        if (span.strong) piece = "<b>" + piece + "</b>";
        text += piece;
    }
    return text;
}

}  // namespace

// A Pango layout, freed with its owner.
struct Layout {
    PangoLayout* layout;
    explicit Layout(PangoLayout* l) : layout(l) {}
    ~Layout() { g_object_unref(layout); }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

    double height() const {
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        return double(h) / PANGO_SCALE;
    }
    double width() const {
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        return double(w) / PANGO_SCALE;
    }
};

struct PdfPages::Cairo {
    cairo_surface_t* surface = nullptr;
    cairo_t* context = nullptr;

    ~Cairo() {
        if (context) cairo_destroy(context);
        if (surface) cairo_surface_destroy(surface);
    }

    // Markup laid out in `width` points (0: unwrapped) at `points`; each call its own layout, so that laying out
    // a page's footer never disturbs the text being set.
    std::unique_ptr<Layout> layout(const std::string& markup, double width, double points, bool bold,
                                   bool monospace) const {
        auto result = std::make_unique<Layout>(pango_cairo_create_layout(context));
        PangoFontDescription* description = pango_font_description_from_string(monospace ? kMonospace : kFont);
        pango_font_description_set_absolute_size(description, points * PANGO_SCALE);
        pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(result->layout, description);
        pango_font_description_free(description);
        if (width > 0) pango_layout_set_width(result->layout, int(width * PANGO_SCALE));
        pango_layout_set_wrap(result->layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_spacing(result->layout, int(points * (kLineSpacing - 1) * PANGO_SCALE));
        pango_layout_set_markup(result->layout, markup.c_str(), -1);
        return result;
    }

    void colour(double r, double g, double b) const { cairo_set_source_rgb(context, r, g, b); }
};

PdfPages::PdfPages(const std::string& title) : cairo_(std::make_unique<Cairo>()) {
    cairo_->surface = cairo_pdf_surface_create_for_stream(append, &bytes_, kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(cairo_->surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(cairo_->surface, CAIRO_PDF_METADATA_CREATOR, "Anatomy Viewer");
    cairo_->context = cairo_create(cairo_->surface);
    startPage();
}

PdfPages::~PdfPages() = default;

double PdfPages::bodyLines(int lines) { return lines * kBodyPoints * kLineSpacing * 1.2; }

void PdfPages::startPage() {
    ++page_;
    y_ = kMargin;
    pageEmpty_ = true;
    // The page number at the foot of every page, in a size still easy to read.
    const auto footer = cairo_->layout("Page " + std::to_string(page_), kTextWidth, 12, false, false);
    pango_layout_set_alignment(footer->layout, PANGO_ALIGN_CENTER);
    cairo_->colour(0.35, 0.35, 0.35);
    cairo_move_to(cairo_->context, kMargin, kPageHeight - kMargin / 2 - footer->height() / 2);
    pango_cairo_show_layout(cairo_->context, footer->layout);
}

void PdfPages::newPage() {
    if (pageEmpty_) return;
    cairo_show_page(cairo_->context);
    startPage();
}

void PdfPages::ensure(double height) {
    if (y_ + height > kBottom) newPage();
}

void PdfPages::flow(const std::string& markup, double x, double width, double points, bool bold, bool monospace,
                    double spaceAfter, const std::string& marker) {
    const auto text = cairo_->layout(markup, width, points, bold, monospace);
    PangoLayoutIter* lines = pango_layout_get_iter(text->layout);
    const double spacing = points * (kLineSpacing - 1);
    bool first = true;
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(lines, nullptr, &logical);
        const double lineHeight = double(logical.height) / PANGO_SCALE;
        const double ascent = double(pango_layout_iter_get_baseline(lines) - logical.y) / PANGO_SCALE;
        ensure(lineHeight);
        PangoLayoutLine* line = pango_layout_iter_get_line_readonly(lines);
        cairo_->colour(0.05, 0.05, 0.05);
        cairo_move_to(cairo_->context, x, y_ + ascent);
        pango_cairo_show_layout_line(cairo_->context, line);
        if (first && !marker.empty()) {
            const auto mark = cairo_->layout(escaped(marker), 0, points, bold, monospace);
            cairo_move_to(cairo_->context, x - 8 - mark->width(),
                          y_ + ascent - double(pango_layout_get_baseline(mark->layout)) / PANGO_SCALE);
            pango_cairo_show_layout(cairo_->context, mark->layout);
        }
        first = false;
        pageEmpty_ = false;
        y_ += lineHeight + spacing;
    } while (pango_layout_iter_next_line(lines));
    pango_layout_iter_free(lines);
    y_ += spaceAfter - spacing;
}

void PdfPages::heading(const std::string& text, int level, double keepWithNext) {
    const double points = headingPoints(level);
    const double height = cairo_->layout(escaped(text), kTextWidth, points, true, false)->height();
    if (!pageEmpty_) y_ += points * 0.6;  // space above, not at the top of a page
    ensure(height + keepWithNext);
    flow(escaped(text), kMargin, kTextWidth, points, true, false, points * 0.5);
}

void PdfPages::block(const Block& block) {
    const std::string text = markup(block);
    switch (block.kind) {
    case BlockKind::Heading: {
        const double points = block.level <= 2 ? 17 : 15.5;
        if (!pageEmpty_) y_ += points * 0.4;
        ensure(cairo_->layout(text, kTextWidth, points, true, false)->height() + bodyLines(2));
        flow(text, kMargin, kTextWidth, points, true, false, points * 0.4);
        break;
    }
    case BlockKind::ListItem: {
        const double indent = kListIndent * std::max(1, block.depth);
        const std::string marker = block.ordered ? std::to_string(block.number) + "." : "\u2022";
        flow(text, kMargin + indent, kTextWidth - indent, kBodyPoints, false, false, kBodyPoints * 0.45, marker);
        break;
    }
    case BlockKind::Paragraph: {
        const double indent = kListIndent * block.depth;
        flow(text, kMargin + indent, kTextWidth - indent, kBodyPoints, false, false, kBodyPoints * 0.7);
        break;
    }
    case BlockKind::Quote: {
        const double top = y_;
        flow(text, kMargin + 18, kTextWidth - 18, kBodyPoints, false, false, kBodyPoints * 0.7);
        cairo_->colour(0.6, 0.6, 0.6);
        cairo_rectangle(cairo_->context, kMargin + 4, std::min(top, y_), 3, std::max(0.0, y_ - top - kBodyPoints * 0.7));
        cairo_fill(cairo_->context);
        break;
    }
    case BlockKind::Code:
        flow(escaped(block.spans.empty() ? "" : block.spans.front().text), kMargin + 12, kTextWidth - 12, 12.5, false,
             true, kBodyPoints * 0.7);
        break;
    case BlockKind::Rule:
        ensure(kBodyPoints);
        cairo_->colour(0.6, 0.6, 0.6);
        cairo_rectangle(cairo_->context, kMargin, y_ + kBodyPoints / 2, kTextWidth, 0.8);
        cairo_fill(cairo_->context);
        y_ += kBodyPoints;
        break;
    }
}

void PdfPages::text(const Document& document) {
    for (const Block& b : document.blocks) block(b);
}

double PdfPages::textHeight(const Document& document) const {
    double height = 0;
    for (const Block& b : document.blocks) {
        const double indent = b.kind == BlockKind::ListItem ? kListIndent * std::max(1, b.depth) : kListIndent * b.depth;
        height += cairo_->layout(markup(b), kTextWidth - indent, kBodyPoints, false, false)->height() + kBodyPoints * 0.7;
    }
    return height;
}

double PdfPages::barsHeight(std::size_t count) { return bodyLines(int(count)) + kBodyPoints * 0.5; }

void PdfPages::keepTogether(double height) { ensure(height); }

double PdfPages::pictureHeight(const Picture& picture, bool caption) const {
    if (picture.width <= 0 || picture.height <= 0) return 0;
    const double fullHeight = kTextWidth * picture.height / picture.width;
    return std::min(fullHeight, (kBottom - kMargin) * 0.6) + (caption ? bodyLines(1) : 0) + 12;
}

void PdfPages::picture(const Picture& picture, const std::string& caption) {
    if (picture.width <= 0 || picture.height <= 0 || picture.rgb.size() < std::size_t(picture.width) * picture.height * 3)
        return;
    ensure(pictureHeight(picture, !caption.empty()));
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, picture.width, picture.height);
    const int stride = cairo_image_surface_get_stride(image);
    cairo_surface_flush(image);
    unsigned char* data = cairo_image_surface_get_data(image);
    for (int y = 0; y < picture.height; ++y) {
        auto* row = reinterpret_cast<uint32_t*>(data + std::size_t(y) * stride);
        for (int x = 0; x < picture.width; ++x) {
            const unsigned char* p = &picture.rgb[(std::size_t(y) * picture.width + x) * 3];
            row[x] = (uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | uint32_t(p[2]);
        }
    }
    cairo_surface_mark_dirty(image);
    // At most 60% of a page tall, so that the text that goes with it starts on the same page.
    const double scale = std::min(kTextWidth / picture.width, (kBottom - kMargin) * 0.6 / picture.height);
    const double width = picture.width * scale, height = picture.height * scale;
    const double x = kMargin + (kTextWidth - width) / 2;
    cairo_save(cairo_->context);
    cairo_translate(cairo_->context, x, y_);
    cairo_scale(cairo_->context, scale, scale);
    cairo_set_source_surface(cairo_->context, image, 0, 0);
    cairo_paint(cairo_->context);
    cairo_restore(cairo_->context);
    cairo_surface_destroy(image);
    pageEmpty_ = false;
    y_ += height + 6;
    if (!caption.empty())
        flow("<i>" + escaped(caption) + "</i>", kMargin, kTextWidth, 13, false, false, 0);
    y_ += 6;
}

void PdfPages::bars(const std::vector<PdfBar>& bars) {
    const double labelWidth = 215, valueWidth = 62, barHeight = kBodyPoints * 0.9;
    const double labelX = kMargin + kListIndent, barX = labelX + labelWidth;
    const double barWidth = kTextWidth - kListIndent - labelWidth - valueWidth;
    ensure(barsHeight(bars.size()));
    for (const PdfBar& bar : bars) {
        const double top = y_;
        flow(escaped(bar.label), labelX, labelWidth - 8, kBodyPoints, false, false, 0);
        const double bottom = y_;
        y_ = top;
        flow("<b>" + escaped(bar.value) + "</b>", barX + barWidth + 8, valueWidth - 8, kBodyPoints, false, false, 0);
        y_ = std::max(bottom, y_);
        const double barTop = top + (bottom - top - barHeight) / 2;
        const double* rgb = kBarColours[std::clamp(bar.colour, 0, 1)];
        cairo_->colour(rgb[0], rgb[1], rgb[2]);
        cairo_rectangle(cairo_->context, barX, barTop, barWidth * std::clamp(bar.fraction, 0.0, 1.0), barHeight);
        cairo_fill(cairo_->context);
        cairo_->colour(0.45, 0.45, 0.45);
        cairo_set_line_width(cairo_->context, 0.8);
        cairo_rectangle(cairo_->context, barX, barTop, barWidth, barHeight);
        cairo_stroke(cairo_->context);
        y_ += 4;
    }
    y_ += kBodyPoints * 0.5;
}

std::string PdfPages::finish() {
    cairo_show_page(cairo_->context);
    cairo_destroy(cairo_->context);
    cairo_->context = nullptr;
    cairo_surface_finish(cairo_->surface);
    const cairo_status_t status = cairo_surface_status(cairo_->surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("the PDF could not be made (Cairo: ") + cairo_status_to_string(status) + ")");
    return bytes_;
}

}  // namespace av
