#include "core/scene/scene_report.h"

#include "core/instruments/seating.h"

#include <cmath>
#include <cstdio>

namespace av {
namespace {

nlohmann::json vec(const Eigen::Vector3d& v) { return {v.x(), v.y(), v.z()}; }

double rounded(double value, double step) { return std::round(value / step) * step; }

}  // namespace

std::string hexColor(const Rgb& color) {
    char text[8];
    auto byte = [](float c) { return int(std::lround(std::clamp(c, 0.0f, 1.0f) * 255.0f)); };
    std::snprintf(text, sizeof text, "#%02x%02x%02x", byte(color[0]), byte(color[1]), byte(color[2]));
    return text;
}

nlohmann::json instrumentsReportJson(const ViewerModel& model) {
    const Instruments& instruments = model.state().instruments;
    nlohmann::json report = {{"probe", nullptr}, {"needle", nullptr}};
    if (const auto& probe = instruments.probe)
        report["probe"] = {{"position_m", vec(probe->position)},
                           {"normal", vec(probe->normal)},
                           {"axis", vec(probe->axis)},
                           {"beam", vec(probe->beam())},
                           {"tilt_deg", probe->tiltDeg},
                           {"footprint_mm", probe->footprintMm},
                           {"type", probeTypeName(probe->type)},
                           {"skin_gap_mm", rounded(skinGapMm(model.scene(), probe->position), 0.001)}};
    if (const auto& needle = instruments.needle)
        report["needle"] = {{"entry_m", vec(needle->entry)},
                            {"tip_m", vec(needle->tip)},
                            {"length_mm", rounded((needle->tip - needle->entry).norm() * 1000.0, 0.01)},
                            {"entry_skin_gap_mm", rounded(skinGapMm(model.scene(), needle->entry), 0.001)}};
    return report;
}

nlohmann::json sceneReportJson(const ViewerModel& model, const CameraRequest& camera, const Lens& lens) {
    const RenderList list = model.renderList();
    const Atlas& atlas = model.atlas();
    nlohmann::json structures = nlohmann::json::array();
    for (const RenderItem& item : list.structures) {
        const StructureSpec& spec = atlas.structures()[item.index].spec;
        structures.push_back({{"id", spec.id},
                              {"visible", item.visible},
                              {"color", hexColor(item.color)},
                              {"opacity", rounded(item.opacity, 0.001)},
                              {"highlighted", item.highlighted},
                              {"ghost", item.ghost},
                              {"hovered", item.hovered},
                              {"pickable", item.pickable},
                              {"deformed", item.posed && item.posed->deformed},
                              {"painted_regions", item.paintedRegions}});
    }
    nlohmann::json labels = nlohmann::json::array();
    for (std::size_t i : list.labelOrder) labels.push_back(atlas.structures()[i].spec.id);
    // The camera the options end on, resolved as an image of this aspect would show it.
    const CameraRequest preset{CameraRequest::Kind::Preset, model.state().view, {}, 1.0};
    const CameraPose base = resolveCamera(preset, model.state(), model.scene(), CameraPose{}, lens);
    const CameraPose pose = resolveCamera(camera, model.state(), model.scene(), base, lens);
    const char* kinds[] = {"preset", "frame", "focus"};
    const ViewerState& state = model.state();
    return {{"structures", structures},
            {"instruments", instrumentsReportJson(model)},
            {"camera", {{"kind", kinds[int(camera.kind)]},
                        {"view", camera.view},
                        {"focus", camera.focus},
                        {"zoom", camera.zoom},
                        {"focal_m", vec(pose.focal)},
                        {"position_m", vec(pose.position)},
                        {"up", vec(pose.up)},
                        {"view_angle_deg", lens.viewAngleDeg}}},
            {"labels", state.labels ? labels : nlohmann::json::array()},
            {"xray", state.xray},
            {"view", state.view},
            {"tour", state.tour.empty() ? nlohmann::json(nullptr) : nlohmann::json({{"id", state.tour}, {"step", state.tourStep}})},
            {"annotation", state.annotation.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.annotation)},
            {"selected", state.selected ? nlohmann::json(atlas.structures()[*state.selected].spec.id) : nlohmann::json(nullptr)},
            {"mimics", state.mimics},
            {"strain_colors", state.motion.showStrain},
            {"pose", {{"hip_flexion_deg", state.motion.pose.hip_flexion_deg},
                      {"hip_adduction_deg", state.motion.pose.hip_adduction_deg},
                      {"hip_rotation_deg", state.motion.pose.hip_rotation_deg},
                      {"knee_flexion_deg", state.motion.pose.knee_flexion_deg}}}};
}

}  // namespace av
