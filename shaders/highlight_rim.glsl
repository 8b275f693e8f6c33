//VTK::Light::Impl
  // Highlight rim (replaces VTK's light implementation tag, after lighting): the selection brightens
  // towards its outline, where the surface turns away from the viewer, so its edge reads even against a
  // neighbour of similar colour. rimColor and rimStrength are custom uniforms set by the viewport.
  {
    float grazing = 1.0 - abs(normalize(normalVC).z);
    fragOutput0.rgb = mix(fragOutput0.rgb, rimColor, rimStrength * pow(grazing, 2.0));
  }
