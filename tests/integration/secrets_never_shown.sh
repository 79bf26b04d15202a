#!/usr/bin/env bash
# PF319's promise (issue #19): a password written in a script is reported, and never shown. Every
# report format (--format and --report files), the syntax tree (`parse`) and the schema model
# (`model`) are run on a script whose secrets are distinctive strings, and none of those strings
# may appear in stdout, stderr or a report file, while the findings are there: a password on one
# line, one spanning a line break, one with an embedded doubled quote, an N'...' one, one inside
# literal SQL (EXEC (N'...') and sp_executesql), one as a procedure argument, a password hash, a
# column named Password and a variable named for a password on lines another rule reports, one
# that a `:setvar` of the script gives a sqlcmd variable, NEW_PASSWORD, a replication procedure's
# @password, and a password in a statement that does not parse.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

cat >secrets.sql <<'SQL'
CREATE LOGIN AppLogin WITH PASSWORD = 'Sup3rS3cret!xyz', CHECK_POLICY = OFF; GRANT CONTROL SERVER TO AppLogin;
CREATE LOGIN Wrapped WITH PASSWORD = 'Sp4nning!xyz
SecondLine!xyz', DEFAULT_DATABASE = [master];
ALTER LOGIN AppLogin WITH PASSWORD = 'Qu0te''Inside!xyz' OLD_PASSWORD = N'Unic0de!xyz';
EXEC (N'CREATE LOGIN Dyn WITH PASSWORD = ''Dyn4mic!xyz''; DROP TABLE dbo.Orders;');
EXEC sp_addlogin 'legacy', 'Pr0cArg!xyz';
CREATE LOGIN Migrated WITH PASSWORD = 0xDEADBEEF0123 HASHED;
UPDATE dbo.Users SET Password = 'C0lumn!xyz';
EXEC sp_executesql N'ALTER LOGIN Ex WITH PASSWORD = ''Ex3cSql!xyz''';
:setvar OpsPassword "S3tv4r!xyz"
ALTER LOGIN Ops WITH PASSWORD = '$(OpsPassword)';
DECLARE @distributor_password sysname = N'V4riable!xyz'; DROP TABLE dbo.Shown;
ALTER SERVICE MASTER KEY WITH NEW_ACCOUNT = 'CORP\svc', NEW_PASSWORD = 'N3wPass!xyz';
EXEC sp_adddistributor @distributor = N'dist', @password = N'R3pl!xyz';
CREATE LOGIN Broken WITH PASSWORD = 'Unp4rsed!xyz' WIDGET ((;
SQL
secrets=(Sup3rS3cret Sp4nning SecondLine Qu0te Unic0de Dyn4mic Pr0cArg DEADBEEF0123 C0lumn Ex3cSql
  S3tv4r V4riable N3wPass R3pl Unp4rsed)

# no_secret FILE...: none of the secrets is in any of the files.
no_secret() {
  local file secret
  for file in "$@"; do
    for secret in "${secrets[@]}"; do
      if grep -qiF -- "$secret" "$file"; then
        fail "$file shows the secret $secret: $(grep -iF -- "$secret" "$file" | head -c 300)"
      fi
    done
  done
}

for f in text json sarif junit github octopus html; do
  # The verdict is fail (PF319): exit 1.
  run_case "$f" 1 "$PREFLIGHT" check --no-config --format "$f" --report "$f=report.$f" secrets.sql
  no_secret "$f.out" "$f.err" "report.$f"
  expect "$f" out PF319
  grep -qF PF319 "report.$f" || fail "report.$f: no PF319"
  # The other findings on the same lines are still there: the masking hides text, not findings.
  expect "$f" out PF322
  expect "$f" out PF122
  expect "$f" out PF001
done
# Eleven findings of PF319: every secret but the column's and the variable's (data, masked only)
# and the one in the statement that does not parse (PF001 reports that statement).
count=$(grep -o '"rule": *"PF319"' json.out | wc -l)
[ "$count" = 11 ] || fail "json: $count PF319 findings, expected 11: $(grep -o '"line": *[0-9]*' json.out | tr '\n' ' ')"
# The text report's code frame shows the mask where the literal was, and the caret under it.
grep -qF "PASSWORD = '********', CHECK_POLICY" text.out || fail "text: no masked frame: $(head -c 800 text.out)"
grep -qF '&#39;********&#39;' report.html || fail "html: no masked code"

# Without code frames, with colour: still nothing.
run_case color 1 "$PREFLIGHT" check --no-config --color always secrets.sql
no_secret color.out color.err

# The syntax tree copies literals (EXEC arguments, literal SQL): masked there too; the model and
# the draft undo script show none.
run_case parse 0 "$PREFLIGHT" parse secrets.sql
no_secret parse.out parse.err
expect parse out "********"
run_case model 0 "$PREFLIGHT" model --no-config secrets.sql
no_secret model.out model.err
run_case rollback 0 "$PREFLIGHT" rollback --no-config secrets.sql
no_secret rollback.out rollback.err
echo "ok: no secret in any output"
