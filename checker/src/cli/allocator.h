// The memory allocator's settings for the copydesk binary.
#pragma once

namespace copydesk::cli {

// Called first thing in main(), before the rules and documents are loaded.
void configure_allocator();

}  // namespace copydesk::cli
