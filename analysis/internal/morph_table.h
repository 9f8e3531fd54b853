// The layout of the morphological table that analysis/tools/morph_table_gen.cc
// compiles from Ayaspell (Debian's hunspell-ar) at build time, and that
// analysis/internal/morph.cc reads. Shared by the generator and the library,
// so it uses the C++ standard library only.
//
// The table is a set of word forms in analysis-view form (see morph.h) with,
// per form, an index into a small table of distinct values (word classes
// and verb agreement). It stores a 32-bit fingerprint of each form rather
// than the form itself: open addressing over 2^k slots, the slot chosen by
// the low bits of a 64-bit hash and the fingerprint taken from its high
// bits (never 0, which marks an empty slot). A word that is not in the
// table is reported as present only when its fingerprint collides with one
// in its probe sequence: about probes x 2^-31, under 1e-8 per lookup at the
// load factor used.
//
// Not for use outside analysis/.

#ifndef DHAD_ANALYSIS_INTERNAL_MORPH_TABLE_H_
#define DHAD_ANALYSIS_INTERNAL_MORPH_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace dhad::internal {

// Word classes of a form (bits; the same values as MorphClass in morph.h).
enum MorphTableClass : uint16_t {
  kTableVerbPast = 1,
  kTableVerbPresent = 2,
  kTableVerbImperative = 4,
  kTableNominal = 8,
  kTableFunctionWord = 16,
  kTableProperName = 64,
};

// Subject agreement marked by a verb form's affixes (bits; several when the
// script is ambiguous: كتبت is 1s, 2ms, 2fs or 3fs).
enum Agreement : uint16_t {
  kAgr1s = 1 << 0,
  kAgr1p = 1 << 1,
  kAgr2ms = 1 << 2,
  kAgr2fs = 1 << 3,
  kAgr2d = 1 << 4,
  kAgr2mp = 1 << 5,
  kAgr2fp = 1 << 6,
  kAgr3ms = 1 << 7,
  kAgr3fs = 1 << 8,
  kAgr3md = 1 << 9,
  kAgr3fd = 1 << 10,
  kAgr3mp = 1 << 11,
  kAgr3fp = 1 << 12,
};

// Gender and number that a nominal form's suffix shows (bits; a union over
// the form's readings): ة feminine singular, ات feminine plural, ون/ين
// masculine plural, ان/ين dual, the nisba endings ي ية يون يات. An entry
// ending in ة is feminine singular (wrong for the few broken plurals in ة,
// طلبة، قضاة, which Ayaspell does not mark); a feature the form does not
// show is all its bits (a bare وزير is masculine or feminine, any number).
enum NominalFeature : uint8_t {
  kNomMasculine = 1,
  kNomFeminine = 2,
  kNomSingular = 4,
  kNomDual = 8,
  kNomPlural = 16,
};

struct MorphValue {
  uint16_t classes;    // MorphTableClass bits
  uint16_t agreement;  // Agreement bits (verb readings only)
  uint8_t nominal;     // NominalFeature bits (nominal readings only)
};

// The compiled table (defined in the generated morph_table_data.cc). Each
// slot is a 32-bit word: the form's fingerprint in the high
// (32 - value_bits) bits, never 0, and its index into `value_table` in the
// low value_bits bits; 0 marks an empty slot.
struct MorphTableData {
  // slot_count slots in host byte order, read with memcpy: the generated
  // file stores them as a string literal, which compiles fast.
  const char* slots;
  size_t slot_count;
  int value_bits;
  const MorphValue* value_table;
  size_t value_count;
  size_t form_count;  // occupied slots
  // A sample of the compiled forms for tests: pairs of the form as Ayaspell
  // spells it (before folding) and its key in view form.
  const char* const* sample_raw;
  const char* const* sample_view;
  size_t sample_count;
};
const MorphTableData& GetMorphTableData();

// 64-bit hash of a form's bytes (8 bytes at a time, multiply-xorshift).
inline uint64_t MorphHash(const char* p, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  uint64_t v = 0;
  if (n > 0) std::memcpy(&v, p, n);
  h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 32);
}

// The first slot of a hash's probe sequence (the low 32 bits scaled to
// slot_count) and its fingerprint (high bits, never 0).
inline size_t MorphSlot(uint64_t hash, size_t slot_count) {
  return static_cast<size_t>(((hash & 0xFFFFFFFFull) * slot_count) >> 32);
}
inline uint32_t MorphFingerprint(uint64_t hash, int value_bits) {
  const uint32_t mask = (1u << (32 - value_bits)) - 1;
  return (static_cast<uint32_t>(hash >> 32) & mask) | 1u;
}

// Index into data.value_table of the form p[0, n), or -1 when absent.
inline int MorphTableFind(const MorphTableData& data, const char* p, size_t n) {
  const uint64_t h = MorphHash(p, n);
  const uint32_t fp = MorphFingerprint(h, data.value_bits);
  for (size_t i = MorphSlot(h, data.slot_count);;) {
    uint32_t s;
    std::memcpy(&s, data.slots + 4 * i, 4);
    if (s == 0) return -1;
    if ((s >> data.value_bits) == fp) {
      return static_cast<int>(s & ((1u << data.value_bits) - 1));
    }
    if (++i == data.slot_count) i = 0;
  }
}

}  // namespace dhad::internal

#endif  // DHAD_ANALYSIS_INTERNAL_MORPH_TABLE_H_
