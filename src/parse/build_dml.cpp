// Queries and data changes, with the constant conditions that decide whether a change is limited.
#include "parse/build_common.h"
#include "source/source.h"

#include <cmath>
#include <cstdlib>

namespace pf::parse::build {

namespace {

Ctx::QuerySpecificationContext* first_query(Ctx::QueryExpressionContext* expression) {
  Ctx::QueryTermContext* term = expression->queryTerm(0);
  while (term->querySpecification() == nullptr) term = term->queryExpression()->queryTerm(0);
  return term->querySpecification();
}

// `*` and `t.*` in the select lists of every query of `expression` (UNION branches and their
// parentheses), not in subqueries.
void star_columns(Ctx::QueryExpressionContext* expression, ast::RareList<ast::SourceRange>& out) {
  for (Ctx::QueryTermContext* term : expression->queryTerm()) {
    if (Ctx::QueryExpressionContext* inner = term->queryExpression()) {
      star_columns(inner, out);
      continue;
    }
    for (Ctx::SelectItemContext* item : term->querySpecification()->selectItem()) {
      if (item->STAR() != nullptr) out.push_back(range_of(item));
    }
  }
}

}  // namespace

std::unique_ptr<ast::Select> select(Ctx::SelectStatementContext* ctx, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Select>(range_of(whole));
  // Only the first query of a UNION may have INTO.
  if (Ctx::QuerySpecificationContext* spec = first_query(ctx->queryExpression()); spec->INTO()) {
    node->into = object_name(spec->qualifiedName());
  }
  star_columns(ctx->queryExpression(), node->star_columns);
  node->has_cte = whole != ctx;
  node->table_references = collect_table_references(whole);
  return node;
}

namespace {

std::unique_ptr<ast::Insert> insert(Ctx::InsertStatementContext* c, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Insert>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->has_output = c->outputClause() != nullptr;
  const std::vector<Ctx::QualifiedNameContext*> columns = c->qualifiedName();
  node->has_column_list = !columns.empty();
  for (Ctx::ValuesRowContext* row : c->valuesRow()) {
    const std::vector<Ctx::ValueItemContext*> items = row->valueItem();
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto s = non_unicode_string(items[i]->expression(), std::string());
      if (s && i < columns.size()) s->column = std::string(object_name(columns[i]).object());
      if (s) node->non_unicode_values.push_back(std::move(*s));
    }
  }
  if (c->selectStatement() || c->cteSelect()) {
    node->source = ast::Insert::Source::Select;
  } else if (c->executeStatement()) {
    node->source = ast::Insert::Source::Execute;
  } else if (c->DEFAULT()) {
    node->source = ast::Insert::Source::DefaultValues;
  }
  return node;
}

// ---------------------------------------------------------------- constant conditions

// What a condition is for every row: certainly TRUE, certainly FALSE, certainly UNKNOWN (NULL), or
// something that depends on the row (Varies). Only literals are folded; anything Preflight cannot
// evaluate varies, so a condition is never taken for constant by mistake the other way round.
enum class Truth { True, False, Null, Varies };

Truth truth_not(Truth t) {
  if (t == Truth::True) return Truth::False;
  if (t == Truth::False) return Truth::True;
  return t;
}

// SQL's three-valued AND and OR: FALSE AND anything is FALSE, TRUE OR anything is TRUE.
Truth truth_and(Truth a, Truth b) {
  if (a == Truth::False || b == Truth::False) return Truth::False;
  if (a == Truth::Varies || b == Truth::Varies) return Truth::Varies;
  if (a == Truth::Null || b == Truth::Null) return Truth::Null;
  return Truth::True;
}

Truth truth_or(Truth a, Truth b) {
  if (a == Truth::True || b == Truth::True) return Truth::True;
  if (a == Truth::Varies || b == Truth::Varies) return Truth::Varies;
  if (a == Truth::Null || b == Truth::Null) return Truth::Null;
  return Truth::False;
}

Truth truth_of(bool b) { return b ? Truth::True : Truth::False; }

// A literal value, folded: numbers (integer arithmetic for integers, as SQL Server does: 3 / 2 is
// 1), strings, NULL.
struct Constant {
  enum class Type { Number, String, Binary, Null };
  Type type = Type::Null;
  long double number = 0;
  bool integer = false;
  std::string text;
};

std::optional<Constant> constant_value(Ctx::ScalarExpressionContext* ctx);

Truth truth(Ctx::ExpressionContext* ctx);

// The single expression inside `( ... )`, or null for a row constructor, a method call or
// anything else.
Ctx::ExpressionContext* parenthesized(Ctx::PrimaryContext* primary) {
  auto* paren = dynamic_cast<Ctx::ParenthesizedPrimaryContext*>(primary);
  if (paren == nullptr || paren->expression().size() != 1 || paren->children.size() != 3) {
    return nullptr;
  }
  return paren->expression(0);
}

// The scalar of a predicate that is only a scalar expression (`(1)` in `(1) = 1`), else null.
Ctx::ScalarExpressionContext* bare_scalar(Ctx::ExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PredicateExpressionContext*>(ctx);
  if (p == nullptr) return nullptr;
  Ctx::PredicateContext* predicate = p->predicate();
  if (predicate->children.size() != 1) return nullptr;
  return predicate->scalarExpression(0);
}

std::optional<Constant> constant_value(Ctx::ScalarExpressionContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  if (auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx)) {
    if (Ctx::ExpressionContext* inner = parenthesized(p->primary())) {
      return constant_value(bare_scalar(inner));
    }
    auto* literal_primary = dynamic_cast<Ctx::LiteralPrimaryContext*>(p->primary());
    if (literal_primary == nullptr) return std::nullopt;
    Ctx::LiteralContext* literal = literal_primary->literal();
    Constant c;
    if (literal->NULL_()) return c;
    if (literal->STRING()) {
      c.type = Constant::Type::String;
      c.text = string_value(literal->STRING()->getSymbol());
      return c;
    }
    if (literal->INTEGER() || literal->DECIMAL() || literal->FLOAT()) {
      c.type = Constant::Type::Number;
      c.integer = literal->INTEGER() != nullptr;
      c.number = std::strtold(literal->getText().c_str(), nullptr);
      return c;
    }
    if (literal->BINARY()) {
      // Compared byte for byte, with no collation: only identical constants are folded.
      c.type = Constant::Type::Binary;
      c.text = upper(literal->getText());
      return c;
    }
    return std::nullopt;  // MONEY, DEFAULT, ?
  }
  if (auto* u = dynamic_cast<Ctx::UnaryExpressionContext*>(ctx)) {
    std::optional<Constant> v = constant_value(u->scalarExpression());
    if (!v || v->type != Constant::Type::Number)
      return v && v->type == Constant::Type::Null ? v : std::nullopt;
    if (u->op->getType() == TSqlLexer::MINUS) v->number = -v->number;
    if (u->op->getType() == TSqlLexer::BIT_NOT) return std::nullopt;
    return v;
  }
  Ctx::ScalarExpressionContext* left = nullptr;
  Ctx::ScalarExpressionContext* right = nullptr;
  std::size_t op = 0;
  if (auto* m = dynamic_cast<Ctx::MultiplicativeExpressionContext*>(ctx)) {
    left = m->scalarExpression(0);
    right = m->scalarExpression(1);
    op = m->op->getType();
  } else if (auto* a = dynamic_cast<Ctx::AdditiveExpressionContext*>(ctx)) {
    left = a->scalarExpression(0);
    right = a->scalarExpression(1);
    op = a->op->getType();
  } else {
    return std::nullopt;
  }
  std::optional<Constant> l = constant_value(left);
  std::optional<Constant> r = constant_value(right);
  if (!l || !r) return std::nullopt;
  if (l->type == Constant::Type::Null || r->type == Constant::Type::Null) return Constant{};
  if (l->type == Constant::Type::String && r->type == Constant::Type::String &&
      op == TSqlLexer::PLUS) {
    l->text += r->text;
    return l;
  }
  if (l->type != Constant::Type::Number || r->type != Constant::Type::Number) return std::nullopt;
  Constant out;
  out.type = Constant::Type::Number;
  out.integer = l->integer && r->integer;
  switch (op) {
    case TSqlLexer::PLUS:
      out.number = l->number + r->number;
      break;
    case TSqlLexer::MINUS:
      out.number = l->number - r->number;
      break;
    case TSqlLexer::STAR:
      out.number = l->number * r->number;
      break;
    case TSqlLexer::DIVIDE:
      if (r->number == 0) return std::nullopt;  // an error at run time, not a value
      out.number = l->number / r->number;
      if (out.integer) out.number = std::trunc(out.number);
      break;
    default:
      return std::nullopt;
  }
  return out;
}

// `'a ' = 'a'` is true in every collation (trailing spaces do not count); `'a' = 'A'` depends on
// the collation, so strings that differ are never folded.
std::string without_trailing_spaces(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

Truth compare(const Constant& l, const std::string& op, const Constant& r) {
  if (l.type == Constant::Type::Null || r.type == Constant::Type::Null) return Truth::Null;
  if (l.type == Constant::Type::Number && r.type == Constant::Type::Number) {
    if (op == "=") return truth_of(l.number == r.number);
    if (op == "<>" || op == "!=") return truth_of(l.number != r.number);
    if (op == "<" || op == "!>=") return truth_of(l.number < r.number);
    if (op == ">") return truth_of(l.number > r.number);
    if (op == "<=" || op == "!>") return truth_of(l.number <= r.number);
    if (op == ">=" || op == "!<") return truth_of(l.number >= r.number);
    return Truth::Varies;
  }
  const bool same_string = l.type == Constant::Type::String && r.type == Constant::Type::String &&
                           without_trailing_spaces(l.text) == without_trailing_spaces(r.text);
  const bool same_binary =
      l.type == Constant::Type::Binary && r.type == Constant::Type::Binary && l.text == r.text;
  if (same_string || same_binary) {
    if (op == "=" || op == "<=" || op == ">=" || op == "!<" || op == "!>") return Truth::True;
    if (op == "<>" || op == "!=" || op == "<" || op == ">") return Truth::False;
  }
  return Truth::Varies;
}

// `o.Status` and `[o].[status]` in `o.Status = [o].[status]`: the same column, compared with
// itself (names compared ignoring case, as a case-insensitive database does).
std::optional<std::string> column_key(Ctx::ScalarExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx);
  if (p == nullptr) return std::nullopt;
  auto* column = dynamic_cast<Ctx::ColumnPrimaryContext*>(p->primary());
  if (column == nullptr) return std::nullopt;
  std::string key;
  for (Ctx::IdContext* part : column->qualifiedName()->id()) key += upper(id_text(part)) + '.';
  return key;
}

// A query that returns exactly one row whatever the data: `SELECT 1`, `SELECT 1 AS x WHERE 1 = 1`
// (no FROM, no TOP, no GROUP BY or HAVING, a WHERE that is certainly true if any).
// `COUNT(*)` in `SELECT COUNT(*) FROM t WHERE ...`: an aggregate without OVER.
bool aggregate_call(Ctx::ScalarExpressionContext* ctx) {
  auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(ctx);
  if (p == nullptr) return false;
  auto* call = dynamic_cast<Ctx::FunctionCallPrimaryContext*>(p->primary());
  if (call == nullptr || call->overClause() || call->methodCall().size() > 0 ||
      call->functionName()->qualifiedName() == nullptr ||
      call->functionName()->qualifiedName()->id().size() != 1) {
    return false;
  }
  static const std::unordered_set<std::string> kAggregates = {"COUNT",
                                                              "COUNT_BIG",
                                                              "SUM",
                                                              "MIN",
                                                              "MAX",
                                                              "AVG",
                                                              "STDEV",
                                                              "STDEVP",
                                                              "VAR",
                                                              "VARP",
                                                              "STRING_AGG",
                                                              "CHECKSUM_AGG",
                                                              "APPROX_COUNT_DISTINCT"};
  return kAggregates.count(id_upper(call->functionName()->qualifiedName()->id(0))) > 0;
}

// A query that returns exactly one row whatever the data: `SELECT 1`, `SELECT 1 AS x WHERE 1 = 1`
// (no FROM, a WHERE that is certainly true if any), and an aggregate without GROUP BY,
// `SELECT COUNT(*) FROM t WHERE ...`, which has its one row even when no row of t qualifies. Never
// with TOP, GROUP BY or HAVING, which can leave no row.
bool one_row_query(Ctx::SelectStatementContext* ctx) {
  Ctx::QueryExpressionContext* expression = ctx->queryExpression();
  if (expression->queryTerm().size() != 1) return false;
  Ctx::QuerySpecificationContext* spec = expression->queryTerm(0)->querySpecification();
  if (spec == nullptr || spec->topClause() || spec->groupByClause() || spec->HAVING() ||
      spec->INTO()) {
    return false;
  }
  if (spec->fromClause() == nullptr) {
    return spec->whereClause() == nullptr ||
           truth(spec->whereClause()->expression()) == Truth::True;
  }
  bool aggregate = false;
  for (Ctx::SelectItemContext* item : spec->selectItem()) {
    Ctx::ScalarExpressionContext* scalar = item->scalarExpression();
    if (scalar == nullptr && item->EQUAL() != nullptr && item->LOCAL_ID() == nullptr) {
      scalar = bare_scalar(item->expression());  // `n = COUNT(*)`
    }
    if (scalar != nullptr && aggregate_call(scalar)) {
      aggregate = true;
    } else if (scalar == nullptr || !constant_value(scalar)) {
      return false;
    }
  }
  return aggregate;
}

Truth predicate_truth(Ctx::PredicateContext* ctx) {
  if (ctx->EXISTS()) return one_row_query(ctx->selectStatement()) ? Truth::True : Truth::Varies;
  std::vector<Ctx::ScalarExpressionContext*> scalars = ctx->scalarExpression();
  Ctx::ScalarExpressionContext* left = scalars.at(0);
  if (ctx->children.size() == 1) {
    // `(1 = 1)`: a parenthesized condition.
    auto* p = dynamic_cast<Ctx::PrimaryExpressionContext*>(left);
    if (p == nullptr) return Truth::Varies;
    Ctx::ExpressionContext* inner = parenthesized(p->primary());
    return inner != nullptr ? truth(inner) : Truth::Varies;
  }
  const bool negated = ctx->NOT() != nullptr;
  auto apply_not = [&](Truth t) { return negated ? truth_not(t) : t; };
  std::optional<Constant> l = constant_value(left);
  if (Ctx::ComparisonOperatorContext* op = ctx->comparisonOperator()) {
    if (ctx->selectStatement() != nullptr) return Truth::Varies;  // = ANY (SELECT ...)
    std::string op_text;
    std::vector<antlr4::Token*> tokens;
    collect_tokens(op, tokens);
    for (antlr4::Token* t : tokens) op_text += t->getText();
    std::optional<Constant> r = constant_value(scalars.at(1));
    if (l && r) return compare(*l, op_text, *r);
    // `x = x` holds for every row where x is not NULL: as good as every row.
    std::optional<std::string> lc = column_key(left);
    if (lc && lc == column_key(scalars.at(1)) &&
        (op_text == "=" || op_text == "<=" || op_text == ">=" || op_text == "!<" ||
         op_text == "!>")) {
      return Truth::True;
    }
    return Truth::Varies;
  }
  if (ctx->IS() && ctx->DISTINCT() == nullptr) {
    if (!l) return Truth::Varies;
    return apply_not(truth_of(l->type == Constant::Type::Null));
  }
  if (ctx->BETWEEN()) {
    std::optional<Constant> low = constant_value(scalars.at(1));
    std::optional<Constant> high = constant_value(scalars.at(2));
    if (!l || !low || !high) return Truth::Varies;
    return apply_not(truth_and(compare(*l, ">=", *low), compare(*l, "<=", *high)));
  }
  if (ctx->IN()) {
    if (!l || ctx->selectStatement() != nullptr) return Truth::Varies;
    Truth any = Truth::False;
    for (Ctx::ExpressionContext* item : ctx->expression()) {
      std::optional<Constant> v = constant_value(bare_scalar(item));
      any = truth_or(any, v ? compare(*l, "=", *v) : Truth::Varies);
    }
    return apply_not(any);
  }
  if (ctx->LIKE() && !negated && ctx->ESCAPE() == nullptr) {
    // `LIKE '%'` matches every value that is not NULL, like `x = x`.
    std::optional<Constant> pattern = constant_value(scalars.at(1));
    if (!pattern || pattern->type != Constant::Type::String) return Truth::Varies;
    if (l && l->type == Constant::Type::Null) return Truth::Null;
    if (!pattern->text.empty() && pattern->text.find_first_not_of('%') == std::string::npos) {
      return Truth::True;
    }
    // `'abc' LIKE 'abc'`: a pattern without wildcards that is the same string.
    const bool wildcards = pattern->text.find_first_of("%_[") != std::string::npos;
    if (l && l->type == Constant::Type::String && !wildcards && l->text == pattern->text) {
      return Truth::True;
    }
    return Truth::Varies;
  }
  return Truth::Varies;
}

Truth truth(Ctx::ExpressionContext* ctx) {
  if (auto* n = dynamic_cast<Ctx::NotExpressionContext*>(ctx))
    return truth_not(truth(n->expression()));
  // A generated `a = 1 OR a = 2 OR ...` is a left spine thousands deep: walk it in a loop.
  if (dynamic_cast<Ctx::AndExpressionContext*>(ctx) ||
      dynamic_cast<Ctx::OrExpressionContext*>(ctx)) {
    const bool is_and = dynamic_cast<Ctx::AndExpressionContext*>(ctx) != nullptr;
    Truth result = is_and ? Truth::True : Truth::False;
    Ctx::ExpressionContext* node = ctx;
    while (true) {
      Ctx::ExpressionContext* right = nullptr;
      Ctx::ExpressionContext* left = nullptr;
      if (auto* a = is_and ? dynamic_cast<Ctx::AndExpressionContext*>(node) : nullptr) {
        left = a->expression(0);
        right = a->expression(1);
      } else if (auto* o = is_and ? nullptr : dynamic_cast<Ctx::OrExpressionContext*>(node)) {
        left = o->expression(0);
        right = o->expression(1);
      }
      Ctx::ExpressionContext* operand = right != nullptr ? right : node;
      const Truth t = truth(operand);
      result = is_and ? truth_and(result, t) : truth_or(result, t);
      if (right == nullptr) break;
      node = left;
    }
    return result;
  }
  if (auto* p = dynamic_cast<Ctx::PredicateExpressionContext*>(ctx)) {
    return predicate_truth(p->predicate());
  }
  return Truth::Varies;
}

// A row source that has at least one row whatever the data: `(VALUES (1))`, `(SELECT 1 AS x)`.
// Joining to it keeps every row.
bool constant_row_source(Ctx::TablePrimaryContext* primary) {
  if (dynamic_cast<Ctx::ValuesTableContext*>(primary) != nullptr) return true;
  if (auto* derived = dynamic_cast<Ctx::DerivedTableContext*>(primary)) {
    return one_row_query(derived->selectStatement());
  }
  return false;
}

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::toupper(x) == std::toupper(y);
         });
}

// Whether the FROM clause names the DML target, as a table or an alias, outside subqueries. A
// target that is not in its FROM is cross joined with it: `UPDATE dbo.Orders SET ... FROM dbo.A
// JOIN dbo.B ON ...` writes every row of Orders when the join has a row.
bool from_names_target(Ctx::FromClauseContext* from, const ast::ObjectName& target) {
  if (target.empty()) return false;
  const std::string_view wanted = target.object();
  std::vector<ParseTree*> stack{from};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule || rule == TSqlParser::RuleSelectStatement) continue;
    if (rule == TSqlParser::RuleTablePrimary) {
      auto* primary = static_cast<ParserRuleContext*>(n);
      if (auto* alias = first_child<Ctx::AliasContext>(primary)) {
        const std::string text =
            alias->id() ? id_text(alias->id()) : string_value(alias->getStart());
        if (same_word(text, wanted)) return true;
      }
      if (auto* named = dynamic_cast<Ctx::NamedTableContext*>(primary)) {
        if (same_word(object_name(named->qualifiedName(0)).object(), wanted)) return true;
      }
      if (auto* variable = dynamic_cast<Ctx::VariableTableContext*>(primary)) {
        if (same_word(variable->LOCAL_ID()->getText(), wanted)) return true;
      }
    }
    for (ParseTree* child : n->children) stack.push_back(child);
  }
  return false;
}

// Whether a FROM clause limits the rows an UPDATE or DELETE writes: an INNER JOIN whose ON is not
// certainly true, or a CROSS APPLY of a row source that may have no row. A CROSS APPLY of
// `(SELECT 1 AS x)` or `(VALUES ...)`, an `INNER JOIN ... ON 1 = 1`, outer and cross joins keep
// every row; so does any join when the target is not in the FROM at all.
bool joins_restrict_rows(Ctx::FromClauseContext* from, const ast::ObjectName& target) {
  if (from == nullptr || !from_names_target(from, target)) return false;
  std::vector<ParseTree*> stack{from};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule) continue;
    if (rule == TSqlParser::RuleJoinPart) {
      auto* join = static_cast<Ctx::JoinPartContext*>(n);
      const bool inner_join = join->JOIN() != nullptr && join->ON() != nullptr &&
                              join->LEFT() == nullptr && join->RIGHT() == nullptr &&
                              join->FULL() == nullptr;
      if (inner_join && truth(join->expression()) != Truth::True) return true;
      const bool cross_apply = join->APPLY() != nullptr && join->CROSS() != nullptr;
      if (cross_apply && !constant_row_source(join->tablePrimary())) return true;
    }
    // Subqueries have joins of their own that say nothing about the rows written.
    if (rule == TSqlParser::RuleSelectStatement) continue;
    for (ParseTree* child : n->children) stack.push_back(child);
  }
  return false;
}

template <class Node, class C>
std::unique_ptr<Node> update_or_delete(C* c, ParserRuleContext* whole) {
  auto node = std::make_unique<Node>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->has_from = c->fromClause() != nullptr;
  node->joins_restrict_rows = joins_restrict_rows(c->fromClause(), node->target);
  node->has_where = c->WHERE() != nullptr;
  node->where_always_true = c->expression() != nullptr && truth(c->expression()) == Truth::True;
  node->current_of = c->CURRENT() != nullptr;
  node->has_top = c->topClause() != nullptr;
  return node;
}

// The columns `items` assign: the qualified name of each item (its last part), whether the item
// assigns it (`c = 1`, `@v = c = 1`) or calls a mutator method on it (`c.WRITE(...)`).
std::vector<ast::Identifier> set_columns(const std::vector<Ctx::SetItemContext*>& items) {
  std::vector<ast::Identifier> columns;
  for (Ctx::SetItemContext* item : items) {
    if (Ctx::QualifiedNameContext* name = item->qualifiedName()) {
      columns.push_back(identifier(name->id().back()));
    }
  }
  return columns;
}

std::unique_ptr<ast::Update> update(Ctx::UpdateStatementContext* c, ParserRuleContext* whole) {
  auto node = update_or_delete<ast::Update>(c, whole);
  node->set_columns = set_columns(c->setItem());
  for (Ctx::SetItemContext* item : c->setItem()) {
    // `c = '...'` and `@v = c = '...'`; not `@v = '...'`, which writes no column.
    Ctx::QualifiedNameContext* column = item->qualifiedName();
    Ctx::ExpressionContext* value = item->expression().size() == 1 ? item->expression(0) : nullptr;
    if (column == nullptr || value == nullptr || item->LPAREN() != nullptr) continue;
    if (auto s = non_unicode_string(value, std::string(object_name(column).object()))) {
      node->non_unicode_values.push_back(std::move(*s));
    }
  }
  return node;
}

std::unique_ptr<ast::Merge> merge(Ctx::MergeStatementContext* c, ParserRuleContext* whole) {
  auto node = std::make_unique<ast::Merge>(range_of(whole));
  node->target = dml_target(c->dmlTarget());
  node->on_always_true = truth(c->expression()) == Truth::True;
  for (Ctx::MergeWhenContext* when : c->mergeWhen()) {
    if (when->DELETE()) node->has_delete = true;
    if (when->UPDATE()) node->has_update = true;
    if (when->INSERT()) node->has_insert = true;
    const bool matched = when->NOT() == nullptr && when->BY() == nullptr;
    const bool unconditional =
        when->expression() == nullptr || truth(when->expression()) == Truth::True;
    if (matched && when->UPDATE() && unconditional) node->matched_update_unconditional = true;
  }
  return node;
}

}  // namespace

ast::StatementPtr dml(ParserRuleContext* c, ParserRuleContext* whole) {
  switch (c->getRuleIndex()) {
    case Ctx::RuleSelectStatement:
      return select(static_cast<Ctx::SelectStatementContext*>(c), whole);
    case Ctx::RuleInsertStatement:
      return insert(static_cast<Ctx::InsertStatementContext*>(c), whole);
    case Ctx::RuleUpdateStatement:
      return update(static_cast<Ctx::UpdateStatementContext*>(c), whole);
    case Ctx::RuleDeleteStatement:
      return update_or_delete<ast::Delete>(static_cast<Ctx::DeleteStatementContext*>(c), whole);
    default:
      return merge(dynamic_cast<Ctx::MergeStatementContext*>(c), whole);
  }
}

ast::StatementPtr cte_statement(Ctx::CteStatementContext* s) {
  auto* inner = dynamic_cast<ParserRuleContext*>(s->children.at(1));
  ast::StatementPtr node = dml(inner, s);
  if (node->kind != ast::Kind::Select) node->table_references = collect_table_references(s);
  return node;
}

ast::StatementPtr truncate_table(Ctx::TruncateTableContext* s) {
  auto node = std::make_unique<ast::Truncate>(range_of(s));
  node->table = object_name(s->qualifiedName());
  node->partitions = s->WITH() != nullptr;
  return node;
}

ast::StatementPtr bulk_insert(Ctx::BulkInsertContext* s) {
  auto node = std::make_unique<ast::BulkInsert>(range_of(s));
  node->table = object_name(s->qualifiedName());
  node->file_paths = file_paths(s, TSqlLexer::FROM);
  return node;
}

// The DML statements used as table sources under `root` (not inside nested statements), each built
// as a statement of its own with its own sources; likewise the EXEC of `INSERT ... EXEC` and the
// query text of OPENQUERY and OPENROWSET, which run SQL as an EXEC does.
void attach_dml_sources(ParseTree* root, ast::Statement& node) {
  std::vector<ParseTree*> stack{root};
  while (!stack.empty()) {
    ParseTree* n = stack.back();
    stack.pop_back();
    const std::size_t rule = rule_index(n);
    if (rule == kNoRule || (n != root && rule == TSqlParser::RuleStatementEntry)) continue;
    if (n != root && rule == TSqlParser::RuleExecuteStatement) {
      node.dml_sources.push_back(execute(static_cast<Ctx::ExecuteStatementContext*>(n)));
      continue;
    }
    if (rule == TSqlParser::RuleTablePrimary || rule == TSqlParser::RuleDmlTarget) {
      std::unique_ptr<ast::Execute> query;
      if (auto* named = dynamic_cast<Ctx::NamedTableContext*>(n)) {
        query = pass_through_query(named->qualifiedName(0), named->functionArguments(), named);
      } else if (auto* target = dynamic_cast<Ctx::DmlTargetContext*>(n)) {
        query = pass_through_query(target->qualifiedName(), target->functionArguments(), target);
      }
      if (query) node.dml_sources.push_back(std::move(query));
    }
    auto* derived = rule == TSqlParser::RuleTablePrimary
                        ? dynamic_cast<Ctx::DmlDerivedTableContext*>(n)
                        : nullptr;
    if (derived != nullptr) {
      auto* inner = dynamic_cast<ParserRuleContext*>(derived->dmlSource()->children.at(0));
      ast::StatementPtr dml = dispatch(inner);
      if (dml == nullptr) continue;
      if (dml->table_references.empty()) dml->table_references = collect_table_references(inner);
      attach_dml_sources(inner, *dml);
      node.dml_sources.push_back(std::move(dml));
      continue;
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace pf::parse::build
