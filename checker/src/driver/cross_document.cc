#include "driver/cross_document.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/fingerprint.h"
#include "core/utf8.h"

namespace copydesk {

namespace {

constexpr size_t kShingle = 16;

struct Stream {
  std::u32string chars;
  std::vector<uint32_t> begin;  // byte offset of each character
};

Stream stream_of(const Document& doc) {
  Stream st;
  const std::string& text = doc.text();
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (is_space(c)) continue;
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    st.chars.push_back(c);
    st.begin.push_back(static_cast<uint32_t>(it.offset()));
  }
  return st;
}

struct Posting {
  uint32_t doc;
  uint32_t pos;
};

Span byte_span(const Document& doc, const Stream& st, size_t pos, size_t len) {
  size_t last = st.begin[pos + len - 1];
  return {st.begin[pos], last + utf8_sequence_length(static_cast<unsigned char>(doc.text()[last]))};
}

}  // namespace

std::vector<SharedPassage> find_shared_passages(const std::vector<const Document*>& docs,
                                                const CrossDocumentOptions& options) {
  const size_t min_chars = std::max(options.min_chars, kShingle);
  const size_t window = min_chars - kShingle + 1;
  std::vector<Stream> streams;
  streams.reserve(docs.size());
  std::unordered_map<uint64_t, std::vector<Posting>> index;

  for (size_t d = 0; d < docs.size(); ++d) {
    streams.push_back(stream_of(*docs[d]));
    const std::u32string& s = streams.back().chars;
    if (s.size() < min_chars) continue;
    size_t grams = s.size() - kShingle + 1;
    std::vector<uint64_t> hash(grams);
    for (size_t g = 0; g < grams; ++g) {
      uint64_t h = 1469598103934665603ULL;
      for (size_t k = 0; k < kShingle; ++k) h = (h ^ s[g + k]) * 1099511628211ULL;
      hash[g] = h;
    }
    // Winnowing with a monotonic queue: the rightmost minimum of each window.
    std::deque<size_t> queue;
    size_t last_pick = SIZE_MAX;
    for (size_t g = 0; g < grams; ++g) {
      while (!queue.empty() && hash[queue.back()] >= hash[g]) queue.pop_back();
      queue.push_back(g);
      if (queue.front() + window <= g) queue.pop_front();
      if (g + 1 >= window && queue.front() != last_pick) {
        last_pick = queue.front();
        index[hash[last_pick]].push_back({static_cast<uint32_t>(d), static_cast<uint32_t>(last_pick)});
      }
    }
  }

  std::vector<SharedPassage> found;
  // (first doc, second doc, diagonal) -> second-document position covered so far
  std::map<std::tuple<size_t, size_t, int64_t>, std::vector<std::pair<size_t, size_t>>> covered;
  for (const auto& [hash, postings] : index) {
    if (postings.size() < 2 || postings.size() > options.max_postings) continue;
    for (size_t x = 0; x < postings.size(); ++x) {
      for (size_t y = x + 1; y < postings.size(); ++y) {
        Posting a = postings[x], b = postings[y];
        if (a.doc == b.doc) continue;
        if (a.doc > b.doc) std::swap(a, b);
        const std::u32string& sa = streams[a.doc].chars;
        const std::u32string& sb = streams[b.doc].chars;
        if (sa.compare(a.pos, kShingle, sb, b.pos, kShingle) != 0) continue;
        auto key = std::make_tuple(a.doc, b.doc, static_cast<int64_t>(b.pos) - static_cast<int64_t>(a.pos));
        auto& done = covered[key];
        if (std::any_of(done.begin(), done.end(), [&](auto r) { return b.pos >= r.first && b.pos < r.second; })) continue;
        size_t left = 0;
        while (left < a.pos && left < b.pos && sa[a.pos - left - 1] == sb[b.pos - left - 1]) ++left;
        size_t right = kShingle;
        while (a.pos + right < sa.size() && b.pos + right < sb.size() && sa[a.pos + right] == sb[b.pos + right]) ++right;
        size_t begin_a = a.pos - left, begin_b = b.pos - left, len = left + right;
        done.push_back({begin_b, begin_b + len});
        // Start at a character, not at the punctuation that ended the sentence before.
        while (len > 0 && !is_han(sa[begin_a]) && !(sa[begin_a] < 0x80 && std::isalnum(static_cast<int>(sa[begin_a])))) {
          ++begin_a;
          ++begin_b;
          --len;
        }
        if (len < min_chars) continue;
        found.push_back({a.doc, b.doc, byte_span(*docs[a.doc], streams[a.doc], begin_a, len),
                         byte_span(*docs[b.doc], streams[b.doc], begin_b, len), len});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const SharedPassage& l, const SharedPassage& r) {
    return std::tie(l.second, l.second_span.begin, l.first) < std::tie(r.second, r.second_span.begin, r.first);
  });
  // The same passage can be reached from two fingerprints on one diagonal
  // before the first extension is recorded; keep one.
  found.erase(std::unique(found.begin(), found.end(),
                          [](const SharedPassage& l, const SharedPassage& r) {
                            return l.first == r.first && l.second == r.second && l.second_span == r.second_span;
                          }),
              found.end());
  return found;
}

std::vector<Finding> shared_passage_findings(const std::vector<const Document*>& docs,
                                             const std::vector<SharedPassage>& passages, bool chinese) {
  std::vector<Finding> findings;
  for (size_t i = 0; i < passages.size();) {
    size_t doc = passages[i].second;
    std::vector<Finding> of_doc;
    for (; i < passages.size() && passages[i].second == doc; ++i) {
      const SharedPassage& p = passages[i];
      const Document& later = *docs[p.second];
      const Document& earlier = *docs[p.first];
      Finding f;
      f.rule_id = "cross-document";
      f.category = Category::kDuplicatePassage;
      f.severity = Severity::kWarning;
      f.location = locate(later, p.second_span);
      f.matched_text = std::string(later.slice(p.second_span));
      f.source_line = std::string(later.lines().line_text(f.location.start_line));
      f.message = chinese ? "此段文字（" + std::to_string(p.characters) + "字）也见于 " + earlier.path() +
                                "：是转载还是同一版面提取了两次？请核对。"
                          : "This passage (" + std::to_string(p.characters) + " characters) also appears in " +
                                earlier.path() + ": a reprint or a page extracted twice? Check which copy belongs.";
      f.related.push_back({locate(earlier, p.first_span), chinese ? "另一文件中的同一段落" : "the same passage in the other file"});
      of_doc.push_back(std::move(f));
    }
    assign_fingerprints(of_doc, docs[doc]->text());
    findings.insert(findings.end(), std::make_move_iterator(of_doc.begin()), std::make_move_iterator(of_doc.end()));
  }
  return findings;
}

}  // namespace copydesk
