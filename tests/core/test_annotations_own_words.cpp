// The annotations use the reference's facts in our own words: the shared checker finds no run of 8+ words
// copied from the reference and no clinic contact details anywhere in the repository.
#include "annotations_test_support.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

// AV_SHARED_DIR from the build, overridable by the environment (a CI checkout may put shared/ elsewhere).
std::filesystem::path sharedFolder() {
    if (const char* fromEnvironment = std::getenv("AV_SHARED_DIR"); fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    return AV_SHARED_DIR;
}

bool underCi() {
    const char* ci = std::getenv("CI");
    return ci && std::string(ci) == "true";
}

}  // namespace

TEST_CASE("annotations: the repository passes check-own-words") {
    const auto checker = sharedFolder() / "tools" / "check-own-words";
    if (!std::filesystem::exists(checker)) {
        if (underCi()) FAIL("check-own-words not found at " << checker << " (set AV_SHARED_DIR); required under CI");
        MESSAGE("SKIPPED: check-own-words not found at " << checker << "; set AV_SHARED_DIR to the shared/ folder");
        return;
    }
    const std::string command = "\"" + checker.string() + "\" \"" AV_SOURCE_DIR "\"";
    const int status = std::system(command.c_str());
    INFO("ran: " << command);
    CHECK(status == 0);
}
