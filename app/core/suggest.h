#pragma once
// "Did you mean" hints for mistyped options, ids and names.
#include <string>
#include <vector>

namespace av {

// The candidate closest to text by edit distance, or "" when none is close enough to be a likely typo.
std::string closestMatch(const std::string& text, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string didYouMean(const std::string& text, const std::vector<std::string>& candidates);

}  // namespace av
