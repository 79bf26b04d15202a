#!/usr/bin/env bash
# --journal end to end (docs/deployments.md "Deployment scope", docs/journals.md): the false pass
# of issue #18 (V1 creates orders, V2 seeds, V3 drops orders) is manual-review once a journal says
# V1 and V2 ran, with a plain list, a flyway_schema_history CSV and DbUp's SchemaVersions; a Flyway
# journal with checksums tells a matching file from an edited one; an applied script missing from
# the folder, a pending one below the highest applied version, and a changed repeatable; a journal
# that cannot be read is exit 3.
source "$(dirname "$0")/common.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
m=$work/migrations
mkdir -p "$m"
printf 'CREATE TABLE dbo.Orders (Id int NOT NULL, Note nvarchar(200) NULL);\n' >"$m/V1__create_orders.sql"
printf 'INSERT dbo.Orders (Id) VALUES (1);\n' >"$m/V2__seed.sql"
printf 'DROP TABLE dbo.Orders;\n' >"$m/V3__drop_orders.sql"
cd "$work"

run_case whole 0 "$PREFLIGHT" check --no-config migrations

# A plain list of script names.
printf '# applied on prod\nV1__create_orders.sql\nV2__seed.sql\n' >list.txt
run_case list 2 "$PREFLIGHT" check --no-config --journal list.txt migrations
expect list out "deployment: 1 pending (V3), 2 history, 0 undo (--journal list.txt)"
expect list out "V3__drop_orders.sql:1:1: review PF101 drop-table"
grep -q "PF50" list.out && fail "a complete journal raised a history finding"

# flyway_schema_history as sqlcmd writes it (header, dashes, rows; docs/journals.md). Without
# checksums: nothing can be told about edits.
cat >history.csv <<'CSV'
installed_rank,version,description,type,script,checksum,installed_by,installed_on,execution_time,success
--------------,-------,-----------,----,------,--------,------------,------------,--------------,-------
1,1,create orders,SQL,V1__create_orders.sql,NULL,deploy,2025-01-10 09:00:00.000,42,1
2,2,seed,SQL,V2__seed.sql,NULL,deploy,2025-01-11 09:00:00.000,7,1

(2 rows affected)
CSV
run_case flyway_csv 2 "$PREFLIGHT" check --no-config --journal history.csv migrations
expect flyway_csv out "1 pending (V3), 2 history"
# A failed row did not apply: V2 is pending again.
sed 's/,7,1$/,7,0/' history.csv >failed.csv
run_case failed_row 2 "$PREFLIGHT" check --no-config --journal failed.csv migrations
expect failed_row out "2 pending (V2"
expect failed_row out "1 history"

# DbUp's SchemaVersions (ScriptName is the embedded resource name), natural order.
d=$work/dbup
mkdir -p "$d"
printf 'CREATE TABLE dbo.Orders (Id int NOT NULL);\n' >"$d/0001-create-orders.sql"
printf 'INSERT dbo.Orders (Id) VALUES (1);\n' >"$d/0002-seed.sql"
printf 'DROP TABLE dbo.Orders;\n' >"$d/0003-drop-orders.sql"
cat >dbup.csv <<'CSV'
Id,ScriptName,Applied
1,App.Migrations.Scripts.0001-create-orders.sql,2025-01-10 09:00:00.000
2,App.Migrations.Scripts.0002-seed.sql,2025-01-11 09:00:00.000
CSV
run_case dbup 2 "$PREFLIGHT" check --no-config --journal dbup.csv dbup
expect dbup out "deployment: 1 pending (0003-drop-orders.sql), 2 history"
expect dbup out "0003-drop-orders.sql:1:1: review PF101"

# Checksums. The two scripts and their checksums are Flyway's own (as in
# tests/unit/deploy/flyway_checksum_test.cpp): flyway-core's test resource V1.1__View.sql, whose
# checksum FlywayMediumTest.info() asserts as -133051733 (tag flyway-4.2.0), and the script of
# Flyway issue #2474, for which Flyway 6.0.0 reported -1039259818. The first is unchanged here; the
# second gets one more line, so Flyway would refuse to migrate.
c=$work/checksums
mkdir -p "$c"
cat >"$c/V1_1__View.sql" <<'SQL'
--
-- Copyright 2010-2017 Boxfuse GmbH
--
-- Licensed under the Apache License, Version 2.0 (the "License");
-- you may not use this file except in compliance with the License.
-- You may obtain a copy of the License at
--
--         http://www.apache.org/licenses/LICENSE-2.0
--
-- Unless required by applicable law or agreed to in writing, software
-- distributed under the License is distributed on an "AS IS" BASIS,
-- WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
-- See the License for the specific language governing permissions and
-- limitations under the License.
--

CREATE VIEW all_misters AS SELECT * FROM test_user WHERE name LIKE 'Mr.%';
SQL
printf 'alter table location_history add column valid_until timestamp with time zone;\n-- edited after it ran\n' \
  >"$c/V1_2__add_column_location_history_valid_until.sql"
printf 'SELECT 1;\n' >"$c/V1_3__new.sql"
cat >checksums.csv <<'CSV'
installed_rank,version,description,type,script,checksum,success
1,1.1,View,SQL,V1_1__View.sql,-133051733,1
2,1.2,add column location history valid until,SQL,V1_2__add_column_location_history_valid_until.sql,-1039259818,1
CSV
run_case checksums 1 "$PREFLIGHT" check --no-config --journal checksums.csv checksums
expect checksums out "V1_2__add_column_location_history_valid_until.sql:1:1: fail PF501 applied-migration-edited"
expect checksums out "Flyway checksum"
expect checksums out "-1039259818"
grep -q "V1_1__View.sql:1:1: fail PF501" checksums.out && fail "an unchanged script was reported as edited"
expect checksums out "1 pending (V1_3), 2 history"
# The same file with CRLF line ends and a BOM is unchanged for Flyway.
printf '\xef\xbb\xbf' >"$work/bom" && sed 's/$/\r/' "$c/V1_1__View.sql" >>"$work/bom" && mv "$work/bom" "$c/V1_1__View.sql"
run_case checksums_crlf 1 "$PREFLIGHT" check --no-config --journal checksums.csv checksums
grep -q "V1_1__View.sql:1:1: fail PF501" checksums_crlf.out && fail "CRLF and a BOM made Flyway's checksum differ"

# Missing, out of order, changed repeatable.
o=$work/others
mkdir -p "$o"
printf 'CREATE TABLE dbo.A (Id int);\n' >"$o/V1__a.sql"
printf 'CREATE TABLE dbo.B (Id int);\n' >"$o/V3__b.sql"
printf 'SELECT 2;\n' >"$o/V2__late.sql"
printf 'CREATE OR ALTER VIEW dbo.v AS SELECT 2 AS x;\n' >"$o/R__views.sql"
cat >others.csv <<'CSV'
installed_rank,version,description,type,script,checksum,success
1,1,a,SQL,V1__a.sql,,1
2,1.5,gone,SQL,V1_5__gone.sql,,1
3,3,b,SQL,V3__b.sql,,1
4,,views,SQL,R__views.sql,1,1
CSV
run_case others 2 "$PREFLIGHT" check --no-config --journal others.csv others
expect others out "others/V1_5__gone.sql:1:1: review PF502 applied-migration-missing"
expect others out "others.csv line 3"
expect others out "V2__late.sql:1:1: review PF503 migration-out-of-order"
expect others out "R__views.sql:1:1: warn PF504 repeatable-changed"
run_case others_json 2 "$PREFLIGHT" check --no-config --journal others.csv --format json others
python3 - others_json.out <<'PY' || fail "JSON of the missing script"
import json, sys
doc = json.load(open(sys.argv[1]))
gone = [f for f in doc["files"] if f["path"].endswith("V1_5__gone.sql")]
assert len(gone) == 1 and gone[0]["role"] == "history" and gone[0]["sha256"] is None, gone
assert [x["rule"] for x in gone[0]["findings"]] == ["PF502"], gone
PY

# A journal that cannot be read or parsed, and two ways at once: exit 3.
run_case no_journal 3 "$PREFLIGHT" check --no-config --journal nowhere.csv migrations
printf '{"not": "flyway"}\n' >bad.json
run_case bad_journal 3 "$PREFLIGHT" check --no-config --journal bad.json migrations
expect bad_journal err "--journal bad.json"
run_case two_ways 3 "$PREFLIGHT" check --no-config --journal list.txt --applied-through 1 migrations
# An inline suppression in a history file was for the run that checked it: not "unused" now.
s=$work/suppressed
mkdir -p "$s"
printf -- '-- preflight-disable-next-statement PF101 -- archived in CHG-1\nDROP TABLE dbo.Old;\n' >"$s/V1__old.sql"
printf 'SELECT 1;\n' >"$s/V2__new.sql"
printf 'V1__old.sql\n' >suppressed.txt
run_case suppressed_history 0 "$PREFLIGHT" check --no-config --journal suppressed.txt suppressed
grep -q "suppressed nothing" suppressed_history.out && fail "a history file's suppression was reported unused"
echo "scope_journal: ok"
