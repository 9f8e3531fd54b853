// The one span type of the analysis library.
//
// A Span is a half-open range [begin, end) in UTF-8 bytes of the caller's
// original text. Analyzers that work on an internal normalized view map their
// ranges back with Text::ToOriginal() before returning them; the conversion to
// code points happens once, at the service edge (see base/utf8.h, OffsetConverter).

#ifndef DHAD_ANALYSIS_SPAN_H_
#define DHAD_ANALYSIS_SPAN_H_

#include <cstdint>

namespace dhad {

struct Span {
  int32_t begin = 0;
  int32_t end = 0;

  int32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(Span a, Span b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(Span a, Span b) { return !(a == b); }
};

}  // namespace dhad

#endif  // DHAD_ANALYSIS_SPAN_H_
