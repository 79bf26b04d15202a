// Tables, columns, indexes, statistics and DROP.
#include "parse/build_common.h"

namespace pf::parse::build {

namespace {

// Whether a DEFAULT gives each existing row its own value when the column is added: NEWID() and
// NEWSEQUENTIALID() (SQL Server's documented exceptions to runtime constants), NEXT VALUE FOR a
// sequence, and a user-defined function (schema-qualified), which SQL Server calls per row.
bool default_per_row(ParseTree* expression) {
  std::vector<ParseTree*> stack{expression};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    if (dynamic_cast<Ctx::NextValuePrimaryContext*>(n)) return true;
    if (auto* call = dynamic_cast<Ctx::FunctionCallPrimaryContext*>(n)) {
      if (Ctx::QualifiedNameContext* name = call->functionName()->qualifiedName()) {
        const ast::ObjectName function = object_name(name);
        const std::string last = upper(std::string(function.object()));
        if (function.size() > 1 || last == "NEWID" || last == "NEWSEQUENTIALID") return true;
      }
    }
    for (ParseTree* child : n->children) stack.push_back(child);
  }
  return false;
}

}  // namespace

ast::OnlineOption online_option(ParseTree* with) {
  ast::OnlineOption out;
  if (with == nullptr) return out;
  std::vector<antlr4::Token*> tokens;
  collect_tokens(with, tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string word = upper(tokens[i]->getText());
    if (word == "WAIT_AT_LOW_PRIORITY") out.wait_at_low_priority = true;
    if (word != "ONLINE" || i + 2 >= tokens.size() ||
        tokens[i + 1]->getType() != TSqlLexer::EQUAL) {
      continue;
    }
    out.online = upper(tokens[i + 2]->getText()) == "ON";
    out.range = token_range(tokens[i], tokens[i + 2]);
  }
  return out;
}

namespace {

ast::ConstraintKind constraint_kind(Ctx::ConstraintBodyContext* body) {
  if (auto* key = dynamic_cast<Ctx::KeyConstraintContext*>(body)) {
    return key->PRIMARY() ? ast::ConstraintKind::PrimaryKey : ast::ConstraintKind::Unique;
  }
  if (dynamic_cast<Ctx::CheckConstraintContext*>(body)) return ast::ConstraintKind::Check;
  if (dynamic_cast<Ctx::DefaultConstraintContext*>(body)) return ast::ConstraintKind::Default;
  return ast::ConstraintKind::ForeignKey;
}

// A constraint `CONSTRAINT name body` (`name` may be null).
ast::TableConstraint constraint(Ctx::IdContext* name, Ctx::ConstraintBodyContext* body,
                                ParserRuleContext* whole) {
  ast::TableConstraint out{name ? std::optional<std::string>(id_text(name)) : std::nullopt,
                           constraint_kind(body), range_of(whole)};
  if (auto* d = dynamic_cast<Ctx::DefaultConstraintContext*>(body)) {
    out.non_unicode_default = non_unicode_string(d->expression(), id_text(d->id()));
  }
  return out;
}

ast::TableConstraint table_constraint(Ctx::TableConstraintContext* c) {
  return constraint(c->id(), c->constraintBody(), c);
}

ast::ColumnDefinition column_definition(Ctx::ColumnDefinitionContext* ctx) {
  ast::ColumnDefinition column;
  column.name = identifier(ctx->id(0));
  column.range = range_of(ctx);
  if (ctx->dataType() == nullptr) {
    column.computed = ctx->AS() != nullptr;
    // A typeless `timestamp NOT NULL` states its nullability before any other option.
    if (ctx->NULL_()) column.nullable = ctx->NOT() == nullptr;
  } else {
    column.type = data_type(ctx->dataType());
  }
  for (Ctx::ColumnOptionContext* option : ctx->columnOption()) {
    if (auto* nullability = dynamic_cast<Ctx::ColumnNullabilityContext*>(option)) {
      column.nullable = nullability->NOT() == nullptr;
    } else if (auto* d = dynamic_cast<Ctx::ColumnDefaultContext*>(option)) {
      column.has_default = true;
      column.default_per_row = default_per_row(d->expression());
      column.default_with_values = d->VALUES() != nullptr;
      column.non_unicode_default = non_unicode_string(d->expression(), column.name.value);
    } else if (dynamic_cast<Ctx::ColumnIdentityContext*>(option)) {
      column.identity = true;
    } else if (auto* flag = dynamic_cast<Ctx::ColumnFlagContext*>(option)) {
      if (id_upper(flag->id()) == "PERSISTED") column.persisted = true;
    }
  }
  return column;
}

}  // namespace

void table_elements(const std::vector<Ctx::TableElementContext*>& elements,
                    std::vector<ast::ColumnDefinition>& columns,
                    std::vector<ast::TableConstraint>& constraints) {
  for (Ctx::TableElementContext* element : elements) {
    if (element->columnDefinition()) {
      columns.push_back(column_definition(element->columnDefinition()));
      for (Ctx::ColumnOptionContext* option : element->columnDefinition()->columnOption()) {
        if (auto* c = dynamic_cast<Ctx::ColumnConstraintContext*>(option)) {
          constraints.push_back(constraint(c->id(), c->constraintBody(), c));
        }
        // `c int CONSTRAINT DF_c DEFAULT 0`: a named object like any other constraint (the model
        // lists it; a later DROP CONSTRAINT DF_c names it). Its value stays the column's.
        if (auto* d = dynamic_cast<Ctx::ColumnDefaultContext*>(option); d && d->id()) {
          constraints.push_back(
              ast::TableConstraint{id_text(d->id()), ast::ConstraintKind::Default, range_of(d)});
        }
      }
    } else if (element->tableConstraint()) {
      constraints.push_back(table_constraint(element->tableConstraint()));
    }
  }
}

std::unique_ptr<ast::CreateTable> create_table(Ctx::CreateTableContext* ctx) {
  auto node = std::make_unique<ast::CreateTable>(range_of(ctx));
  node->name = object_name(ctx->qualifiedName());
  table_elements(ctx->tableElement(), node->columns, node->constraints);
  for (Ctx::TableOptionContext* option : ctx->tableOption()) {
    if (option->parenSoup() == nullptr) continue;
    const std::string text = upper(text_of(option->parenSoup()));
    const std::size_t at = text.find("SYSTEM_VERSIONING");
    if (at != std::string::npos && text.find("ON", at) != std::string::npos) {
      node->system_versioned = true;
    }
  }
  return node;
}

std::unique_ptr<ast::DropTable> drop_table(Ctx::DropTableContext* ctx) {
  auto node = std::make_unique<ast::DropTable>(range_of(ctx));
  node->if_exists = ctx->IF() != nullptr;
  for (Ctx::QualifiedNameContext* name : ctx->qualifiedName()) {
    node->tables.push_back(object_name(name));
  }
  return node;
}

namespace {

std::optional<bool> with_check(ParseTree* ctx) {
  if (!has_token(ctx, TSqlLexer::WITH)) return std::nullopt;
  const std::size_t with = token_position(ctx, TSqlLexer::WITH);
  return token_type(ctx->children[with + 1]) == TSqlLexer::CHECK;
}

}  // namespace

std::unique_ptr<ast::AlterTable> alter_table(Ctx::AlterTableContext* ctx) {
  auto node = std::make_unique<ast::AlterTable>(range_of(ctx));
  node->name = object_name(ctx->qualifiedName());
  Ctx::AlterTableActionContext* action = ctx->alterTableAction();
  using Type = ast::AlterTableAction::Type;
  auto make = [&](Type type) {
    ast::AlterTableAction a;
    a.type = type;
    a.range = range_of(action);
    return a;
  };
  if (auto* add = dynamic_cast<Ctx::AlterTableAddContext*>(action)) {
    const std::optional<bool> check = with_check(add);
    for (Ctx::AlterTableAddItemContext* item : add->alterTableAddItem()) {
      ast::AlterTableAction a = make(Type::AddColumn);
      a.range = range_of(item);
      a.with_check = check;
      if (item->columnDefinition()) {
        a.column = column_definition(item->columnDefinition());
      } else if (item->tableConstraint()) {
        a.type = Type::AddConstraint;
        a.constraint = table_constraint(item->tableConstraint());
        if (a.constraint->name) a.names.push_back(*a.constraint->name);
        if (auto* key = dynamic_cast<Ctx::KeyConstraintContext*>(
                item->tableConstraint()->constraintBody())) {
          a.online = online_option(key->indexWith());
        }
      } else if (item->tableIndex()) {
        a.type = Type::AddIndex;
        a.names.push_back(id_text(item->tableIndex()->id(0)));
      } else {
        a.type = Type::AddPeriod;
      }
      node->actions.push_back(std::move(a));
    }
    // `ADD c int NOT NULL, CONSTRAINT DF_c DEFAULT 0 FOR c`: SQL Server adds the column with that
    // default, as if it were written on the column, so existing rows get its value.
    for (Ctx::AlterTableAddItemContext* item : add->alterTableAddItem()) {
      auto* def = item->tableConstraint() == nullptr
                      ? nullptr
                      : dynamic_cast<Ctx::DefaultConstraintContext*>(
                            item->tableConstraint()->constraintBody());
      if (def == nullptr) continue;
      const std::string column = id_text(def->id());
      for (ast::AlterTableAction& a : node->actions) {
        if (a.type != Type::AddColumn || !a.column || a.column->has_default ||
            source::ascii_lower(a.column->name.value) != source::ascii_lower(column)) {
          continue;
        }
        a.column->has_default = true;
        a.column->default_per_row = default_per_row(def->expression());
        a.column->default_with_values = def->VALUES() != nullptr;
      }
    }
  } else if (auto* alter = dynamic_cast<Ctx::AlterTableAlterColumnContext*>(action)) {
    ast::AlterTableAction a = make(Type::AlterColumn);
    ast::ColumnDefinition column;
    column.name = identifier(alter->id(0));
    column.range = range_of(alter);
    if (alter->dataType()) column.type = data_type(alter->dataType());
    if (!alter->NULL_().empty()) column.nullable = alter->NOT().empty();
    a.names.push_back(column.name.value);
    a.column = std::move(column);
    for (Ctx::ParenSoupContext* with : children_of<Ctx::ParenSoupContext>(alter)) {
      const ast::OnlineOption online = online_option(with);
      if (online.online) a.online = online;
    }
    node->actions.push_back(std::move(a));
  } else if (auto* drop = dynamic_cast<Ctx::AlterTableDropContext*>(action)) {
    // `DROP COLUMN a, b` drops two columns; a bare name after DROP is a constraint.
    Type current = Type::DropConstraint;
    for (Ctx::AlterTableDropItemContext* item : drop->alterTableDropItem()) {
      if (item->COLUMN()) current = Type::DropColumn;
      if (item->CONSTRAINT()) current = Type::DropConstraint;
      if (item->INDEX()) current = Type::DropIndex;
      ast::AlterTableAction a = make(current);
      a.range = range_of(item);
      if (item->FOR()) {
        a.type = Type::DropPeriod;
      } else {
        a.names.push_back(id_text(item->id(0)));
      }
      a.if_exists = item->IF() != nullptr;
      node->actions.push_back(std::move(a));
    }
  } else if (auto* check = dynamic_cast<Ctx::AlterTableCheckContext*>(action)) {
    const std::size_t constraint = token_position(check, TSqlLexer::CONSTRAINT);
    const bool enable = token_type(check->children[constraint - 1]) == TSqlLexer::CHECK;
    ast::AlterTableAction a = make(enable ? Type::CheckConstraint : Type::NocheckConstraint);
    a.with_check = with_check(check);
    a.all = check->ALL() != nullptr;
    if (check->idList()) {
      for (Ctx::IdContext* id : check->idList()->id()) a.names.push_back(id_text(id));
    }
    node->actions.push_back(std::move(a));
  } else if (auto* trigger = dynamic_cast<Ctx::AlterTableTriggerContext*>(action)) {
    ast::AlterTableAction a = make(trigger->ENABLE() ? Type::EnableTrigger : Type::DisableTrigger);
    a.all = trigger->ALL() != nullptr;
    if (trigger->idList()) {
      for (Ctx::IdContext* id : trigger->idList()->id()) a.names.push_back(id_text(id));
    }
    node->actions.push_back(std::move(a));
  } else if (auto* sw = dynamic_cast<Ctx::AlterTableSwitchContext*>(action)) {
    ast::AlterTableAction a = make(Type::Switch);
    a.switch_target = object_name(sw->qualifiedName());
    node->actions.push_back(std::move(a));
  } else if (dynamic_cast<Ctx::AlterTableSetContext*>(action)) {
    node->actions.push_back(make(Type::Set));
  } else if (dynamic_cast<Ctx::AlterTableRebuildContext*>(action) ||
             dynamic_cast<Ctx::AlterTableAlterIndexContext*>(action) ||
             dynamic_cast<Ctx::AlterTableRangeContext*>(action)) {
    // ALTER INDEX ... REBUILD and MERGE / SPLIT RANGE maintain the table's storage as REBUILD does.
    ast::AlterTableAction a = make(Type::Rebuild);
    a.online = online_option(first_child<Ctx::ParenSoupContext>(action));
    node->actions.push_back(std::move(a));
  } else {
    node->actions.push_back(make(Type::ChangeTracking));
  }
  return node;
}

std::unique_ptr<ast::CreateIndex> create_index(Ctx::CreateIndexContext* ctx) {
  auto node = std::make_unique<ast::CreateIndex>(range_of(ctx));
  node->name = id_text(ctx->id());
  node->table = object_name(ctx->qualifiedName());
  node->unique = ctx->UNIQUE().size() > 0;
  if (!ctx->CLUSTERED().empty()) node->clustered = true;
  if (!ctx->NONCLUSTERED().empty()) node->clustered = false;
  for (TerminalNode* word : ctx->ID()) {
    if (upper(word->getText()) == "COLUMNSTORE") node->columnstore = true;
  }
  for (Ctx::IndexColumnContext* column : ctx->indexColumn()) {
    node->columns.push_back(id_text(column->id()));
  }
  if (ctx->idList()) {
    for (Ctx::IdContext* id : ctx->idList()->id()) node->included.push_back(id_text(id));
  }
  node->filtered = ctx->WHERE() != nullptr;
  for (Ctx::IndexTailContext* tail : ctx->indexTail()) {
    if (tail->indexWith()) node->online = online_option(tail->indexWith());
  }
  return node;
}

std::unique_ptr<ast::AlterIndex> alter_index(Ctx::AlterIndexContext* ctx) {
  auto node = std::make_unique<ast::AlterIndex>(range_of(ctx));
  node->table = object_name(ctx->qualifiedName());
  node->all = token_type(ctx->children[2]) == TSqlLexer::ALL;
  std::vector<Ctx::IdContext*> ids = ctx->id();
  std::size_t next = 0;
  if (!node->all) node->name = id_text(ids[next++]);
  if (ctx->DISABLE()) {
    node->action = "DISABLE";
  } else if (ctx->FOR()) {
    node->action = "FOR";  // a selective XML index's paths
  } else if (ctx->SET()) {
    node->action = "SET";
  } else if (next < ids.size()) {
    node->action = id_upper(ids[next]);
  }
  node->online = online_option(first_child<Ctx::ParenSoupContext>(ctx));
  return node;
}

std::string words_upper(ParserRuleContext* ctx) {
  std::vector<antlr4::Token*> tokens;
  collect_tokens(ctx, tokens);
  std::string out;
  for (antlr4::Token* t : tokens) {
    if (!out.empty()) out += ' ';
    out += upper(t->getText());
  }
  return out;
}

std::unique_ptr<ast::Drop> drop_index(Ctx::DropIndexContext* ctx) {
  auto node = std::make_unique<ast::Drop>(range_of(ctx));
  node->object_type = "INDEX";
  node->if_exists = ctx->IF() != nullptr;
  for (Ctx::DropIndexItemContext* item : ctx->dropIndexItem()) {
    ast::DropTarget target;
    target.name = object_name(item->qualifiedName(0));
    if (item->qualifiedName().size() > 1) target.table = object_name(item->qualifiedName(1));
    node->targets.push_back(std::move(target));
  }
  return node;
}

std::unique_ptr<ast::Drop> drop_object(Ctx::DropObjectContext* ctx) {
  auto node = std::make_unique<ast::Drop>(range_of(ctx));
  node->if_exists = ctx->IF() != nullptr;
  if (ctx->dropObjectType() == nullptr) {
    // DROP MASTER KEY, DROP DATABASE ENCRYPTION KEY (no name), DROP FULLTEXT INDEX ON t (the
    // table).
    std::vector<antlr4::Token*> tokens;
    collect_tokens(ctx, tokens);
    for (std::size_t i = 1; i < tokens.size() && tokens[i]->getType() != TSqlLexer::ON; ++i) {
      if (!node->object_type.empty()) node->object_type += ' ';
      node->object_type += upper(tokens[i]->getText());
    }
    if (Ctx::QualifiedNameContext* table = ctx->qualifiedName(0)) {
      node->targets.push_back(ast::DropTarget{object_name(table), std::nullopt});
    }
    return node;
  }
  node->object_type = words_upper(ctx->dropObjectType());
  for (ParseTree* child : ctx->children) {
    if (token_type(child) == TSqlLexer::ON) break;
    if (auto* name = dynamic_cast<Ctx::QualifiedNameContext*>(child)) {
      node->targets.push_back(ast::DropTarget{object_name(name), std::nullopt});
    }
  }
  return node;
}

ast::StatementPtr create_statistics(Ctx::CreateStatisticsContext* s) {
  auto node = std::make_unique<ast::CreateStatistics>(range_of(s));
  node->name = id_text(s->id());
  node->table = object_name(s->qualifiedName());
  return node;
}

ast::StatementPtr update_statistics(Ctx::UpdateStatisticsContext* s) {
  auto node = std::make_unique<ast::UpdateStatistics>(range_of(s));
  node->table = object_name(s->qualifiedName());
  return node;
}

}  // namespace pf::parse::build
