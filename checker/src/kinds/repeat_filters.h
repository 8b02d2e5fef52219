// The two loops of the repetition kind that run at every character, kept
// apart so that they can be tested against plain versions of themselves:
// most of a page repeats nothing, and these find the few places worth a look.
// On x86-64 they compare or hash eight characters per instruction (SSE2);
// elsewhere they are the plain loops.
#pragma once

#include <cstddef>
#include <cstdint>

namespace copydesk {

// Units up to this length are looked for by the repetition kind in place.
constexpr size_t kRecurDistance = 8;

// Both take the low 16 bits of each character (CharWindow::low16()), eight
// of which fit in a vector.

// Returns the first x in [0, count) where a doubled character or a short
// repeat may start: p[x] comes back next or after one character (AA, ABA), or
// p[x] and p[x + 1] come back together k = 3..kRecurDistance characters later
// (a unit of length k doubled starts so); `count` when there is none. Equal
// characters have equal low bits, so no such place is missed; a few where
// only the low bits agree are returned too.
// REQUIRES: p[0 .. count + kRecurDistance + 1) can be read.
size_t find_possible_repeat(const uint16_t* p, size_t count);

// Sets out[x] to the low 16 bits of the long scan's hash of the six
// characters p[x .. x + 6), for x in [0, count): FNV-1a over 64 bits, one
// character a step, from the basis 1469598103934665603. The low bits of such a
// hash depend only on the low bits of its input.
// REQUIRES: p[0 .. count + 5) can be read.
void hash_6grams_low16(const uint16_t* p, size_t count, uint16_t* out);

}  // namespace copydesk
