#include <catch2/catch.hpp>

#include "rules/engine.h"

namespace copydesk {

TEST_CASE("format_message fills named fields and keeps fmt's behaviour otherwise", "[rules][engine]") {
  const MessageArgs args = {{"text", "摄摄"}, {"count", "3"}, {"text", "second"}};
  CHECK(format_message("Doubled “{text}”: keep one.", args) == "Doubled “摄摄”: keep one.");
  CHECK(format_message("{text}{count}{text}", args) == "摄摄3摄摄");  // the first of equal names
  CHECK(format_message("no fields", args) == "no fields");
  CHECK(format_message("", args).empty());
  // fmt's own syntax still works: escaped braces, format specs.
  CHECK(format_message("{{literal}} {count}", args) == "{literal} 3");
  CHECK(format_message("[{count:>3}]", args) == "[  3]");
  // A field the kind did not give, or a malformed template, leaves the template as is.
  CHECK(format_message("missing {word}", args) == "missing {word}");
  CHECK(format_message("open {text", args) == "open {text");
  CHECK(format_message("stray } brace", args) == "stray } brace");
  CHECK(format_message("empty {}", args) == "empty 摄摄");  // fmt: named arguments are positional too
  CHECK(format_message("{1x}", args) == "{1x}");
}

}  // namespace copydesk
