// infogeom: umbrella header. The core is header-only C++17 on Eigen; see family.hpp for the
// contract every family satisfies and families/ for one header per family.
#pragma once

#include "config.hpp"
#include "family.hpp"
#include "divergence.hpp"
#include "special.hpp"
#include "svec.hpp"
#include "geodesic.hpp"

#include "families/bernoulli.hpp"
#include "families/beta.hpp"
#include "families/binomial.hpp"
#include "families/categorical.hpp"
#include "families/diagonal_normal.hpp"
#include "families/dirichlet.hpp"
#include "families/exponential.hpp"
#include "families/gamma.hpp"
#include "families/geometric.hpp"
#include "families/inverse_gaussian.hpp"
#include "families/lognormal.hpp"
#include "families/multivariate_normal.hpp"
#include "families/negative_binomial.hpp"
#include "families/normal.hpp"
#include "families/poisson.hpp"
#include "families/rayleigh.hpp"
#include "families/von_mises.hpp"
#include "families/wishart.hpp"
