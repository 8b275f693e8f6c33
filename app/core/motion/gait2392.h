#pragma once
// Published geometry and parameters of the OpenSim Gait2392 model (Delp et al. 1990 lineage; file
// Models/Gait2392_Simbody/gait2392_thelen2003muscle.osim of opensim-org/opensim-models), right side.
// Frames: metres, X anterior, Y superior, Z to the subject's right. Pelvis origin = mid-ASIS (this is
// also the atlas frame), femur origin = femoral-head centre, tibia origin = mid-epicondyles (knee centre).
#include <Eigen/Core>

#include <array>
#include <string>
#include <vector>

namespace av::gait2392 {

// Hip joint centre (femur origin) in the pelvis frame, metres.
inline const Eigen::Vector3d kHipCentreInPelvis{-0.0707, -0.0661, 0.0835};

// Knee: the tibia origin in the femur frame is (tx(q), ty(q), 0) for q = knee_angle_r in radians; knots
// of the two SimmSplines (x in radians, y in metres).
inline const std::vector<double> kKneeTxX{-2.0944, -1.74533, -1.39626, -1.0472, -0.698132, -0.349066,
                                          -0.174533, 0.197344, 0.337395, 0.490178, 1.52146, 2.0944};
inline const std::vector<double> kKneeTxY{-0.0032, 0.00179, 0.00411, 0.0041, 0.00212, -0.001,
                                          -0.0031, -0.005227, -0.005435, -0.005574, -0.005435, -0.00525};
inline const std::vector<double> kKneeTyX{-2.0944, -1.22173, -0.523599, -0.349066, -0.174533, 0.159149, 2.0944};
inline const std::vector<double> kKneeTyY{-0.4226, -0.4082, -0.399, -0.3976, -0.3966, -0.395264, -0.396};

// The body a path point is fixed to.
enum class Body { Pelvis, Femur, Tibia };

// One point of a muscle path, in its body's frame (metres). A conditional point is on the path only while
// knee_angle_r (radians) is within [q_min_rad, q_max_rad], bounds included (OpenSim ConditionalPathPoint).
struct PathPoint {
    Body body;
    Eigen::Vector3d location_m;
    bool conditional = false;
    double q_min_rad = 0.0;
    double q_max_rad = 0.0;
};

// A Thelen2003Muscle's parameters and its path from origin to insertion.
struct MuscleDefinition {
    std::string id;            // this project's id, e.g. "semimembranosus"
    std::string opensim_name;  // Gait2392's name, e.g. "semimem_r"
    std::string display_name;
    double max_isometric_force_n;
    double optimal_fiber_length_m;
    double tendon_slack_length_m;
    double pennation_at_optimal_rad;
    std::vector<PathPoint> path;
};

// Thelen 2003 curve parameters shared by the four hamstrings in Gait2392.
constexpr double kTendonStrainAtMaxForce = 0.033;       // FmaxTendonStrain
constexpr double kMuscleStrainAtMaxPassiveForce = 0.6;  // FmaxMuscleStrain
constexpr double kShapeActive = 0.5;                    // KshapeActive
constexpr double kShapePassive = 4.0;                   // KshapePassive

// semimembranosus, semitendinosus, biceps_femoris_long_head, biceps_femoris_short_head, in that order.
const std::vector<MuscleDefinition>& hamstrings();

}  // namespace av::gait2392
