#include "core/annotations/document.h"

#include "core/annotations/source_line.h"

#include <cmark.h>

#include <memory>

namespace av {
namespace {

struct LinkTarget {
    LinkKind kind = LinkKind::None;
    std::string target;
};

// Our link schemes; anything else is not something the viewer can follow.
std::optional<LinkTarget> parseLinkUrl(std::string_view url) {
    const auto after = [&](std::string_view prefix) { return std::string(url.substr(prefix.size())); };
    if (url.rfind("structure:", 0) == 0) return LinkTarget{LinkKind::Structure, after("structure:")};
    if (url.rfind("annotation:", 0) == 0) return LinkTarget{LinkKind::Annotation, after("annotation:")};
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0)
        return LinkTarget{LinkKind::Web, std::string(url)};
    return std::nullopt;
}

// Walks cmark's tree once and flattens it into blocks of styled spans.
class Builder {
public:
    Builder(const MarkdownOrigin& origin, Diagnostics& diagnostics) : origin_(origin), diagnostics_(diagnostics) {}

    Document build(cmark_node* root) {
        std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root), cmark_iter_free);
        for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node* node = cmark_iter_get_node(iter.get());
            if (event == CMARK_EVENT_ENTER) enter(node);
            else exit(node);
        }
        return std::move(document_);
    }

private:
    struct ListState {
        bool ordered = false;
        int next = 1;
    };

    int lineOf(cmark_node* node) const { return origin_.fileLine(cmark_node_get_start_line(node)); }

    void warn(cmark_node* node, const std::string& message) {
        diagnostics_.warning(atLine(origin_.file, lineOf(node), message));
    }

    Block& startBlock(BlockKind kind, cmark_node* node) {
        Block block;
        block.kind = kind;
        block.depth = static_cast<int>(lists_.size());
        block.line = lineOf(node);
        document_.blocks.push_back(std::move(block));
        return document_.blocks.back();
    }

    void addSpan(std::string text, bool code = false) {
        if (document_.blocks.empty() || text.empty()) return;
        auto& spans = document_.blocks.back().spans;
        const bool emphasis = emphasis_ > 0, strong = strong_ > 0;
        // Neighbours with the same look are one span: fewer pieces for the UI to lay out.
        if (!spans.empty()) {
            Span& last = spans.back();
            if (last.emphasis == emphasis && last.strong == strong && last.code == code && last.link == link_.kind &&
                last.target == link_.target && last.text != "\n" && text != "\n") {
                last.text += text;
                return;
            }
        }
        Span span;
        span.text = std::move(text);
        span.emphasis = emphasis;
        span.strong = strong;
        span.code = code;
        span.link = link_.kind;
        span.target = link_.target;
        span.line = linkLine_;
        spans.push_back(std::move(span));
    }

    static std::string literal(cmark_node* node) {
        const char* text = cmark_node_get_literal(node);
        return text ? text : "";
    }

    void enter(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            startBlock(BlockKind::Heading, node).level = cmark_node_get_heading_level(node);
            break;
        case CMARK_NODE_PARAGRAPH:
            // A list item's first paragraph is the item's own text.
            if (itemAwaitingText_) {
                itemAwaitingText_ = false;
                break;
            }
            startBlock(quoteDepth_ > 0 ? BlockKind::Quote : BlockKind::Paragraph, node);
            break;
        case CMARK_NODE_LIST:
            lists_.push_back({cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                              cmark_node_get_list_start(node)});
            break;
        case CMARK_NODE_ITEM: {
            Block& item = startBlock(BlockKind::ListItem, node);
            item.ordered = lists_.back().ordered;
            item.number = lists_.back().next++;
            itemAwaitingText_ = cmark_node_get_type(cmark_node_first_child(node)) == CMARK_NODE_PARAGRAPH;
            break;
        }
        case CMARK_NODE_BLOCK_QUOTE: ++quoteDepth_; break;
        case CMARK_NODE_CODE_BLOCK: {
            std::string text = literal(node);
            if (!text.empty() && text.back() == '\n') text.pop_back();
            startBlock(BlockKind::Code, node);
            addSpan(std::move(text), true);
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK: startBlock(BlockKind::Rule, node); break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: warn(node, "raw HTML is not shown; write Markdown instead"); break;
        case CMARK_NODE_TEXT: addSpan(literal(node)); break;
        case CMARK_NODE_CODE: addSpan(literal(node), true); break;
        case CMARK_NODE_SOFTBREAK: addSpan(" "); break;
        case CMARK_NODE_LINEBREAK: addSpan("\n"); break;
        case CMARK_NODE_EMPH: ++emphasis_; break;
        case CMARK_NODE_STRONG: ++strong_; break;
        case CMARK_NODE_LINK: {
            const char* url = cmark_node_get_url(node);
            auto target = parseLinkUrl(url ? url : "");
            if (!target || target->target.empty()) {
                warn(node, std::string("link to \"") + (url ? url : "") +
                               "\" is shown as plain text: links are structure:ID, annotation:ID or http(s)://");
                break;
            }
            link_ = *target;
            linkLine_ = lineOf(node);
            break;
        }
        case CMARK_NODE_IMAGE: warn(node, "images are not shown; only their description is"); break;
        default: break;
        }
    }

    void exit(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST: lists_.pop_back(); break;
        case CMARK_NODE_BLOCK_QUOTE: --quoteDepth_; break;
        case CMARK_NODE_EMPH: --emphasis_; break;
        case CMARK_NODE_STRONG: --strong_; break;
        case CMARK_NODE_LINK:
            link_ = {};
            linkLine_ = 0;
            break;
        default: break;
        }
    }

    const MarkdownOrigin& origin_;
    Diagnostics& diagnostics_;
    Document document_;
    std::vector<ListState> lists_;
    int quoteDepth_ = 0;
    int emphasis_ = 0;
    int strong_ = 0;
    bool itemAwaitingText_ = false;
    LinkTarget link_;
    int linkLine_ = 0;
};

}  // namespace

const char* audienceName(Audience audience) {
    return audience == Audience::Patient ? "patient" : "clinical";
}

std::optional<Audience> parseAudience(std::string_view name) {
    for (Audience audience : kAudiences)
        if (name == audienceName(audience)) return audience;
    return std::nullopt;
}

Document parseMarkdown(std::string_view markdown, const MarkdownOrigin& origin, Diagnostics& diagnostics) {
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
        cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), cmark_node_free);
    return Builder(origin, diagnostics).build(root.get());
}

void checkLinks(Document& document, const IdSet& structures, const IdSet& annotations, const std::string& file,
                Diagnostics& diagnostics) {
    for (Block& block : document.blocks) {
        for (Span& span : block.spans) {
            const bool unknown = (span.link == LinkKind::Structure && !structures.count(span.target)) ||
                                 (span.link == LinkKind::Annotation && !annotations.count(span.target));
            if (!unknown) continue;
            diagnostics.error(atLine(file, span.line,
                                     std::string("link to unknown ") +
                                         (span.link == LinkKind::Structure ? "structure" : "annotation") + " '" +
                                         span.target + "'"));
            span.link = LinkKind::None;
            span.target.clear();
        }
    }
}

std::string plainText(const Document& document) {
    std::string text;
    for (const Block& block : document.blocks) {
        for (const Span& span : block.spans) text += span.text;
        text += '\n';
    }
    return text;
}

}  // namespace av
