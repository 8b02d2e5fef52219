#include "rules/literal_prefilter.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <map>
#include <utility>

#include "core/byte_set.h"
#include "core/document.h"

namespace copydesk {

namespace {

// The bits of an eight-byte word read from memory that hold its first
// min(length, 8) bytes, wherever the machine puts them.
uint64_t key_mask(size_t length) {
  if (length >= 8) return ~uint64_t{0};
  uint64_t low = (uint64_t{1} << (8 * length)) - 1;
  return std::endian::native == std::endian::little ? low : ~(~uint64_t{0} >> (8 * length));
}

}  // namespace

LiteralPrefilter::LiteralPrefilter(const RE2& regex) {
  literals_ = required_literals(regex.pattern(), regex.options());
  if (!literals_) return;
  const std::vector<std::string>& strings = literals_->strings;
  LiteralAnchors anchors(strings);
  anchor_bytes_ = anchors.bytes();
  neighbour_bytes_.resize(anchor_bytes_.size());
  for (size_t i = 0; i < anchor_bytes_.size(); ++i) {
    const unsigned char byte = anchor_bytes_[i];
    // The two bytes after the anchor when every literal has them, else the
    // two before it when every literal has those; else no filter.
    NeighbourBytes& neighbours = neighbour_bytes_[i];
    const std::vector<LiteralAnchors::Anchored>& anchored = anchors.at(byte);
    const bool after = std::all_of(anchored.begin(), anchored.end(), [&](const LiteralAnchors::Anchored& a) {
      return a.offset + 2 < strings[a.string].size();
    });
    const bool before =
        std::all_of(anchored.begin(), anchored.end(), [](const LiteralAnchors::Anchored& a) { return a.offset >= 2; });
    if (after || before) {
      neighbours.set_from(after ? 1 : -2);
      for (const LiteralAnchors::Anchored& a : anchored) {
        const std::string& s = strings[a.string];
        const size_t at = a.offset + neighbours.from();
        neighbours.add(static_cast<unsigned char>(s[at]), static_cast<unsigned char>(s[at + 1]));
      }
    } else {
      neighbours.add_all();
    }
    // Strings on one anchor byte grouped by where the byte is and by length,
    // so that one binary search checks a group at each anchor found.
    std::map<std::pair<size_t, size_t>, std::vector<std::string>> by_place;
    for (const LiteralAnchors::Anchored& a : anchors.at(byte)) {
      by_place[{a.offset, strings[a.string].size()}].push_back(strings[a.string]);
    }
    for (auto& [place, group] : by_place) {
      std::sort(group.begin(), group.end(), [](const std::string& a, const std::string& b) {
        return PrefilteredSearch::key_at(a, 0, a.size()) < PrefilteredSearch::key_at(b, 0, b.size());
      });
      Group g{place.first, place.second, key_mask(place.second), {}, {}};
      for (const std::string& s : group) {
        g.keys.push_back(PrefilteredSearch::key_at(s, 0, s.size()));
        const size_t bit = Group::filter_bit(g.keys.back());
        g.filter[bit / 64] |= uint64_t{1} << (bit % 64);
        if (s.size() > 8) g.tails.push_back(s.substr(8));
      }
      groups_[byte].push_back(std::move(g));
    }
  }
}

bool LiteralPrefilter::uses_punctuation_anchors() const {
  return std::any_of(anchor_bytes_.begin(), anchor_bytes_.end(), PunctuationAnchors::holds);
}

const std::vector<uint32_t>* PunctuationAnchors::offsets(unsigned char byte) const {
  if (!kept_) return nullptr;
  for (size_t i = 0; i < kBytes.size(); ++i) {
    if (kBytes[i] == byte) return &offsets_[i];
  }
  return nullptr;
}

PunctuationAnchors PunctuationAnchors::find(std::string_view text) {
  PunctuationAnchors anchors;
  if (text.size() > std::numeric_limits<uint32_t>::max()) return anchors;
  anchors.kept_ = true;
  // One pass for the three bytes, sixteen at a time, rather than a memchr
  // pass each that stops at every occurrence.
  static_assert(kBytes[0] == 0xE2 && kBytes[1] == 0xE3 && kBytes[2] == 0xEF);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  auto note = [&](size_t at) { anchors.offsets_[p[at] == 0xEF ? 2 : p[at] - 0xE2].push_back(static_cast<uint32_t>(at)); };
  size_t at = 0;
  for (; at + 16 <= text.size(); at += 16) {
    for (unsigned m = byte_set_mask<0xE2, 0xE3, 0xEF>(p + at); m != 0; m &= m - 1) {
      note(at + static_cast<size_t>(std::countr_zero(m)));
    }
  }
  for (; at < text.size(); ++at) {
    if (holds(p[at])) note(at);
  }
  for (std::vector<uint32_t>& offsets : anchors.offsets_) offsets.shrink_to_fit();  // kept for the document's life
  return anchors;
}

PunctuationAnchors PunctuationAnchors::compute(const Document& doc) { return find(doc.text()); }

PrefilteredSearch::PrefilteredSearch(const RE2& regex, const LiteralPrefilter& prefilter, std::string_view text,
                                     const PunctuationAnchors* shared)
    : regex_(regex), prefilter_(prefilter), text_(text), cursors_(prefilter.anchor_bytes().size()) {
  if (!shared) return;
  for (size_t i = 0; i < cursors_.size(); ++i) cursors_[i].shared = shared->offsets(prefilter.anchor_bytes()[i]);
}

uint64_t PrefilteredSearch::key_at(std::string_view text, size_t at, size_t length) {
  uint64_t key = 0;
  std::memcpy(&key, text.data() + at, std::min({length, size_t{8}, text.size() - at}));
  return key;
}

size_t PrefilteredSearch::next_anchor(unsigned char byte, size_t from) const {
  if (from >= text_.size()) return std::string::npos;
  const void* found = std::memchr(text_.data() + from, byte, text_.size() - from);
  return found ? static_cast<const char*>(found) - text_.data() : std::string::npos;
}

inline void PrefilteredSearch::check_anchor(size_t hit) {
  for (const LiteralPrefilter::Group& group : prefilter_.groups(static_cast<unsigned char>(text_[hit]))) {
    if (hit < span_.begin + group.offset || hit - group.offset + group.length > span_.end) continue;
    const size_t at = hit - group.offset;
    uint64_t key;
    if (at + 8 <= text_.size()) {
      std::memcpy(&key, text_.data() + at, 8);
      key &= group.mask;
    } else {
      key = key_at(text_, at, group.length);
    }
    if (!group.may_hold(key)) continue;
    auto found = group.keys.size() <= 4 ? std::find(group.keys.begin(), group.keys.end(), key)
                                        : std::lower_bound(group.keys.begin(), group.keys.end(), key);
    // Literals longer than eight bytes may share a key: compare the rest of each.
    for (; found != group.keys.end() && *found == key; ++found) {
      if (group.length <= 8 || text_.substr(at + 8, group.length - 8) == group.tails[found - group.keys.begin()]) {
        occurrences_.push_back(at);
        break;
      }
    }
  }
}

bool PrefilteredSearch::set_span(Span span) {
  span_ = span;
  occurrences_.clear();
  next_occurrence_ = 0;
  if (!prefilter_.active()) return true;
  const std::vector<unsigned char>& bytes = prefilter_.anchor_bytes();
  quiet_from_ = span.end;
  quiet_to_ = std::string::npos;
  for (size_t i = 0; i < bytes.size(); ++i) {
    Cursor& cursor = cursors_[i];
    const LiteralPrefilter::NeighbourBytes& neighbours = prefilter_.neighbour_bytes(i);
    if (cursor.shared) {
      // Spans come in text order: the byte's offsets are read on from the
      // span before (searched again only if a span goes back).
      const std::vector<uint32_t>& offsets = *cursor.shared;
      size_t k = cursor.index;
      if (k > 0 && offsets[k - 1] >= span.begin) {
        k = std::lower_bound(offsets.begin(), offsets.begin() + k, span.begin) - offsets.begin();
      }
      while (k < offsets.size() && offsets[k] < span.begin) ++k;
      for (; k < offsets.size() && offsets[k] < span.end; ++k) check_anchor_if_neighbours(offsets[k], neighbours);
      cursor.index = k;
      // Every offset before k is before the span's end: none lies from there to offsets[k].
      if (k < offsets.size()) quiet_to_ = std::min<size_t>(quiet_to_, offsets[k]);
      continue;
    }
    // The cursor holds the first anchor at or after cursor.from: still valid
    // when the span begins between the two; otherwise look again.
    if (span.begin < cursor.from || cursor.next < span.begin) {
      cursor.from = span.begin;
      cursor.next = next_anchor(bytes[i], span.begin);
    }
    for (; cursor.next < span.end; cursor.next = next_anchor(bytes[i], cursor.from)) {
      cursor.from = cursor.next + 1;
      check_anchor_if_neighbours(cursor.next, neighbours);
    }
    // No anchor byte lies from cursor.from to cursor.next.
    quiet_from_ = std::max(quiet_from_, cursor.from);
    quiet_to_ = std::min(quiet_to_, cursor.next);
  }
  // Occurrences found through different anchors may be out of order.
  std::sort(occurrences_.begin(), occurrences_.end());
  occurrences_.erase(std::unique(occurrences_.begin(), occurrences_.end()), occurrences_.end());
  return !occurrences_.empty();
}

bool PrefilteredSearch::probe(re2::StringPiece context, size_t context_begin, size_t at, re2::StringPiece* match,
                              int nmatch) const {
  return regex_.Match(context, at - context_begin, context.size(), RE2::ANCHOR_START, match, nmatch);
}

bool PrefilteredSearch::find(size_t context_begin, size_t from, re2::StringPiece* match, int nmatch) {
  re2::StringPiece context(text_.data() + context_begin, span_.end - context_begin);
  if (!prefilter_.active()) {
    return regex_.Match(context, from - context_begin, context.size(), RE2::UNANCHORED, match, nmatch);
  }
  const RequiredLiterals& literals = prefilter_.literals();
  const size_t lead = literals.max_lead;
  while (next_occurrence_ < occurrences_.size() && occurrences_[next_occurrence_] < from) ++next_occurrence_;
  // A match beginning at or after `from` holds an occurrence at most `lead`
  // bytes after its beginning: no match begins where no occurrence follows
  // within `lead` bytes. `checked` is where the next match may begin.
  size_t checked = from;
  for (size_t i = next_occurrence_; i < occurrences_.size(); ++i) {
    const size_t at = occurrences_[i];
    if (literals.matches_are_literals && nmatch <= 1) {
      // Every occurrence is a match, and one of a single length.
      if (nmatch == 1) match[0] = re2::StringPiece(text_.data() + at, literals.strings.front().size());
      return true;
    }
    size_t begin = std::max({checked, at >= lead ? at - lead : 0, context_begin});
    size_t end = at;  // the last place a match may begin
    if (begin > end) continue;
    if (lead == 0) {
      if (probe(context, context_begin, at, match, nmatch)) return true;
    } else if (literals.max_match) {
      // Windows of later occurrences that meet this one are searched with it.
      while (i + 1 < occurrences_.size() && occurrences_[i + 1] <= end + 1 + lead) end = occurrences_[++i];
      // Every match beginning in [begin, end] ends by end + max_match, so a
      // search of that much text finds the same one; a match it finds further
      // on may be cut short, and is looked for again from the next occurrence.
      size_t limit = std::min(span_.end, end + *literals.max_match);
      re2::StringPiece found;
      re2::StringPiece* whole = nmatch > 0 ? match : &found;
      int n = std::max(nmatch, 1);
      if (regex_.Match(context, begin - context_begin, limit - context_begin, RE2::UNANCHORED, whole, n) &&
          static_cast<size_t>(whole->data() - text_.data()) <= end) {
        return true;
      }
    } else {
      for (size_t p = begin; p <= end; ++p) {
        if ((static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) continue;  // inside a character
        if (probe(context, context_begin, p, match, nmatch)) return true;
      }
    }
    checked = end + 1;
  }
  return false;
}

}  // namespace copydesk
