#pragma once
#include "ui/ui_context.h"

namespace av {

// The open annotation (explain.annotation): its title, the patient / clinical wording switch, its
// structures as buttons, the text; a list of topics to open another; Close.
void drawAnnotationPanel(const UiContext& context, UiState& ui, Actions& actions);

// The annotations that explain a topic rather than one structure (their id is no structure's id).
std::vector<const Annotation*> topicAnnotations(const UiContext& context);

// The patient / clinical switch, shared by the panels that show text.
void drawAudienceSwitch(const UiContext& context, Actions& actions);

}  // namespace av
