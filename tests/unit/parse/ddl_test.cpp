// DDL: tables, ALTER TABLE actions, indexes, DROP of every object type, schema-level objects.
#include "test_support.h"

namespace pf {
namespace {

using test::only_statement;

// Keeps each script alive, so a statement reference taken from it stays valid.
const auto& parse_sql = test::parse_kept;

using Action = ast::AlterTableAction::Type;

TEST_CASE("CREATE TABLE: computed columns, named NOT NULL, inline index, temporal options") {
  const auto& t = only_statement<ast::CreateTable>(
      parse_sql("CREATE TABLE dbo.Orders (\n"
                "  Id int IDENTITY(1,1) CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED,\n"
                "  Total AS (Price * Qty) PERSISTED,\n"
                "  Code char(3) CONSTRAINT nn NOT NULL,\n"
                "  ValidFrom datetime2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL,\n"
                "  ValidTo datetime2 GENERATED ALWAYS AS ROW END NOT NULL,\n"
                "  PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo),\n"
                "  INDEX IX_Code NONCLUSTERED (Code)\n"
                ") WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.OrdersHistory))"));
  REQUIRE(t.columns.size() == 5);
  CHECK(t.columns[0].identity);
  CHECK(t.columns[1].computed);
  CHECK(t.columns[2].nullable == false);
  CHECK(t.system_versioned);
  REQUIRE(t.constraints.size() == 1);
  CHECK(t.constraints[0].kind == ast::ConstraintKind::PrimaryKey);
}

TEST_CASE("CREATE TABLE AS EDGE and CREATE TABLE ... AS SELECT parse") {
  const ast::Script& script = parse_sql(
      "CREATE TABLE likes AS EDGE;\nCREATE TABLE t2 WITH (DISTRIBUTION = ROUND_ROBIN) AS SELECT * "
      "FROM t1");
  REQUIRE(script.batches[0].statements.size() == 2);
  CHECK(script.batches[0].statements[0]->kind == ast::Kind::CreateTable);
  CHECK(script.batches[0].statements[1]->kind == ast::Kind::CreateTable);
}

TEST_CASE("CREATE TABLE: ISO type names read as SQL Server types; typeless columns") {
  const auto& t = only_statement<ast::CreateTable>(parse_sql(
      "CREATE TABLE t (a CHAR VARYING(10), b NATIONAL CHARACTER VARYING(5), "
      "c NATIONAL CHAR(2), d DOUBLE PRECISION, e BINARY VARYING(8), timestamp NOT NULL)"));
  REQUIRE(t.columns.size() == 6);
  CHECK(t.columns[0].type->name == "varchar");
  CHECK(t.columns[0].type->args == std::vector<std::string>{"10"});
  CHECK(t.columns[1].type->name == "nvarchar");
  CHECK(t.columns[2].type->name == "nchar");
  CHECK(t.columns[3].type->name == "float");
  CHECK(t.columns[4].type->name == "varbinary");
  CHECK_FALSE(t.columns[5].type.has_value());
  CHECK_FALSE(t.columns[5].computed);
  CHECK(t.columns[5].nullable == false);
}

TEST_CASE("ALTER TABLE DROP INDEX is an index drop, not a constraint drop") {
  const auto& t = only_statement<ast::AlterTable>(parse_sql("ALTER TABLE t DROP INDEX ix1"));
  REQUIRE(t.actions.size() == 1);
  CHECK(t.actions[0].type == Action::DropIndex);
  CHECK(t.actions[0].names == std::vector<std::string>{"ix1"});
}

TEST_CASE("ALTER TABLE ADD column and constraint, WITH NOCHECK") {
  const auto& t = only_statement<ast::AlterTable>(parse_sql(
      "ALTER TABLE dbo.T WITH NOCHECK ADD Flag bit NOT NULL CONSTRAINT DF_Flag DEFAULT 0, "
      "CONSTRAINT FK_T_U FOREIGN KEY (UId) REFERENCES dbo.U (Id) ON DELETE CASCADE"));
  CHECK(t.name.display() == "dbo.T");
  REQUIRE(t.actions.size() == 2);
  CHECK(t.actions[0].type == Action::AddColumn);
  REQUIRE(t.actions[0].column);
  CHECK(t.actions[0].column->nullable == false);
  CHECK(t.actions[0].column->has_default);
  CHECK(t.actions[0].with_check == false);
  CHECK(t.actions[1].type == Action::AddConstraint);
  REQUIRE(t.actions[1].constraint);
  CHECK(t.actions[1].constraint->kind == ast::ConstraintKind::ForeignKey);
}

TEST_CASE("ALTER TABLE ALTER COLUMN keeps the new type and nullability") {
  const auto& t = only_statement<ast::AlterTable>(parse_sql(
      "ALTER TABLE t ALTER COLUMN Name nvarchar(50) COLLATE Latin1_General_CI_AS NOT NULL"));
  REQUIRE(t.actions.size() == 1);
  CHECK(t.actions[0].type == Action::AlterColumn);
  REQUIRE(t.actions[0].column);
  REQUIRE(t.actions[0].column->type);
  CHECK(t.actions[0].column->type->name == "nvarchar");
  CHECK(t.actions[0].column->type->args == std::vector<std::string>{"50"});
  CHECK(t.actions[0].column->nullable == false);
}

TEST_CASE("ALTER TABLE DROP: columns, constraints, IF EXISTS") {
  const auto& t = only_statement<ast::AlterTable>(
      parse_sql("ALTER TABLE t DROP CONSTRAINT IF EXISTS DF_a, COLUMN a, b"));
  REQUIRE(t.actions.size() == 3);
  CHECK(t.actions[0].type == Action::DropConstraint);
  CHECK(t.actions[0].if_exists);
  CHECK(t.actions[0].names == std::vector<std::string>{"DF_a"});
  CHECK(t.actions[1].type == Action::DropColumn);
  CHECK(t.actions[2].type == Action::DropColumn);
  CHECK(t.actions[2].names == std::vector<std::string>{"b"});
}

TEST_CASE("ALTER TABLE: CHECK/NOCHECK CONSTRAINT, triggers, SWITCH, SET, REBUILD") {
  const ast::Script& script = parse_sql(
      "ALTER TABLE t WITH CHECK CHECK CONSTRAINT ALL\n"
      "ALTER TABLE t NOCHECK CONSTRAINT FK_a\n"
      "ALTER TABLE t DISABLE TRIGGER ALL\n"
      "ALTER TABLE t SWITCH PARTITION 2 TO dbo.Archive PARTITION 2\n"
      "ALTER TABLE t SET (LOCK_ESCALATION = AUTO)\n"
      "ALTER TABLE t REBUILD PARTITION = ALL WITH (DATA_COMPRESSION = PAGE)\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 6);
  auto action = [&](std::size_t i) {
    return static_cast<const ast::AlterTable&>(*s[i]).actions.at(0);
  };
  CHECK(action(0).type == Action::CheckConstraint);
  CHECK(action(0).all);
  CHECK(action(0).with_check == true);
  CHECK(action(1).type == Action::NocheckConstraint);
  CHECK(action(2).type == Action::DisableTrigger);
  CHECK(action(3).type == Action::Switch);
  REQUIRE(action(3).switch_target);
  CHECK(action(3).switch_target->display() == "dbo.Archive");
  CHECK(action(4).type == Action::Set);
  CHECK(action(5).type == Action::Rebuild);
}

TEST_CASE("CREATE INDEX: unique, filtered, INCLUDE, columnstore; ALTER INDEX actions") {
  const auto& ix = only_statement<ast::CreateIndex>(parse_sql(
      "CREATE UNIQUE NONCLUSTERED INDEX IX_a ON dbo.T (a DESC, b) INCLUDE (c) WHERE a IS NOT NULL "
      "WITH (ONLINE = ON, FILLFACTOR = 90) ON [PRIMARY]"));
  CHECK(ix.unique);
  CHECK(ix.clustered == false);
  CHECK(ix.columns == std::vector<std::string>{"a", "b"});
  CHECK(ix.included == std::vector<std::string>{"c"});
  CHECK(ix.filtered);
  const auto& cs = only_statement<ast::CreateIndex>(
      parse_sql("CREATE CLUSTERED COLUMNSTORE INDEX cci ON dbo.F"));
  CHECK(cs.columnstore);
  const auto& alter = only_statement<ast::AlterIndex>(
      parse_sql("ALTER INDEX ALL ON dbo.T REBUILD WITH (ONLINE = ON)"));
  CHECK(alter.all);
  CHECK(alter.action == "REBUILD");
  const auto& disable = only_statement<ast::AlterIndex>(parse_sql("ALTER INDEX ix ON t DISABLE"));
  CHECK(disable.name == "ix");
  CHECK(disable.action == "DISABLE");
}

TEST_CASE("DROP of code objects, schemas, principals and indexes is one typed node") {
  const ast::Script& script = parse_sql(
      "DROP PROCEDURE IF EXISTS dbo.p1, dbo.p2\n"
      "DROP INDEX IX_a ON dbo.T, dbo.U.IX_b\n"
      "DROP TRIGGER safety ON DATABASE\n"
      "DROP PARTITION SCHEME ps\n"
      "DROP USER [app]\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 5);
  const auto& procs = static_cast<const ast::Drop&>(*s[0]);
  CHECK(procs.object_type == "PROCEDURE");
  CHECK(procs.if_exists);
  REQUIRE(procs.targets.size() == 2);
  CHECK(procs.targets[1].name.display() == "dbo.p2");
  const auto& indexes = static_cast<const ast::Drop&>(*s[1]);
  CHECK(indexes.object_type == "INDEX");
  REQUIRE(indexes.targets.size() == 2);
  REQUIRE(indexes.targets[0].table);
  CHECK(indexes.targets[0].table->display() == "dbo.T");
  const auto& trigger = static_cast<const ast::Drop&>(*s[2]);
  REQUIRE(trigger.targets.size() == 1);
  CHECK(static_cast<const ast::Drop&>(*s[3]).object_type == "PARTITION SCHEME");
  CHECK(static_cast<const ast::Drop&>(*s[4]).targets[0].name.object() == "app");
}

TEST_CASE("schema-level objects name what they create") {
  const ast::Script& script = parse_sql(
      "CREATE SCHEMA app AUTHORIZATION dbo\n"
      "CREATE TYPE dbo.Ids AS TABLE (Id int NOT NULL)\n"
      "CREATE SEQUENCE dbo.Seq AS bigint START WITH 1 INCREMENT BY 1 NO CYCLE\n"
      "CREATE SYNONYM dbo.S FOR other.dbo.T\n"
      "CREATE STATISTICS st ON dbo.T (a, b) WITH FULLSCAN\n"
      "UPDATE STATISTICS dbo.T WITH SAMPLE 50 PERCENT\n"
      "CREATE PARTITION FUNCTION pf (int) AS RANGE RIGHT FOR VALUES (1, 100)\n"
      "CREATE PARTITION SCHEME ps AS PARTITION pf ALL TO ([PRIMARY])\n"
      "TRUNCATE TABLE dbo.T WITH (PARTITIONS (2, 4 TO 6))\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 9);
  const auto& schema = static_cast<const ast::CreateSchema&>(*s[0]);
  CHECK(schema.name == "app");
  CHECK(schema.owner == std::optional<std::string>("dbo"));
  const auto& type = static_cast<const ast::CreateType&>(*s[1]);
  CHECK(type.is_table);
  CHECK(type.columns.size() == 1);
  CHECK(static_cast<const ast::Sequence&>(*s[2]).name.display() == "dbo.Seq");
  CHECK(static_cast<const ast::CreateSynonym&>(*s[3]).target.display() == "other.dbo.T");
  CHECK(static_cast<const ast::CreateStatistics&>(*s[4]).name == "st");
  CHECK(s[5]->kind == ast::Kind::UpdateStatistics);
  CHECK_FALSE(static_cast<const ast::PartitionObject&>(*s[6]).is_scheme);
  CHECK(static_cast<const ast::PartitionObject&>(*s[7]).is_scheme);
  const auto& truncate = static_cast<const ast::Truncate&>(*s[8]);
  CHECK(truncate.table.display() == "dbo.T");
  CHECK(truncate.partitions);
}

TEST_CASE("databases, principals and roles") {
  const ast::Script& script = parse_sql(
      "CREATE DATABASE Sales COLLATE Latin1_General_CI_AS\n"
      "ALTER DATABASE Sales SET TRUSTWORTHY ON, RECOVERY SIMPLE WITH ROLLBACK IMMEDIATE\n"
      "CREATE LOGIN app WITH PASSWORD = 'x', CHECK_POLICY = OFF\n"
      "CREATE USER app FOR LOGIN app WITH DEFAULT_SCHEMA = dbo\n"
      "ALTER ROLE db_owner ADD MEMBER app\n"
      "ALTER SERVER ROLE sysadmin ADD MEMBER [dom\\ops]\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 6);
  CHECK(static_cast<const ast::CreateDatabase&>(*s[0]).name == "Sales");
  const auto& alter = static_cast<const ast::AlterDatabase&>(*s[1]);
  REQUIRE(alter.set_options.size() == 2);
  CHECK(alter.set_options[0].name == "TRUSTWORTHY");
  CHECK(alter.set_options[0].value == "ON");
  CHECK(alter.set_options[1].value == "SIMPLE");
  CHECK(static_cast<const ast::CreatePrincipal&>(*s[2]).principal_type == "LOGIN");
  CHECK(static_cast<const ast::CreatePrincipal&>(*s[3]).name == "app");
  const auto& role = static_cast<const ast::AlterRole&>(*s[4]);
  CHECK(role.role == "db_owner");
  CHECK(role.added_member == std::optional<std::string>("app"));
  CHECK(static_cast<const ast::AlterRole&>(*s[5]).server_role);
}

TEST_CASE("options nobody lints become OtherStatement, never swallowing the next statement") {
  const ast::Script& script = parse_sql(
      "CREATE CERTIFICATE c ENCRYPTION BY PASSWORD = 'p' WITH SUBJECT = 's'\n"
      "DROP TABLE dbo.T\n");
  const ast::StatementList& s = script.batches[0].statements;
  REQUIRE(s.size() == 2);
  const auto& other = static_cast<const ast::OtherStatement&>(*s[0]);
  CHECK(other.verb == "CREATE CERTIFICATE");
  CHECK(other.name == "c");
  CHECK(s[1]->kind == ast::Kind::DropTable);
}

}  // namespace
}  // namespace pf
