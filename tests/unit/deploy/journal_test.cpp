// The journal file parser and find_entry (issue #18). The samples in tests/data/journals are
// hand-written from the formats' sources:
// - flyway_info.json: Flyway's InfoResult/InfoOutput (flyway-core org.flywaydb.core.api.output:
//   migrations[] with category, version, rawVersion, description, type, installedOnUTC, state,
//   undoable, filepath, undoFilepath, installedBy, executionTime; filepath is the physical
//   location, "" when the file is missing) and HtmlResult/OperationResultBase for the rest; the
//   states are MigrationState's display names.
// - flyway_history*.{csv,tsv}: the columns of flyway_schema_history (Flyway's
//   JdbcTableSchemaHistory create script) as `sqlcmd -s"," -W` writes them (header, a dashes
//   line, NULL for SQL NULL, "(N rows affected)"; sqlcmd utility docs), and as Windows
//   PowerShell 5.1's Export-Csv writes them (a `#TYPE` line unless -NoTypeInformation, every
//   field double-quoted, inner quotes doubled, CRLF; Export-Csv / ConvertTo-Csv docs).
// - dbup*.{csv,txt}: DbUp's SchemaVersions (Id, ScriptName, Applied), CSV and sqlcmd's default
//   padded output where the dashes under the header give the column widths.
#include "deploy/journal.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using pf::deploy::find_entry;
using pf::deploy::Journal;
using pf::deploy::JournalEntry;
using pf::deploy::JournalFormat;
using pf::deploy::parse_journal;

std::string sample(const std::string& name) {
  std::ifstream in(std::string(PF_SOURCE_DIR) + "/tests/data/journals/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Journal parsed(const std::string& text) {
  auto journal = parse_journal(text);
  if (!journal) FAIL_CHECK(journal.error().message);
  REQUIRE(journal.ok());
  return journal.value();
}

std::string error_of(const std::string& text) {
  auto journal = parse_journal(text);
  REQUIRE_FALSE(journal.ok());
  return journal.error().message;
}

}  // namespace

TEST_CASE("journal: flyway info JSON keeps only what was applied") {
  const Journal j = parsed(sample("flyway_info.json"));
  CHECK(j.format == JournalFormat::FlywayJson);
  REQUIRE(j.entries.size() == 3);  // the Pending V3 is not history
  CHECK(j.entries[0].script == "/home/runner/work/app/db/migrations/V1__create_orders.sql");
  CHECK(j.entries[0].version == "1");
  CHECK(j.entries[0].description == "create orders");
  CHECK(j.entries[0].type == "SQL");
  CHECK(j.entries[0].state == "Success");
  CHECK(j.entries[0].success);
  CHECK_FALSE(j.entries[0].checksum.has_value());  // flyway info JSON carries none
  CHECK(j.entries[0].line == 5);
  CHECK(j.entries[1].script == "C:/agent/app/db/migrations/V2__seed.sql");
  CHECK_FALSE(j.entries[1].success);   // Failed
  CHECK(j.entries[2].script.empty());  // Missing: no file
  CHECK(j.entries[2].version == "2.1");
  CHECK(j.entries[2].success);
  CHECK(j.entries[2].line == 33);
}

TEST_CASE("journal: flyway info JSON states") {
  const auto one = [](const std::string& state) {
    return parsed(R"({"migrations":[{"version":"1","state":")" + state +
                  R"(","filepath":"V1__a.sql"}]})");
  };
  for (const char* applied : {"Success", "Baseline", "Missing", "Out of Order", "Future",
                              "Below Baseline", "Ignored (Baseline)"}) {
    CAPTURE(applied);
    const Journal j = one(applied);
    REQUIRE(j.entries.size() == 1);
    CHECK(j.entries[0].success);
  }
  for (const char* failed : {"Failed", "Failed (Missing)", "Failed (Future)"}) {
    CAPTURE(failed);
    const Journal j = one(failed);
    REQUIRE(j.entries.size() == 1);
    CHECK_FALSE(j.entries[0].success);
  }
  for (const char* not_history : {"Pending", "Above Target", "Ignored", "Available", "Undone",
                                  "Deleted", "Outdated", "Superseded"}) {
    CAPTURE(not_history);
    CHECK(one(not_history).entries.empty());
  }
  CHECK(error_of(R"({"migrations":[{"state":"Sideways"}]})").find("unknown Flyway") !=
        std::string::npos);
  CHECK(parsed(R"({"migrations":[]})").entries.empty());
}

TEST_CASE("journal: JSON that is not flyway info is an error naming the line") {
  CHECK(error_of("{\"schemaName\": \"dbo\"}") ==
        "journal line 1: JSON that is not the output of `flyway info -outputType=json` (no "
        "migrations array)");
  CHECK(error_of("[1, 2]").find("journal line 1:") == 0);
  CHECK(error_of("{\n\"migrations\": [\n  {\"state\": \"Success\",\n") ==
        "journal line 4: not valid JSON");
  CHECK(error_of("{\"migrations\":[\n\n 42]}").find("not a JSON object") != std::string::npos);
  CHECK(error_of("{\"migrations\":[\n{\"state\":\"Success\",\"filepath\":7}]}") ==
        "journal line 2: `filepath` is not a string");
  CHECK(error_of(R"({"error":{"errorCode":"ERROR","message":"Unable to connect"}})")
            .find("flyway reported an error instead of the journal: Unable to connect") !=
        std::string::npos);
  // Nesting far beyond flyway info's is refused before the JSON library sees it.
  CHECK(error_of(std::string(100000, '[')).find("nested too deeply") != std::string::npos);
}

TEST_CASE("journal: flyway_schema_history as sqlcmd -s\",\" -W writes it") {
  const Journal j = parsed(sample("flyway_history_sqlcmd.csv"));
  CHECK(j.format == JournalFormat::FlywayTable);
  REQUIRE(j.entries.size() == 3);
  CHECK(j.entries[0].script == "V1__create_orders.sql");
  CHECK(j.entries[0].version == "1");
  CHECK(j.entries[0].checksum == -1039259818);
  CHECK(j.entries[0].installed_rank == 1);
  CHECK(j.entries[0].success);
  CHECK(j.entries[0].line == 3);
  CHECK_FALSE(j.entries[1].success);
  CHECK(j.entries[2].version.empty());  // NULL: a repeatable
  CHECK(j.entries[2].script == "R__views.sql");
}

TEST_CASE("journal: flyway_schema_history as Export-Csv writes it, and as TSV") {
  const Journal csv = parsed(sample("flyway_history_export_csv.csv"));
  CHECK(csv.format == JournalFormat::FlywayTable);
  REQUIRE(csv.entries.size() == 2);
  CHECK(csv.entries[0].checksum == -1039259818);
  CHECK(csv.entries[0].success);
  CHECK(csv.entries[0].line == 3);
  CHECK(csv.entries[1].description == "seed, with \"quotes\"");
  CHECK_FALSE(csv.entries[1].checksum.has_value());
  CHECK_FALSE(csv.entries[1].success);

  const Journal tsv = parsed(sample("flyway_history.tsv"));
  CHECK(tsv.format == JournalFormat::FlywayTable);
  REQUIRE(tsv.entries.size() == 1);
  CHECK(tsv.entries[0].script == "V1__create_orders.sql");
}

TEST_CASE("journal: a malformed flyway_schema_history export is an error naming the line") {
  const std::string header = "installed_rank,version,script,checksum,success\n";
  CHECK(error_of(header + "1,1,V1__a.sql,12x,1\n") ==
        "journal line 2: checksum '12x' is not a 32-bit integer");
  CHECK(error_of(header + "1,1,V1__a.sql,2147483648,1\n").find("line 2: checksum") !=
        std::string::npos);
  CHECK(parsed(header + "1,1,V1__a.sql,-2147483648,1\n").entries[0].checksum == INT32_MIN);
  CHECK(error_of(header + "1,1,V1__a.sql,5,yes\n").find("line 2: success 'yes'") !=
        std::string::npos);
  CHECK(error_of(header + "\n1,1,V1__a.sql,5\n").find("line 3: 4 fields where the header has 5") !=
        std::string::npos);
  CHECK(error_of(header + "1,1,\"V1__a.sql,5,1\n").find("line 2: a quoted field") !=
        std::string::npos);
  CHECK(error_of(header + "1,1,NULL,5,1\n").find("line 2: the row has no script") !=
        std::string::npos);
  // Without success, a failed migration would count as applied.
  CHECK(error_of("version,script,checksum\n1,V1__a.sql,5\n").find("journal line 1:") == 0);
  // A header of journal columns without a script column.
  CHECK(error_of("installed_rank,version,checksum,success\n1,1,5,1\n")
            .find("journal line 1: a header of journal columns without a script column") == 0);
  CHECK(error_of("\n\nId,Applied\n1,2025-01-01\n").find("journal line 3:") == 0);
  CHECK(error_of("installed_rank version script checksum success\n1 1 V1__a.sql 5 1\n")
            .find("journal line 1:") == 0);
}

TEST_CASE("journal: later Flyway rows that delete or undo an applied migration") {
  // Flyway's repair inserts a row of type DELETE (same version, script and checksum) for a
  // missing migration, and undo a row of type UNDO_SQL with the undone version; Flyway then
  // counts that version as not applied (JdbcTableSchemaHistory.delete,
  // MigrationInfoServiceImpl.markAsDeleted).
  const Journal j = parsed(
      "installed_rank,version,description,type,script,checksum,success\n"
      "1,1,a,SQL,V1__a.sql,11,1\n"
      "5,2,b,DELETE,V2__b.sql,22,1\n"
      "2,2,b,SQL,V2__b.sql,22,1\n"
      "3,3,c,SQL,V3__c.sql,33,1\n"
      "4,3,c,UNDO_SQL,U3__c.sql,-33,1\n"
      "6,NULL,views,SQL,R__views.sql,44,1\n"
      "7,NULL,views,DELETE,R__views.sql,44,1\n"
      "8,NULL,views,SQL,R__views.sql,45,1\n");
  CHECK(find_entry(j, "V1__a.sql")->success);
  CHECK_FALSE(j.entries[2].success);  // deleted later, whatever the file order
  CHECK_FALSE(find_entry(j, "V2__b.sql")->success);
  CHECK_FALSE(find_entry(j, "V3__c.sql")->success);  // undone
  CHECK(find_entry(j, "U3__c.sql")->success);        // the undo script did run
  CHECK_FALSE(j.entries[5].success);                 // the repeatable's run before the DELETE
  CHECK(find_entry(j, "R__views.sql")->checksum == 45);
  CHECK(find_entry(j, "R__views.sql")->success);  // run again afterwards

  // Without a description column a repeatable is known by its script: deleting one leaves the
  // other applied.
  const Journal no_description = parsed(
      "installed_rank,version,type,script,checksum,success\n"
      "1,NULL,SQL,R__a.sql,1,1\n"
      "2,NULL,SQL,R__b.sql,2,1\n"
      "3,NULL,DELETE,R__a.sql,1,1\n");
  CHECK_FALSE(no_description.entries[0].success);
  CHECK(find_entry(no_description, "R__b.sql")->success);
}

TEST_CASE("journal: DbUp SchemaVersions as CSV and as sqlcmd's padded output") {
  const Journal csv = parsed(sample("dbup.csv"));
  CHECK(csv.format == JournalFormat::DbUp);
  REQUIRE(csv.entries.size() == 1);
  CHECK(csv.entries[0].script == "App.Migrations.Scripts.0001-create-orders.sql");
  CHECK(csv.entries[0].success);

  const Journal padded = parsed(sample("dbup_sqlcmd.txt"));
  CHECK(padded.format == JournalFormat::DbUp);
  REQUIRE(padded.entries.size() == 2);
  CHECK(padded.entries[0].script == "App.Migrations.Scripts.0001-create-orders.sql");
  CHECK(padded.entries[1].script == "App.Migrations.Scripts.0002-seed-m\xC3\xBCller.sql");
  CHECK(padded.entries[1].line == 4);

  CHECK(error_of("Id  ScriptName\n--  ----------\n1x V1.sql\n").find("journal line 3:") == 0);
}

TEST_CASE("journal: a plain list") {
  const Journal j = parsed(sample("applied.txt"));
  CHECK(j.format == JournalFormat::ScriptList);
  REQUIRE(j.entries.size() == 3);
  CHECK(j.entries[0].script == "V1__create_orders.sql");
  CHECK(j.entries[0].line == 2);
  CHECK(j.entries[2].script == "sub/V2_1__index.sql");
  CHECK(parsed("").entries.empty());
  CHECK(parsed("\n# nothing yet\n\n").entries.empty());
  CHECK(parsed("scripts\\V1__a.sql\r\n").entries[0].script == "scripts/V1__a.sql");
  // A table exported without its header (sqlcmd -h -1) is not taken for script names.
  CHECK(error_of("V1__a.sql\n1,V2__b.sql,2025-01-01\n").find("journal line 2:") == 0);
  CHECK(error_of("V1__a.sql\n\n(1 rows affected)\n").find("journal line 3:") == 0);
}

TEST_CASE("journal: encodings and sqlcmd's own errors") {
  // sqlcmd -u and PowerShell's -Encoding Unicode write UTF-16LE with a BOM.
  const std::string text = "V1__a.sql\nV2__\xC3\xA9t\xC3\xA9.sql\n";
  std::string utf16 = "\xFF\xFE";
  for (const char c : std::string("V1__a.sql\nV2__")) utf16 += std::string{c, '\0'};
  utf16 += std::string("\xE9\0t\0\xE9\0.\0s\0q\0l\0\n\0", 16);
  const Journal j = parsed(utf16);
  REQUIRE(j.entries.size() == 2);
  CHECK(j.entries[1].script == "V2__\xC3\xA9t\xC3\xA9.sql");
  CHECK(parsed("\xEF\xBB\xBF" + text).entries[0].script == "V1__a.sql");
  CHECK_FALSE(parse_journal(std::string("V\0"
                                        "1\0",
                                        4))
                  .ok());
  CHECK(error_of("Msg 208, Level 16, State 1, Server db1, Line 1\nInvalid object name "
                 "'dbo.flyway_schema_history'.\n")
            .find("journal line 1: sqlcmd reported an error") == 0);
}

TEST_CASE("journal: find_entry by path, then by file name, last applied wins") {
  const Journal j = parsed(
      "installed_rank,version,script,checksum,success\n"
      "1,1,V1__a.sql,11,1\n"
      "3,2,sub/V2__b.sql,21,1\n"
      "4,2,sub/V2__b.sql,22,0\n"
      "2,2,sub/V2__b.sql,20,1\n"
      "5,3,other/V3__c.sql,33,1\n");
  REQUIRE(find_entry(j, "V1__a.sql") != nullptr);
  CHECK(find_entry(j, "V1__a.sql")->checksum == 11);
  CHECK(find_entry(j, "db/V1__a.sql")->checksum == 11);   // the journal records the name only
  CHECK(find_entry(j, "sub/V2__b.sql")->checksum == 22);  // the highest rank, not the last line
  CHECK_FALSE(find_entry(j, "sub/V2__b.sql")->success);
  CHECK(find_entry(j, "migrations/sub/V2__b.sql")->checksum == 22);
  CHECK(find_entry(j, "sub\\V2__b.sql")->checksum == 22);
  CHECK(find_entry(j, "V3__c.sql")->checksum == 33);       // the journal's path ends in it
  CHECK(find_entry(j, "elsewhere/V3__c.sql") == nullptr);  // both name folders, and differ
  CHECK(find_entry(j, "V4__d.sql") == nullptr);
  CHECK(find_entry(j, "b.sql") == nullptr);  // not at a `/` or `.`

  const Journal dbup = parsed(
      "Id,ScriptName,Applied\n"
      "1,App.Scripts.0001-init.sql,2025\n"
      "2,App.Scripts.0002-seed.sql,2025\n"
      "3,App.Scripts.0001-init.sql,2026\n");
  REQUIRE(find_entry(dbup, "Scripts/0001-init.sql") != nullptr);
  CHECK(find_entry(dbup, "Scripts/0001-init.sql")->line == 4);  // no rank: the later line
  CHECK(find_entry(dbup, "0002-seed.sql")->line == 3);
  CHECK(find_entry(dbup, "002-seed.sql") == nullptr);

  const Journal json = parsed(sample("flyway_info.json"));
  CHECK(find_entry(json, "V1__create_orders.sql")->version == "1");
  CHECK(find_entry(json, "migrations/V2__seed.sql")->version == "2");
  CHECK(find_entry(json, "V3__drop_orders.sql") == nullptr);  // pending
}

TEST_CASE("journal: large and hostile input stays linear") {
  std::string big = "installed_rank,version,script,checksum,success\n";
  for (int i = 1; i <= 20000; ++i) {
    big += std::to_string(i) + "," + std::to_string(i) + ",V" + std::to_string(i) + "__x.sql," +
           std::to_string(i) + ",1\n";
  }
  const auto start = std::chrono::steady_clock::now();
  const Journal j = parsed(big);
  CHECK(j.entries.size() == 20000);
  CHECK(find_entry(j, "V19999__x.sql")->checksum == 19999);
  (void)parse_journal(std::string(200000, '"'));  // any answer, soon
  (void)parse_journal(std::string(200001, '"'));
  CHECK_FALSE(parse_journal("{" + std::string(200000, '{')).ok());
  CHECK(parsed(std::string(200000, '\n')).entries.empty());
  const std::string one_long_line(1 << 20, 'x');
  CHECK(parsed(one_long_line).entries.size() == 1);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

TEST_CASE("journal: random input gives a journal or an error, never a crash") {
  // Fragments of every format, shuffled: the parser reads files users hand over.
  // Separated by `|`, which none contains; the NUL byte is appended apart.
  const std::string joined =
      "{|}|[|]|\"|,|\t|\n|\r\n| |-|--- ---|(1 rows affected)|#TYPE|script|success|ScriptName|"
      "installed_rank|checksum|NULL|1|-2147483649|true|V1__a.sql|\"migrations\":|"
      "\"state\":\"Success\"|\\|\xFF\xFE|\xEF\xBB\xBF|\xC3\xBC|:";
  std::vector<std::string> pieces_of_formats{std::string("\0", 1)};
  for (std::size_t from = 0; from <= joined.size();) {
    const std::size_t bar = std::min(joined.find('|', from), joined.size());
    pieces_of_formats.push_back(joined.substr(from, bar - from));
    from = bar + 1;
  }
  std::uint32_t seed = 12345;
  const auto next = [&] {
    seed = seed * 1664525U + 1013904223U;
    return seed >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::uint32_t count = next() % 60;
    for (std::uint32_t i = 0; i < count; ++i)
      text += pieces_of_formats[next() % pieces_of_formats.size()];
    auto journal = parse_journal(text);
    if (!journal) {
      CAPTURE(text);
      CHECK(journal.error().message.rfind("journal", 0) == 0);
    }
  }
}
