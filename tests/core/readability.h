#pragma once
// Flesch-Kincaid grade level, for the test that keeps the patient wording at or below grade 8:
//   grade = 0.39 x words / sentences + 11.8 x syllables / words - 15.59.
// Words are runs of letters (with apostrophes inside them); hyphens and slashes separate words, and a token
// without letters (a number such as 48) is not counted. A sentence ends at . ! or ? before a space or the end,
// and at the end of a block (a heading, a list item), whose last sentence often has no full stop.
// Syllables are groups of vowels (y counts as a vowel except as the first letter), less a silent final e
// ("make"), a silent -es ("takes") or -ed ("walked"); "-le" and "-les" after a consonant keep their syllable
// ("table", "muscles"). Every word has at least one. Words on the allowed list (the medical words a patient
// text cannot avoid, each explained in the glossary) count as two syllables at most, like "hamstring".
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace av::test {

inline bool isVowel(char c, bool first) { return std::string_view("aeiou").find(c) != std::string_view::npos || (c == 'y' && !first); }

// Syllables of one word of ASCII letters (any case).
inline int countSyllables(std::string_view word) {
    std::string w;
    for (char c : word)
        if (std::isalpha(static_cast<unsigned char>(c))) w += char(std::tolower(static_cast<unsigned char>(c)));
    if (w.empty()) return 0;
    int groups = 0;
    bool inVowels = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const bool vowel = isVowel(w[i], i == 0);
        if (vowel && !inVowels) ++groups;
        inVowels = vowel;
    }
    const auto endsWith = [&](std::string_view end) {
        return w.size() >= end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0;
    };
    const auto consonantAt = [&](std::size_t fromEnd) {
        return w.size() > fromEnd && !isVowel(w[w.size() - 1 - fromEnd], w.size() - 1 - fromEnd == 0);
    };
    if (groups > 1) {
        if (endsWith("le") || endsWith("les")) {
            const std::size_t at = endsWith("le") ? 2 : 3;
            if (!consonantAt(at)) --groups;  // "whale" has a silent e; "table" does not
        } else if (endsWith("e") && !endsWith("ee")) {
            --groups;  // make, take
        } else if (endsWith("es") && consonantAt(2) && std::string_view("sxzcg").find(w[w.size() - 3]) == std::string_view::npos &&
                   !endsWith("ches") && !endsWith("shes")) {
            --groups;  // takes, but not horses, boxes, places, catches
        } else if (endsWith("ed") && consonantAt(2) && w[w.size() - 3] != 't' && w[w.size() - 3] != 'd') {
            --groups;  // walked, but not rested, needed
        }
    }
    return groups < 1 ? 1 : groups;
}

struct Readability {
    int words = 0, sentences = 0, syllables = 0;

    double grade() const {
        if (words == 0 || sentences == 0) return 0.0;
        return 0.39 * double(words) / sentences + 11.8 * double(syllables) / words - 15.59;
    }
};

// Lower case, without a final "s" or "'s": how allowed words are looked up, so a plural is allowed too.
inline std::string allowedKey(std::string word) {
    for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    return word;
}

inline bool isAllowed(const std::string& word, const std::set<std::string>& allowed) {
    const std::string key = allowedKey(word);
    if (allowed.count(key)) return true;
    return key.size() > 1 && key.back() == 's' && allowed.count(key.substr(0, key.size() - 1));
}

// Adds one block of text (a paragraph, a list item) to the counts.
inline void addBlock(Readability& counts, std::string_view text, const std::set<std::string>& allowed) {
    std::string plain(text);
    // The typographic apostrophe (U+2019) keeps "don't" one word.
    for (std::size_t at; (at = plain.find("\xE2\x80\x99")) != std::string::npos;) plain.replace(at, 3, "'");
    bool openSentence = false;
    std::size_t i = 0;
    while (i < plain.size()) {
        const char c = plain[i];
        if (std::isalnum(static_cast<unsigned char>(c))) {
            std::size_t end = i;
            bool letters = false;
            while (end < plain.size() &&
                   (std::isalnum(static_cast<unsigned char>(plain[end])) ||
                    (plain[end] == '\'' && end + 1 < plain.size() && std::isalpha(static_cast<unsigned char>(plain[end + 1]))))) {
                letters |= std::isalpha(static_cast<unsigned char>(plain[end])) != 0;
                ++end;
            }
            if (letters) {
                const std::string word = plain.substr(i, end - i);
                const int syllables = countSyllables(word);
                counts.syllables += isAllowed(word, allowed) && syllables > 2 ? 2 : syllables;
                ++counts.words;
                openSentence = true;
            }
            i = end;
            continue;
        }
        const bool ends = c == '.' || c == '!' || c == '?';
        const bool beforeSpace = i + 1 >= plain.size() || std::isspace(static_cast<unsigned char>(plain[i + 1])) ||
                                 plain[i + 1] == '"' || plain[i + 1] == ')' || plain[i + 1] == '*';
        if (ends && beforeSpace && openSentence) {
            ++counts.sentences;
            openSentence = false;
        }
        ++i;
    }
    if (openSentence) ++counts.sentences;
}

inline Readability readability(const std::vector<std::string>& blocks, const std::set<std::string>& allowed) {
    Readability counts;
    for (const auto& block : blocks) addBlock(counts, block, allowed);
    return counts;
}

}  // namespace av::test
