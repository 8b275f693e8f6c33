#pragma once
// Thelen (2003) force curves as OpenSim's Thelen2003Muscle implements them. Forces are normalised by the
// maximum isometric force; fibre lengths by the optimal fibre length; strains are fractions.
namespace av::thelen {

// Tendon force for tendon strain eps = (l_T - l_ts)/l_ts with strain e0 at maximum isometric force: an
// exponential toe region up to e_toe = 99*e0*E/(166*E - 67) (E = exp(3); about 0.609*e0) reaching 0.33, then
// linear with slope k_lin = 0.67/(e0 - e_toe); 0 for a slack tendon (eps <= 0).
double tendonForce(double eps, double e0);

// Active force-length: exp(-(l - 1)^2 / k_shape) (Gaussian; KshapeActive 0.5 in Gait2392).
double activeForceLength(double l_norm, double k_shape);
// Passive force-length: (exp(k*(l - 1)/e0M) - 1)/(exp(k) - 1) for l > 1, 0 for l <= 1
// (KshapePassive k = 4, muscle strain at maximum passive force e0M = 0.6 in Gait2392).
double passiveForceLength(double l_norm, double k_shape, double strain_at_max);

}  // namespace av::thelen
