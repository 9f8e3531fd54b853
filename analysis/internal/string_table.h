// A read-mostly hash table keyed by strings, looked up by string view with no
// allocation (open addressing). The analyzers' lexicons are built into
// these once and only read afterwards; a lookup hashes the few bytes of a word
// and compares one key, which is what the per-word hot loops need.
//
// Not for use outside analysis/. Not thread-safe while being built; safe for
// concurrent Find() once built.

#ifndef DHAD_ANALYSIS_INTERNAL_STRING_TABLE_H_
#define DHAD_ANALYSIS_INTERNAL_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"

namespace dhad::internal {

template <typename T>
class StringTable {
 public:
  // Returns the value of `key`, inserting a value-initialized one when absent.
  T& operator[](std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    size_t i = Probe(key);
    if (slots_[i] < 0) {
      slots_[i] = static_cast<int32_t>(keys_.size());
      keys_.emplace_back(key);
      values_.emplace_back();
    }
    return values_[slots_[i]];
  }
  T& operator[](absl::string_view key) { return (*this)[std::string_view(key.data(), key.size())]; }
  T& operator[](const std::string& key) { return (*this)[std::string_view(key)]; }

  // The value of `key`, or null.
  const T* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    int32_t s = slots_[Probe(key)];
    return s < 0 ? nullptr : &values_[s];
  }
  const T* Find(absl::string_view key) const {
    return Find(std::string_view(key.data(), key.size()));
  }
  const T* Find(const std::string& key) const { return Find(std::string_view(key)); }

  size_t size() const { return keys_.size(); }
  // Every value, in insertion order (for a pass over the table once built).
  std::vector<T>& values() { return values_; }

 private:
  // Eight bytes at a time (Arabic words are 6 to 20 bytes), mixed with a
  // multiply and a shift; byte-at-a-time FNV-1a cost 8% of an analysis.
  static uint64_t Hash(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    uint64_t v = 0;
    if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);  // overlaps `a` when n < 8
      v = (static_cast<uint64_t>(a) << 32) | b;
    } else if (n > 0) {
      v = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
          static_cast<unsigned char>(p[n - 1]);
    }
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }
  size_t Probe(std::string_view key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = Hash(key) & mask;
    while (slots_[i] >= 0 && keys_[slots_[i]] != key) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<int32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, -1);
    for (size_t k = 0; k < keys_.size(); ++k) slots_[Probe(keys_[k])] = static_cast<int32_t>(k);
  }

  std::vector<int32_t> slots_;
  std::vector<std::string> keys_;
  std::vector<T> values_;
};

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_STRING_TABLE_H_
