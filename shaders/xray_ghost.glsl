//VTK::Light::Impl
  // X-ray ghost (replaces VTK's light implementation tag, after lighting): a see-through copy of the
  // selection drawn over everything, faint where it faces the viewer and denser at its outline, like a
  // radiograph, so that it shows where it is without hiding what covers it.
  {
    float grazing = 1.0 - abs(normalize(normalVC).z);
    fragOutput0.a *= mix(0.55, 1.0, pow(grazing, 1.5));
  }
