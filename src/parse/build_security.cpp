// Permissions, principals, roles and impersonation.
#include "parse/build_common.h"

namespace pf::parse::build {

std::unique_ptr<ast::Permission> permission(Ctx::PermissionStatementContext* ctx) {
  const std::size_t first = token_type(ctx->children[0]);
  const auto action = first == TSqlLexer::GRANT  ? ast::Permission::Action::Grant
                      : first == TSqlLexer::DENY ? ast::Permission::Action::Deny
                                                 : ast::Permission::Action::Revoke;
  auto node = std::make_unique<ast::Permission>(range_of(ctx), action);
  for (Ctx::PermissionContext* p : ctx->permission()) {
    std::string words;
    for (Ctx::PermissionWordContext* w : p->permissionWord()) {
      if (!words.empty()) words += ' ';
      words += upper(w->getText());
    }
    node->permissions.push_back(std::move(words));
    node->permission_ranges.push_back(range_of(p));
  }
  if (Ctx::PermissionOnContext* on = ctx->permissionOn()) {
    if (on->permissionClass()) node->object_class = words_upper(on->permissionClass());
    node->on = object_name(on->qualifiedName());
  }
  for (Ctx::PrincipalContext* p : ctx->principal()) {
    node->principals.push_back(p->id() ? id_text(p->id()) : p->getText());
  }
  node->with_grant_option = action != ast::Permission::Action::Revoke && ctx->OPTION() != nullptr;
  if (node->with_grant_option) {
    // WITH GRANT OPTION: the three tokens up to OPTION.
    const std::size_t option = token_position(ctx, TSqlLexer::OPTION);
    node->grant_option_range =
        token_range(dynamic_cast<TerminalNode*>(ctx->children[option - 2])->getSymbol(),
                    ctx->OPTION()->getSymbol());
  }
  node->cascade = ctx->CASCADE() != nullptr;
  return node;
}

ast::StatementPtr execute_as_statement(Ctx::ExecuteAsStatementContext* s) {
  auto node = std::make_unique<ast::ExecuteAs>(range_of(s));
  node->principal_type = upper(s->children[2]->getText());
  if (s->STRING()) {
    node->principal = string_value(s->STRING()->getSymbol());
    node->principal_range = token_range(s->STRING()->getSymbol(), s->STRING()->getSymbol());
  }
  return node;
}

ast::StatementPtr setuser_statement(Ctx::SetuserStatementContext* s) {
  auto node = verb_statement(s);
  if (s->STRING()) {
    node->name = string_value(s->STRING()->getSymbol());
  } else if (s->LOCAL_ID()) {
    node->name = s->LOCAL_ID()->getText();
  }
  return node;
}

ast::StatementPtr revert_statement(Ctx::RevertStatementContext* s) {
  return std::make_unique<ast::Revert>(range_of(s));
}

ast::StatementPtr alter_authorization(Ctx::AlterAuthorizationContext* s) {
  auto node = std::make_unique<ast::AlterAuthorization>(range_of(s));
  if (s->permissionClass()) node->object_class = words_upper(s->permissionClass());
  node->on = object_name(s->qualifiedName());
  node->principal = id_text(s->id());
  return node;
}

ast::StatementPtr create_principal(Ctx::CreatePrincipalContext* s) {
  auto node = std::make_unique<ast::CreatePrincipal>(range_of(s));
  node->principal_type = upper(s->children[1]->getText());
  node->name = id_text(s->id());
  add_secret_literals(s, node->secrets);
  return node;
}

ast::StatementPtr alter_principal(Ctx::AlterPrincipalContext* s) {
  auto node = std::make_unique<ast::AlterPrincipal>(range_of(s));
  node->principal_type = upper(s->children[1]->getText());
  node->name = id_text(s->id(0));
  node->name_range = range_of(s->id(0));
  node->enable = s->ENABLE() != nullptr;
  add_secret_literals(s, node->secrets);
  return node;
}

ast::StatementPtr alter_role(Ctx::AlterRoleContext* s) {
  auto node = std::make_unique<ast::AlterRole>(range_of(s));
  node->server_role = s->ID() != nullptr;
  std::vector<Ctx::IdContext*> ids = s->id();
  node->role = id_text(ids[0]);
  if (s->ADD()) node->added_member = id_text(ids.back());
  if (s->DROP()) node->dropped_member = id_text(ids.back());
  return node;
}

}  // namespace pf::parse::build
