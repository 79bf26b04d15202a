// PF627 sql-agent-job: docs, rationale and examples in rules/PF627-sql-agent-job.yaml.
#include "rules/rule.h"

#include <fmt/format.h>

#include <memory>
#include <string_view>

namespace pf::rules {
namespace {

// The msdb procedures that create, change, remove or run SQL Server Agent jobs, schedules,
// alerts and operators. Reading them (sp_help_job, ...) changes nothing.
constexpr std::string_view kAgentProcedures[] = {"sp_add_job",
                                                 "sp_update_job",
                                                 "sp_delete_job",
                                                 "sp_start_job",
                                                 "sp_stop_job",
                                                 "sp_add_jobstep",
                                                 "sp_update_jobstep",
                                                 "sp_delete_jobstep",
                                                 "sp_add_jobschedule",
                                                 "sp_update_jobschedule",
                                                 "sp_delete_jobschedule",
                                                 "sp_add_schedule",
                                                 "sp_update_schedule",
                                                 "sp_delete_schedule",
                                                 "sp_attach_schedule",
                                                 "sp_detach_schedule",
                                                 "sp_add_jobserver",
                                                 "sp_delete_jobserver",
                                                 "sp_add_alert",
                                                 "sp_update_alert",
                                                 "sp_delete_alert",
                                                 "sp_add_operator",
                                                 "sp_update_operator",
                                                 "sp_delete_operator",
                                                 "sp_add_notification",
                                                 "sp_update_notification",
                                                 "sp_delete_notification",
                                                 "sp_add_category",
                                                 "sp_update_category",
                                                 "sp_delete_category",
                                                 "sp_add_proxy",
                                                 "sp_update_proxy",
                                                 "sp_delete_proxy",
                                                 "sp_grant_proxy_to_subsystem",
                                                 "sp_grant_login_to_proxy"};

class SqlAgentJobRule final : public Rule {
 public:
  void on(const ast::Execute& s, RuleContext& ctx) const override {
    for (std::string_view procedure : kAgentProcedures) {
      if (!calls_procedure(s, procedure)) continue;
      const bool runs = procedure == "sp_start_job";
      ctx.report(s.range, s.procedure->display(),
                 runs ? fmt::format(FMT_STRING("{} starts a SQL Server Agent job: it runs on the "
                                               "server after this statement returns, unchecked"),
                                    procedure)
                      : fmt::format(FMT_STRING("{} changes SQL Server Agent in msdb, a server "
                                               "object outside this database"),
                                    procedure));
      return;
    }
  }
};

}  // namespace

std::unique_ptr<const Rule> make_sql_agent_job_rule() {
  return std::make_unique<SqlAgentJobRule>();
}

}  // namespace pf::rules
