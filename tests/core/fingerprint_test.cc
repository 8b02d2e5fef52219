#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/fingerprint.h"

namespace copydesk {
namespace {

// The fingerprint of a finding of `rule` over bytes [begin, end) of `text`.
std::string fingerprint_of(const std::string& text, size_t begin, size_t end) {
  Finding f;
  f.rule_id = "zh-Hans.test";
  f.location.path = "a.txt";
  f.location.span = {begin, end};
  std::vector<Finding> findings{f};
  assign_fingerprints(findings, text);
  return findings[0].fingerprint;
}

std::string hash_part(const std::string& fingerprint) { return fingerprint.substr(0, fingerprint.find(':')); }

}  // namespace

TEST_CASE("fingerprints ignore white space in the evidence, and the middle of long spans",
          "[core][fingerprint]") {
  const std::string plain = "前文前文甲乙丙丁戊己后文后文";
  const std::string spaced = "前文前文甲 乙\n丙丁\u3000戊 己后文后文";
  const size_t begin = plain.find("甲"), end = plain.find("后");
  const size_t spaced_begin = spaced.find("甲"), spaced_end = spaced.find("后");
  CHECK(hash_part(fingerprint_of(plain, begin, end)) == hash_part(fingerprint_of(spaced, spaced_begin, spaced_end)));
  CHECK(hash_part(fingerprint_of(plain, begin, end)) != hash_part(fingerprint_of(plain, begin, end - 3)));
  CHECK(fingerprint_of(plain, begin, end).size() == 18);  // sixteen hex digits, ':' and the occurrence

  // A span of more than 72 characters is identified by 24 at each end; spaces
  // between the kept characters are left out wherever they fall.
  std::string long_text = "前文前文", edited;
  for (int i = 0; i < 100; ++i) long_text += (i % 10 == 9) ? " 字" : "字";
  long_text += "后文后文";
  edited = long_text;
  const size_t middle = edited.find("字", edited.size() / 2);
  edited.replace(middle, 3, "改");
  const size_t long_begin = long_text.find("字"), long_end = long_text.rfind("后文后文");
  CHECK(hash_part(fingerprint_of(long_text, long_begin, long_end)) ==
        hash_part(fingerprint_of(edited, long_begin, long_end)));
  std::string edited_head = long_text;
  edited_head.replace(long_text.find("字", long_begin + 3 * 20), 3, "改");
  CHECK(hash_part(fingerprint_of(long_text, long_begin, long_end)) !=
        hash_part(fingerprint_of(edited_head, long_begin, long_end)));
}

}  // namespace copydesk
