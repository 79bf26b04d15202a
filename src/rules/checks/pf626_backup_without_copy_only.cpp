// PF626 backup-without-copy-only: docs, rationale and examples in
// rules/PF626-backup-without-copy-only.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace pf::rules {
namespace {

bool has_word(const ast::OtherStatement& s, std::string_view word) {
  return std::find(s.words.begin(), s.words.end(), word) != s.words.end();
}

class BackupWithoutCopyOnlyRule final : public Rule {
 public:
  void on(const ast::OtherStatement& s, RuleContext& ctx) const override {
    const bool log = s.verb == "BACKUP LOG";
    if (!log && s.verb != "BACKUP DATABASE") return;
    // A differential takes no new base, so COPY_ONLY changes nothing for it.
    if (has_word(s, "COPY_ONLY") || has_word(s, "DIFFERENTIAL")) return;
    ctx.report(s.range, s.name,
               log ? fmt::format(FMT_STRING("BACKUP LOG {} without COPY_ONLY truncates the log: "
                                            "the DBA's next restore needs this backup file too"),
                                 s.name)
                   : fmt::format(FMT_STRING("BACKUP DATABASE {} without COPY_ONLY becomes the "
                                            "base of the DBA's next differential backups"),
                                 s.name));
  }
};

}  // namespace

std::unique_ptr<const Rule> make_backup_without_copy_only_rule() {
  return std::make_unique<BackupWithoutCopyOnlyRule>();
}

}  // namespace pf::rules
