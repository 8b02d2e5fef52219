#include "rules/literal_anchors.h"

#include <bit>

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

std::vector<unsigned char> LiteralAnchors::cover(const std::vector<std::string>& strings) {
  // Greedy set cover: take the byte value with the lowest rate per string it
  // would anchor, until every string has an anchor. Each string's byte values
  // are a 256-bit set, made once.
  using ByteSet = std::array<uint64_t, 4>;
  std::vector<ByteSet> sets(strings.size(), ByteSet{});
  for (size_t i = 0; i < strings.size(); ++i) {
    for (char c : strings[i]) {
      const auto b = static_cast<unsigned char>(c);
      sets[i][b / 64] |= uint64_t{1} << (b % 64);
    }
  }
  std::vector<bool> covered(strings.size(), false);
  std::vector<unsigned char> bytes;
  size_t left = strings.size();
  while (left > 0) {
    std::array<size_t, 256> counts{};
    for (size_t i = 0; i < strings.size(); ++i) {
      if (covered[i]) continue;
      for (int w = 0; w < 4; ++w) {
        for (uint64_t bits = sets[i][w]; bits != 0; bits &= bits - 1) ++counts[w * 64 + std::countr_zero(bits)];
      }
    }
    int best = -1;
    for (int b = 0; b < 256; ++b) {
      if (counts[b] == 0) continue;
      if (best < 0 || byte_rate(b) * counts[best] < byte_rate(best) * counts[b]) best = b;
    }
    if (best < 0) break;  // only empty strings are left: nothing to anchor them on
    bytes.push_back(static_cast<unsigned char>(best));
    for (size_t i = 0; i < strings.size(); ++i) {
      if (covered[i] || !((sets[i][best / 64] >> (best % 64)) & 1)) continue;
      covered[i] = true;
      --left;
    }
  }
  return bytes;
}

double LiteralAnchors::hit_rate_of(const std::vector<std::string>& strings) {
  double rate = 0;
  for (unsigned char byte : cover(strings)) rate += byte_rate(byte);
  return rate;
}

LiteralAnchors::LiteralAnchors(const std::vector<std::string>& strings) : bytes_(cover(strings)) {
  std::vector<bool> covered(strings.size(), false);
  for (unsigned char byte : bytes_) {
    hit_rate_ += byte_rate(byte);
    for (size_t i = 0; i < strings.size(); ++i) {
      const size_t at = covered[i] ? std::string::npos : strings[i].find(static_cast<char>(byte));
      if (at == std::string::npos) continue;
      anchored_[byte].push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(at)});
      covered[i] = true;
    }
  }
}

}  // namespace copydesk
