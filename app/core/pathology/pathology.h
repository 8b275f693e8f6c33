#pragma once
// The pathology toggles, shown in 3D and in the ultrasound image so a patient sees what the words mean.
// Their ids are a contract (--pathology ID[,ID], tours): bursitis, tendinopathy, partial_tear.
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace av {

enum class Pathology {
    Bursitis,      // a distended ischiogluteal bursa full of anechoic fluid
    Tendinopathy,  // thickened, hypoechoic proximal hamstring tendons that have lost their fibrillar pattern
    PartialTear,   // an anechoic cleft in the conjoint tendon at its origin
};

using PathologySet = std::set<Pathology>;

const char* pathologyId(Pathology pathology);
std::optional<Pathology> parsePathology(const std::string& id);
std::vector<std::string> pathologyIds();

// "bursitis,tendinopathy" (commas, spaces allowed; "" or "none": no pathology). On an unknown id, nullopt
// and `error` says which id, names `option`, lists the known ids and suggests the closest.
std::optional<PathologySet> parsePathologyList(const std::string& text, const std::string& option, std::string& error);
// The ids of a set, comma-separated, in the order of the enum.
std::string pathologyListText(const PathologySet& set);

}  // namespace av
