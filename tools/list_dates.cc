// Prints the dates the checker finds in files (development aid until the
// `copydesk extract` command lands): list_dates [--pubdate YYYY-MM-DD] FILE...
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/document.h"
#include "driver/date_listing.h"

int main(int argc, char** argv) {
  std::string pubdate;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--pubdate" && i + 1 < argc) {
      pubdate = argv[++i];
      continue;
    }
    std::ifstream in(arg);
    std::stringstream buf;
    buf << in.rdbuf();
    copydesk::Document doc(arg, buf.str());
    doc.set_pubdate(pubdate);
    copydesk::print_dates(doc, std::cout);
  }
  return 0;
}
