// Fuzzes NumberParser::Parse (analysis/number_parser.h) on valid UTF-8 text
// (the fuzzer's bytes, repaired; see fuzz_util.h), through Text::Create as
// the pipeline does.
//
// Checks (analysis_checks.h, CheckNumbers): mention spans are non-empty
// spans of the original text on code-point boundaries, ordered by start;
// values and bounds are finite (the header's overflow rule: no infinity, no
// NaN) with min <= max; mentions overlap only as a range containing its
// endpoints; a second call gives the same spans.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "analysis/number_parser.h"
#include "analysis/text.h"
#include "fuzz/analysis_checks.h"
#include "fuzz/fuzz_util.h"

namespace {

const dhad::NumberParser& GetParser() {
  static const dhad::NumberParser* parser = [] {
    auto p = dhad::NumberParser::Create(dhad::fuzz::GetNormalizer());
    DHAD_FUZZ_CHECK(p.ok(), "NumberParser::Create: %s", p.status().ToString().c_str());
    return p->release();
  }();
  return *parser;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input =
      dhad::fuzz::RepairUtf8(absl::string_view(reinterpret_cast<const char*>(data), size));
  const dhad::Text text = dhad::fuzz::TextOf(input);
  auto numbers = GetParser().Parse(text);
  DHAD_FUZZ_CHECK(numbers.ok(), "Parse failed: %s", numbers.status().ToString().c_str());
  dhad::fuzz::CheckNumbers(input, *numbers);
  auto again = GetParser().Parse(text);
  DHAD_FUZZ_CHECK(again.ok() && again->size() == numbers->size(), "a second Parse differs");
  for (size_t i = 0; i < numbers->size(); ++i) {
    DHAD_FUZZ_CHECK((*again)[i].span == (*numbers)[i].span, "a second Parse differs at %zu", i);
  }
  return 0;
}
