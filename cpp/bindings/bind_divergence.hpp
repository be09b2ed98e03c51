// Bindings of the elementwise divergences (issue 3); called from bind_family<Fam>().
#pragma once
#include "bind_common.hpp"
#include "infogeom/divergence.hpp"

namespace infogeom::bind {

template <template <class> class Fam, class Cls>
void bind_divergences(Cls& cls) {
  (void)cls;
}

}  // namespace infogeom::bind
