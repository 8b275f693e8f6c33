#pragma once
// A4 pages that fill from the top: headings, Markdown-structured text (core's Document: headings, paragraphs,
// lists, quotes, code), pictures and bars, each starting a new page when it does not fit. Cairo's PDF surface
// draws, Pango lays out and wraps the text (UTF-8: °, –, é). Large type for patients: 14 pt body text.
#include "core/annotations/document.h"

#include <memory>
#include <string>
#include <vector>

namespace av {

// An RGB picture, rows from the top, 3 bytes a pixel.
struct Picture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
};

// One bar: a label, a value as text, and the filled part of its length (0..1) in one of two colours.
struct PdfBar {
    std::string label, value;
    double fraction = 0;
    int colour = 0;
};

class PdfPages {
public:
    inline static constexpr double kBodyPoints = 14;

    // `title` goes into the document's information; the pages are written into `out` by finish().
    explicit PdfPages(const std::string& title);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    // level 1: the title, 2: a section, 3: a part. Kept on one page with `keepWithNext` points of what follows.
    void heading(const std::string& text, int level, double keepWithNext);
    void text(const Document& document);
    // Scaled to the text's width (or less, to fit a page), with an optional caption under it.
    void picture(const Picture& picture, const std::string& caption);
    void bars(const std::vector<PdfBar>& bars);
    void newPage();

    // The height picture() needs for `picture` with a caption, for keeping a heading with it.
    double pictureHeight(const Picture& picture, bool caption) const;
    // The height of a few lines of body text: what a heading keeps with it before text.
    static double bodyLines(int lines);
    // The height text() needs for `document` (without page breaks), and that of bars() with `count` bars.
    double textHeight(const Document& document) const;
    static double barsHeight(std::size_t count);
    // Starts a new page unless `height` more points fit on this one: keeps what belongs together on one page.
    void keepTogether(double height);

    // Ends the last page and returns the PDF's bytes. Throws std::runtime_error when Cairo failed.
    std::string finish();

private:
    struct Cairo;
    std::unique_ptr<Cairo> cairo_;
    std::string bytes_;
    double y_ = 0;  // where the next thing goes, points from the top of the page
    int page_ = 0;
    bool pageEmpty_ = true;

    void startPage();
    void ensure(double height);
    void block(const Block& block);
    // Lays out Pango markup at `x` with `width`, line by line, breaking pages between lines; `marker` (a bullet,
    // "2.") is drawn in the margin left of the first line.
    void flow(const std::string& markup, double x, double width, double points, bool bold, bool monospace,
              double spaceAfter, const std::string& marker = "");
};

}  // namespace av
