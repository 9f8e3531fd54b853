// Small status helpers missing from Abseil 20220623.
// Not for use outside analysis/ and server/.

#ifndef DHAD_ANALYSIS_INTERNAL_STATUS_MACROS_H_
#define DHAD_ANALYSIS_INTERNAL_STATUS_MACROS_H_

#include "absl/status/status.h"

#define DHAD_RETURN_IF_ERROR(expr)                    \
  do {                                                \
    if (absl::Status dhad_st = (expr); !dhad_st.ok()) \
      return dhad_st;                                 \
  } while (0)

#define DHAD_STATUS_CONCAT_INNER_(a, b) a##b
#define DHAD_STATUS_CONCAT_(a, b) DHAD_STATUS_CONCAT_INNER_(a, b)

// DHAD_ASSIGN_OR_RETURN(auto x, MakeX());
#define DHAD_ASSIGN_OR_RETURN(lhs, expr) \
  DHAD_ASSIGN_OR_RETURN_IMPL_(DHAD_STATUS_CONCAT_(dhad_so_, __LINE__), lhs, expr)
#define DHAD_ASSIGN_OR_RETURN_IMPL_(so, lhs, expr) \
  auto so = (expr);                                \
  if (!so.ok()) return so.status();                \
  lhs = std::move(*so)

#endif  // DHAD_ANALYSIS_INTERNAL_STATUS_MACROS_H_
