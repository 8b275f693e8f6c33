#pragma once
// Collects the messages that bad input produces (a file and what is wrong with it) so that loading can
// go on with what it could read, and the caller decides where the messages go (stderr, a UI panel).
#include <string>
#include <vector>

namespace av {

struct Diagnostics {
    std::vector<std::string> errors;    // something was left out
    std::vector<std::string> warnings;  // loaded, but not as written

    void error(std::string message) { errors.push_back(std::move(message)); }
    void warning(std::string message) { warnings.push_back(std::move(message)); }
    bool empty() const { return errors.empty() && warnings.empty(); }
};

// Writes every message to standard error, errors first, each prefixed with its severity.
void printDiagnostics(const Diagnostics& diagnostics);

}  // namespace av
