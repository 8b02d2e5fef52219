// English headline amounts of money that the body gives otherwise. Used by
// numeric-inconsistency (option headline_amounts).
//
//   Idaho county asks voters for $62 million to replace crowded jail
//   … will decide whether to borrow $58 million to build a new county jail
//
// A headline amount ($, £ or €) is contradicted when the body never gives it
// (rounded as the headline writes it: $60 million stands for 55 to 65), gives
// no rough amount for the same thing (about $60 million settles nothing), no
// two of its amounts add up to it (a headline may sum the body's parts), and
// an exact body amount within a factor of two of it names the same thing: a
// word of four letters or more that is not a function word in the six words
// after both figures (jail, budget, contract).
#pragma once

#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace copydesk {

struct NumberMention;

struct ContradictedAmount {
  const NumberMention* headline;
  const NumberMention* body;
};

// `ms`: the number mentions of one article, in order; `in_headline(offset)`
// tells whether a byte of the text is in one of its headlines.
std::vector<ContradictedAmount> find_contradicted_headline_amounts(std::string_view text,
                                                                   std::span<const NumberMention> ms,
                                                                   const std::function<bool(size_t)>& in_headline);

}  // namespace copydesk
