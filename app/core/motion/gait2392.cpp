#include "core/motion/gait2392.h"

#include "core/motion/pose.h"

namespace av::gait2392 {

const std::vector<MuscleDefinition>& hamstrings() {
    using B = Body;
    static const std::vector<MuscleDefinition> muscles{
        {"semimembranosus", "semimem_r", "Semimembranosus", 1288.0, 0.080, 0.359, degToRad(15.0),
         {{B::Pelvis, {-0.1192, -0.09747, 0.07151}},
          {B::Tibia, {-0.0348, -0.03519, -0.01891}, true, -0.558505, 0.174533},
          {B::Tibia, {-0.027, -0.04771, -0.01957}}}},
        {"semitendinosus", "semiten_r", "Semitendinosus", 410.0, 0.201, 0.2555, degToRad(5.0),
         {{B::Pelvis, {-0.12635, -0.10988, 0.06039}},
          {B::Tibia, {-0.04203, -0.02859, -0.02277}, true, -0.331613, 0.174533},
          {B::Tibia, {-0.03322, -0.05282, -0.02288}},
          {B::Tibia, {-0.0113, -0.0746, -0.0245}},
          {B::Tibia, {0.0027, -0.0956, -0.0193}}}},
        {"biceps_femoris_long_head", "bifemlh_r", "Biceps femoris, long head", 896.0, 0.109, 0.326, 0.0,
         {{B::Pelvis, {-0.12596, -0.10257, 0.06944}},
          {B::Tibia, {-0.0301, -0.036, 0.02943}},
          {B::Tibia, {-0.0234, -0.0563, 0.0343}}}},
        {"biceps_femoris_short_head", "bifemsh_r", "Biceps femoris, short head", 804.0, 0.173, 0.089,
         degToRad(23.0),
         {{B::Femur, {0.005, -0.2111, 0.0234}},
          {B::Tibia, {-0.0301, -0.036, 0.02943}},
          {B::Tibia, {-0.0234, -0.0563, 0.0343}}}},
    };
    return muscles;
}

}  // namespace av::gait2392
