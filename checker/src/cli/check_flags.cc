#include "cli/check_flags.h"

#include <unistd.h>

namespace copydesk::cli {

void add_check_flags(CLI::App& cmd, CheckFlags& flags) {
  CheckOptions& o = flags.options;
  cmd.add_option("paths", o.paths, "Files or folders to check; - reads standard input");
  cmd.add_option("--files-from", o.files_from, "Also check the paths listed in this file, one per line (- for stdin)");
  cmd.add_option("--include", o.sources.include, "Glob of files to check inside folders (repeatable)")->take_all();
  cmd.add_option("--exclude", o.sources.exclude, "Glob of files to skip (repeatable)");
  cmd.add_option("--stdin-filename", o.sources.stdin_filename, "Name to report for standard input");
  cmd.add_option("--encoding", o.encoding, "Input encoding (default: detect; e.g. GB18030, Big5)");
  cmd.add_option("--changed-since", o.changed_since, "Check only the files git reports as changed since this revision");
  cmd.add_flag("--cross-document", o.cross_document,
               "Also report passages shared between the files checked (reprints, pages extracted twice)");
  cmd.add_option("--cross-document-min-chars", o.cross_document_min_chars,
                 "Shortest shared passage for --cross-document, in characters (default 50)");
  cmd.add_option("--config", o.config, "Configuration file (default: the nearest .copydesk.yaml from the working "
                                       "directory up)");
  cmd.add_flag("--no-config", o.no_config, "Ignore any .copydesk.yaml");
  cmd.add_option("--pubdate", o.pubdate, "Publication date of the copy, YYYY-MM-DD (overrides the configuration)");
  cmd.add_option("--today", o.today, "Check as on this day, YYYY-MM-DD (default: the clock); no story is of a later year");
  cmd.add_option("--jobs,-j", o.jobs, "Files checked in parallel (default: one per core); output does not depend on it");
  cmd.add_option("--timings", o.timings_file, "Write the seconds spent in each rule kind and shared analysis to this JSON file");
  add_rule_flags(cmd, flags.rules);
}

void finish_check_flags(CheckFlags& flags) {
  CheckOptions& o = flags.options;
  o.fail_level = *parse_severity(flags.fail_level);
  o.rules_dir = flags.rules.rules_dir;
  o.packs = flags.rules.packs;
  o.lang = flags.rules.lang.empty() ? language_from_locale()
           : flags.rules.lang == "zh" ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
  o.progress = ::isatty(STDERR_FILENO);
}

}  // namespace copydesk::cli
