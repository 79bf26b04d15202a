#!/usr/bin/env bash
# `preflight completion bash|zsh|fish`. Bash: the script is sourced and its function called as
# bash's programmable completion calls it (bash manual, "Programmable Completion": the function
# named by `complete -F` runs with COMP_WORDS, the words of the line, and COMP_CWORD, the index of
# the word being completed, and leaves the completions in the COMPREPLY array). zsh and fish: the
# script is at least valid syntax for that shell (`zsh -n`, `fish --no-execute`), where installed.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for shell in bash zsh fish; do
  run_case "$shell" 0 "$PREFLIGHT" completion "$shell"
done
run_case unknown_shell 3 "$PREFLIGHT" completion tcsh
script=$PWD/bash.out

# complete WORDS...: what the bash function offers for the last word.
complete_words() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _preflight
    printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$@"
}
expect_words() {  # expect_words "EXPECTED LINES" WORDS...
  local expected=$1 got
  shift
  got=$(complete_words "$@" | sort | tr '\n' ' ')
  [ "$got" = "$expected" ] || fail "completing '$*': got '$got', expected '$expected'"
}
# The commands (hidden `man` is not offered), then each command's own options and values.
expect_words "check completion config " preflight c
expect_words "completion config " preflight co
expect_words "explain " preflight ex
expect_words "--format " preflight check --form
expect_words "sarif " preflight check --format s
expect_words "json junit " preflight check --format j
expect_words "always auto " preflight check --color a
expect_words "flyway " preflight check --order f
expect_words "json text " preflight rules --format ""
expect_words "PF101 " preflight explain PF101
complete_words preflight explain dro | grep -x drop >/dev/null || fail "explain: no category 'drop' offered"
complete_words preflight explain dro | grep -x drop-table >/dev/null || fail "explain: no rule name offered"
expect_words "bash " preflight completion b
# An option of another command is not offered: config has no --baseline.
[ -n "$(complete_words preflight config --ba)" ] && fail "config offers --baseline"
complete_words preflight check --ba | grep -x -- --baseline >/dev/null || fail "check does not offer --baseline"
# Paths complete as file names.
mkdir "$work/migrations" && touch "$work/migrations/V1__a.sql"
(cd "$work" && complete_words preflight check migr) | grep -x migrations >/dev/null || fail "check: no path completion"
(cd "$work" && complete_words preflight check --config migr) | grep -x migrations >/dev/null || fail "--config: no path completion"

if command -v zsh >/dev/null; then
  zsh -n zsh.out || fail "zsh -n rejects the zsh completion"
  # Loaded into an interactive-less zsh with compinit, it defines _preflight.
  zsh -f -c 'autoload -U compinit && compinit -u -D; source "$1"; whence -w _preflight' _ "$PWD/zsh.out" |
    grep function >/dev/null || fail "zsh: _preflight is not defined"
else
  skip_zsh=1
fi
if command -v fish >/dev/null; then
  fish --no-execute fish.out || fail "fish --no-execute rejects the fish completion"
  # Loaded, fish offers the commands for `preflight ` (complete -C: fish docs, "complete").
  fish -c "source $PWD/fish.out; complete -C 'preflight ch'" | grep '^check' >/dev/null ||
    fail "fish: 'check' not offered"
  fish -c "source $PWD/fish.out; complete -C 'preflight check --format s'" | grep '^sarif' >/dev/null ||
    fail "fish: --format values not offered"
else
  skip_fish=1
fi
[ -z "${skip_zsh:-}${skip_fish:-}" ] || skip "bash passed; zsh or fish not installed (.ci/install-deps)"
echo "PASS"
