// Why the binary brings its own allocator settings.
//
// A check allocates a document's analyses in phases (the text, its structure,
// numbers, dates, the findings), tens of megabytes for a large page. On a
// virtual machine each fresh 4 KB page costs microseconds to fault in: on the
// 10 MB benchmark corpus, 12,600 page faults were a fifth of the run. The
// binary links mimalloc (Debian's libmimalloc2.0), which then serves every
// malloc and new of the process, and asks it for large OS pages: its memory
// comes in 2 MB transparent huge pages where the kernel allows them (THP in
// "madvise" mode is enough), a few hundred faults for the same run. Without
// mimalloc (a sanitizer build, or the package missing), glibc's malloc keeps
// the memory it frees for the next analysis instead of returning it.
#include "cli/allocator.h"

#ifdef COPYDESK_WITH_MIMALLOC
#include <mimalloc.h>
#else
#include <malloc.h>
#endif

namespace copydesk::cli {

#ifdef COPYDESK_WITH_MIMALLOC

namespace {

void enable_large_os_pages() { mi_option_enable(mi_option_large_os_pages); }

// mimalloc applies the option to the memory it maps after it is set, and the
// libraries' constructors allocate before main() starts: functions in
// .preinit_array run before any of them (an ELF executable's first code).
[[gnu::used, gnu::section(".preinit_array")]] void (*const kEnableLargeOsPages)() = enable_large_os_pages;

}  // namespace

void configure_allocator() {}

#else

void configure_allocator() {
  // Blocks up to 32 MB (glibc's limit) come from the heap, which is not trimmed.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
}

#endif

}  // namespace copydesk::cli
