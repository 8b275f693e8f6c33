#include "core/pathology/pathology.h"

#include "core/suggest.h"

#include <sstream>

namespace av {
namespace {

const std::pair<Pathology, const char*> kIds[] = {
    {Pathology::Bursitis, "bursitis"},
    {Pathology::Tendinopathy, "tendinopathy"},
    {Pathology::PartialTear, "partial_tear"},
};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

const char* pathologyId(Pathology pathology) {
    for (const auto& [p, id] : kIds)
        if (p == pathology) return id;
    return "";
}

std::optional<Pathology> parsePathology(const std::string& id) {
    for (const auto& [p, name] : kIds)
        if (id == name) return p;
    return std::nullopt;
}

std::vector<std::string> pathologyIds() {
    std::vector<std::string> ids;
    for (const auto& [p, id] : kIds) ids.push_back(id);
    return ids;
}

std::optional<PathologySet> parsePathologyList(const std::string& text, const std::string& option, std::string& error) {
    PathologySet set;
    if (trimmed(text) == "none") return set;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        item = trimmed(item);
        if (item.empty()) continue;
        const auto parsed = parsePathology(item);
        if (!parsed) {
            std::string known;
            for (const auto& id : pathologyIds()) known += (known.empty() ? "" : ", ") + id;
            error = option + ": unknown pathology '" + item + "'" + didYouMean(item, pathologyIds()) +
                    "; known: " + known;
            return std::nullopt;
        }
        set.insert(*parsed);
    }
    return set;
}

std::string pathologyListText(const PathologySet& set) {
    std::string text;
    for (const auto& [p, id] : kIds)
        if (set.count(p)) text += (text.empty() ? "" : ",") + std::string(id);
    return text;
}

}  // namespace av
