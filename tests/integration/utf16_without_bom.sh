#!/usr/bin/env bash
# A script in UTF-16 without a BOM that is mostly Chinese, Japanese or Korean has too few NUL bytes
# to be read as UTF-16, and is still not read (exit 4); but the message names the probable
# encoding and a conversion command that works. Binary files keep their "binary file" message.
source "$(dirname "$0")/common.sh"
command -v python3 >/dev/null || skip "python3 missing"
command -v iconv >/dev/null || skip "iconv missing"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, random, sys, zlib
d = sys.argv[1]
zh = "-- 删除旧的客户表，迁移完成后不再使用。这个表已经被新系统替代了，请确认备份。\n" * 5 + "DROP TABLE dbo.旧客户表;\n"
ja = "-- 古い顧客テーブルを削除します。移行が終わったら使いません。\n" * 5 + "DROP TABLE dbo.顧客;\n"
ko = "-- 고객 테이블을 삭제합니다. 마이그레이션이 끝나면 더 이상 사용하지 않습니다.\n" * 5 + "DROP TABLE dbo.고객;\n"
open(os.path.join(d, "zh_le.sql"), "wb").write(zh.encode("utf-16-le"))
open(os.path.join(d, "zh_be.sql"), "wb").write(zh.encode("utf-16-be"))
open(os.path.join(d, "ja le.sql"), "wb").write(ja.encode("utf-16-le"))
open(os.path.join(d, "ko_le.sql"), "wb").write(ko.encode("utf-16-le"))
# Not text: random bytes (even length), compressed text, UTF-32 without a BOM, a lone surrogate.
random.seed(7)
open(os.path.join(d, "random.sql"), "wb").write(bytes(random.getrandbits(8) for _ in range(8192)))
open(os.path.join(d, "deflate.sql"), "wb").write(zlib.compress(zh.encode("utf-16-le") * 50)[:4096])
open(os.path.join(d, "utf32.sql"), "wb").write(zh.encode("utf-32-le")[4:])
open(os.path.join(d, "surrogate.sql"), "wb").write(zh.encode("utf-16-le") + b"\x00\xd8A\x00")
PY
cp /bin/sh "$work/elf.sql" 2>/dev/null || true

check() {  # FILE: sets $code, $work/err
  set +e
  "$PREFLIGHT" check "$work/$1" >/dev/null 2>"$work/err"
  code=$?
  set -e
}
for f in zh_le.sql zh_be.sql "ja le.sql" ko_le.sql; do
  case $f in *_be.sql) enc=UTF-16BE ;; *) enc=UTF-16LE ;; esac
  check "$f"
  [ "$code" = 4 ] || fail "$f: exit $code, expected 4 (not read)"
  grep -qF "probably $enc text without a byte order mark" "$work/err" ||
    { cat "$work/err"; fail "$f: the message does not name $enc"; }
  grep -q "binary" "$work/err" && fail "$f: still called binary"
  # The command in the message converts the file into one that is checked.
  command=$(sed -n 's/.*(\(iconv [^)]*\)).*/\1/p' "$work/err")
  [ -n "$command" ] || fail "$f: no iconv command in the message"
  (cd "$work" && eval "$command") || fail "$f: the suggested command failed: $command"
  set +e
  "$PREFLIGHT" check "$work/converted.sql" >"$work/out" 2>&1
  code=$?
  set -e
  [ "$code" = 2 ] || { cat "$work/out"; fail "$f converted: exit $code, expected 2 (the DROP TABLE)"; }
  grep -q "PF101" "$work/out" || fail "$f converted: the DROP TABLE was not found"
done
for f in random.sql deflate.sql utf32.sql surrogate.sql elf.sql; do
  [ -e "$work/$f" ] || continue
  check "$f"
  [ "$code" = 4 ] || fail "$f: exit $code, expected 4"
  grep -q "probably UTF-16" "$work/err" && { cat "$work/err"; fail "$f: binary data called UTF-16 text"; }
done
echo "ok"
