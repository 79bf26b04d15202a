// Other schema objects and databases: schemas, types, sequences, synonyms, partitions, triggers
// toggled, database options.
#include "parse/build_common.h"

namespace pf::parse::build {

ast::StatementPtr create_schema(Ctx::CreateSchemaContext* s) {
  auto node = std::make_unique<ast::CreateSchema>(range_of(s));
  node->name = id_text(s->id(0));
  if (s->id().size() > 1) node->owner = id_text(s->id(1));
  return node;
}

ast::StatementPtr create_type(Ctx::CreateTypeContext* s) {
  auto node = std::make_unique<ast::CreateType>(range_of(s));
  node->name = object_name(s->qualifiedName(0));
  node->is_table = s->TABLE() != nullptr;
  if (s->dataType()) node->base_type = data_type(s->dataType());
  std::vector<ast::TableConstraint> ignored;
  table_elements(s->tableElement(), node->columns, ignored);
  return node;
}

ast::StatementPtr sequence_statement(Ctx::SequenceStatementContext* s) {
  auto node = std::make_unique<ast::Sequence>(range_of(s));
  node->name = object_name(s->qualifiedName());
  node->is_alter = s->ALTER() != nullptr;
  return node;
}

ast::StatementPtr create_synonym(Ctx::CreateSynonymContext* s) {
  auto node = std::make_unique<ast::CreateSynonym>(range_of(s));
  node->name = object_name(s->qualifiedName(0));
  node->target = object_name(s->qualifiedName(1));
  return node;
}

ast::StatementPtr partition_statement(Ctx::PartitionStatementContext* s) {
  auto node = std::make_unique<ast::PartitionObject>(range_of(s));
  node->is_alter = s->ALTER() != nullptr;
  node->is_scheme = s->FUNCTION() == nullptr;
  node->name = id_text(s->id(0));
  if (node->is_alter && !node->is_scheme) {
    const std::size_t action = token_position(s, TSqlLexer::RPAREN) + 1;
    if (action < s->children.size()) {
      ParseTree* word = s->children[action];
      node->action = upper(word->getText());
      auto* terminal = dynamic_cast<TerminalNode*>(word);
      const antlr4::Token* first = terminal != nullptr
                                       ? terminal->getSymbol()
                                       : static_cast<ParserRuleContext*>(word)->getStart();
      node->action_range = token_range(first, s->getStop());
    }
  }
  return node;
}

ast::StatementPtr trigger_toggle(Ctx::TriggerToggleContext* s) {
  auto node = std::make_unique<ast::TriggerToggle>(range_of(s));
  node->enable = s->ENABLE() != nullptr;
  node->all = token_type(s->children[2]) == TSqlLexer::ALL;
  const std::size_t on = token_position(s, TSqlLexer::ON);
  for (std::size_t i = 0; i < s->children.size(); ++i) {
    auto* name = dynamic_cast<Ctx::QualifiedNameContext*>(s->children[i]);
    if (name == nullptr) continue;
    if (i < on) {
      node->triggers.push_back(object_name(name));
    } else {
      node->scope = object_name(name).display();
    }
  }
  if (s->DATABASE()) node->scope = "DATABASE";
  if (node->scope.empty()) node->scope = "ALL SERVER";
  return node;
}

ast::StatementPtr create_database(Ctx::CreateDatabaseContext* s) {
  auto node = std::make_unique<ast::CreateDatabase>(range_of(s));
  node->name = id_text(s->id());
  node->file_paths = file_paths(s);
  add_secret_literals(s, node->secrets);
  return node;
}

namespace {

std::vector<ast::DatabaseOption> database_set_options(Ctx::AlterDatabaseContext* ctx) {
  std::vector<ast::DatabaseOption> out;
  if (ctx->SET() == nullptr) return out;
  const std::size_t set = token_position(ctx, TSqlLexer::SET);
  std::vector<ParseTree*> items(ctx->children.begin() + static_cast<long>(set) + 1,
                                ctx->children.end());
  // `name [=] value [(...)]`, separated by commas, until WITH (termination options).
  std::size_t i = 0;
  auto token_at = [&](std::size_t k) -> antlr4::Token* {
    if (k >= items.size()) return nullptr;
    if (auto* terminal = dynamic_cast<TerminalNode*>(items[k])) return terminal->getSymbol();
    auto* item = dynamic_cast<ParserRuleContext*>(items[k]);
    if (item == nullptr || first_child<Ctx::ParenSoupContext>(item) != nullptr) return nullptr;
    return item->getStart();
  };
  while (i < items.size()) {
    antlr4::Token* name = token_at(i);
    if (name == nullptr) {
      ++i;
      continue;
    }
    if (name->getType() == TSqlLexer::WITH) break;
    if (name->getType() == TSqlLexer::COMMA) {
      ++i;
      continue;
    }
    ast::DatabaseOption option;
    option.name = upper(identifier_text(name));
    antlr4::Token* last = name;
    ++i;
    if (antlr4::Token* t = token_at(i); t != nullptr && t->getType() == TSqlLexer::EQUAL) ++i;
    if (antlr4::Token* t = token_at(i);
        t != nullptr && t->getType() != TSqlLexer::COMMA && t->getType() != TSqlLexer::WITH) {
      option.value = t->getType() == TSqlLexer::STRING ? t->getText() : upper(t->getText());
      last = t;
      ++i;
    }
    option.range = token_range(name, last);
    out.push_back(std::move(option));
    while (i < items.size()) {
      antlr4::Token* t = token_at(i);
      if (t != nullptr && (t->getType() == TSqlLexer::COMMA || t->getType() == TSqlLexer::WITH)) {
        break;
      }
      ++i;
    }
  }
  return out;
}

}  // namespace

ast::StatementPtr alter_database(Ctx::AlterDatabaseContext* s) {
  auto node = std::make_unique<ast::AlterDatabase>(range_of(s));
  node->name = s->CURRENT() ? std::string("CURRENT") : id_text(s->id());
  node->set_options = database_set_options(s);
  node->file_paths = file_paths(s);
  add_secret_literals(s, node->secrets);
  return node;
}

}  // namespace pf::parse::build
