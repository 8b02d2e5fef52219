#include "rules/literal_anchors.h"

namespace copydesk {

double LiteralAnchors::byte_rate(unsigned char byte) {
  if (byte == '\n' || byte == ' ') return 5e-3;
  if (byte >= '0' && byte <= '9') return 3e-3;
  if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) return 4e-3;
  if (byte < 0x80) return 1e-3;
  if (byte == 0x80) return 3e-2;  // the second byte of “”…— and 。、《》 as well
  if (byte < 0xC0) return 1e-2;   // continuation bytes
  if (byte >= 0xE4 && byte <= 0xE9) return 5e-2;  // Han characters
  if (byte == 0xE2) return 6e-3;
  if (byte == 0xE3) return 1.2e-2;
  if (byte == 0xEF) return 8e-3;
  return 1e-3;
}

LiteralAnchors::LiteralAnchors(const std::vector<std::string>& strings) {
  // Greedy set cover: take the byte value with the lowest rate per string it
  // would anchor, until every string has an anchor.
  std::vector<bool> covered(strings.size(), false);
  size_t left = strings.size();
  while (left > 0) {
    std::array<size_t, 256> counts{};
    for (size_t i = 0; i < strings.size(); ++i) {
      if (covered[i]) continue;
      std::array<bool, 256> seen{};
      for (char c : strings[i]) {
        auto b = static_cast<unsigned char>(c);
        if (!seen[b]) counts[b]++;
        seen[b] = true;
      }
    }
    int best = -1;
    for (int b = 0; b < 256; ++b) {
      if (counts[b] == 0) continue;
      if (best < 0 || byte_rate(b) * counts[best] < byte_rate(best) * counts[b]) best = b;
    }
    if (best < 0) break;  // only empty strings are left: nothing to anchor them on
    auto byte = static_cast<unsigned char>(best);
    bytes_.push_back(byte);
    hit_rate_ += byte_rate(byte);
    for (size_t i = 0; i < strings.size(); ++i) {
      size_t at = covered[i] ? std::string::npos : strings[i].find(static_cast<char>(byte));
      if (at == std::string::npos) continue;
      anchored_[byte].push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(at)});
      covered[i] = true;
      --left;
    }
  }
}

}  // namespace copydesk
