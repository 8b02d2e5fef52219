#include "report/github_line_hash.h"

#include <array>
#include <cstdint>

#include <fmt/format.h>

namespace copydesk {

std::u16string decode_utf8_like_node(std::string_view bytes) {
  std::u16string out;
  out.reserve(bytes.size());
  auto emit = [&out](char32_t c) {
    if (c > 0xFFFF) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  };
  int needed = 0, seen = 0;
  char32_t code_point = 0;
  unsigned lower = 0x80, upper = 0xBF;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned b = static_cast<unsigned char>(bytes[i]);
    if (needed == 0) {
      if (b <= 0x7F) {
        emit(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        code_point = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        code_point = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        code_point = b & 0x7;
      } else {
        emit(0xFFFD);
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one error; the byte starts afresh.
      needed = seen = 0;
      code_point = 0;
      lower = 0x80;
      upper = 0xBF;
      emit(0xFFFD);
      --i;
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    code_point = (code_point << 6) | (b & 0x3F);
    if (++seen == needed) {
      emit(code_point);
      needed = seen = 0;
      code_point = 0;
    }
  }
  if (needed != 0) emit(0xFFFD);
  return out;
}

void for_each_github_line_hash(std::string_view file_bytes, const std::function<void(int, const std::string&)>& emit) {
  constexpr int kBlockSize = 100;
  constexpr uint64_t kMod = 37;
  constexpr uint32_t kEndOfFile = 65535;
  uint64_t first_mod = 1;
  for (int i = 0; i < kBlockSize; ++i) first_mod *= kMod;  // wraps mod 2^64, as Long does

  std::array<uint32_t, kBlockSize> window{};
  std::array<int, kBlockSize> line_numbers;
  line_numbers.fill(-1);
  uint64_t hash = 0;
  int index = 0;
  int line_number = 0;
  bool line_start = true;
  bool previous_cr = false;
  std::map<uint64_t, int> hash_counts;

  auto output_hash = [&] {
    int count = ++hash_counts[hash];
    emit(line_numbers[index], fmt::format("{:x}:{}", hash, count));
    line_numbers[index] = -1;
  };
  auto update_hash = [&](uint32_t current) {
    uint32_t begin = window[index];
    window[index] = current;
    hash = kMod * hash + current - first_mod * begin;
    index = (index + 1) % kBlockSize;
  };
  auto process = [&](uint32_t current) {
    if (current == ' ' || current == '\t' || (previous_cr && current == '\n')) {
      previous_cr = false;
      return;
    }
    if (current == '\r') {
      current = '\n';
      previous_cr = true;
    } else {
      previous_cr = false;
    }
    if (line_numbers[index] != -1) output_hash();
    if (line_start) {
      line_start = false;
      line_numbers[index] = ++line_number;
    }
    if (current == '\n') line_start = true;
    update_hash(current);
  };

  for (char16_t unit : decode_utf8_like_node(file_bytes)) process(unit);
  process(kEndOfFile);
  for (int i = 0; i < kBlockSize; ++i) {
    if (line_numbers[index] != -1) output_hash();
    update_hash(0);
  }
}

std::map<int, std::string> github_line_hashes(std::string_view file_bytes, const std::set<int>& lines) {
  std::map<int, std::string> out;
  if (lines.empty()) return out;
  for_each_github_line_hash(file_bytes, [&](int line, const std::string& hash) {
    if (lines.count(line)) out[line] = hash;
  });
  return out;
}

std::vector<std::string> github_line_hashes(std::string_view file_bytes) {
  std::vector<std::string> out;
  for_each_github_line_hash(file_bytes, [&](int, const std::string& hash) { out.push_back(hash); });
  return out;
}

}  // namespace copydesk
