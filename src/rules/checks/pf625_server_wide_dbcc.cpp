// PF625 server-wide-dbcc: docs, rationale and examples in rules/PF625-server-wide-dbcc.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace pf::rules {
namespace {

class ServerWideDbccRule final : public Rule {
 public:
  void on(const ast::Dbcc& s, RuleContext& ctx) const override {
    const std::string& c = s.command;
    if (c == "FREEPROCCACHE" || c == "FREESYSTEMCACHE" || c == "FREESESSIONCACHE") {
      // FREEPROCCACHE (0x…), a plan or SQL handle, removes that one plan; ('pool') empties a
      // resource pool's plans, which is still most of the server.
      if (c == "FREEPROCCACHE" && s.binary_argument) return;
      ctx.report(s.range, "",
                 fmt::format(FMT_STRING("DBCC {} empties a cache of the whole server: every "
                                        "database's queries compile again"),
                             c));
    } else if (c == "DROPCLEANBUFFERS") {
      ctx.report(s.range, "",
                 "DBCC DROPCLEANBUFFERS empties the buffer pool of the whole server: every "
                 "database reads its data from disk again");
    } else if (c == "TRACEON" || c == "TRACEOFF") {
      // `-1` makes the flag global; without it the flag lasts for this session only.
      if (std::find(s.numbers.begin(), s.numbers.end(), "-1") == s.numbers.end()) return;
      ctx.report(s.range, "",
                 fmt::format(FMT_STRING("DBCC {} with -1 switches a trace flag for the whole "
                                        "server, every session of every database"),
                             c));
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_server_wide_dbcc_rule() {
  return std::make_unique<ServerWideDbccRule>();
}

}  // namespace pf::rules
