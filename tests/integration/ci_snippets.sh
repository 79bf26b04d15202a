#!/usr/bin/env bash
# The CI snippets in examples/ci parse as YAML, install the released package (not a build of this
# repository), and the preflight command lines in them are accepted by the built binary (run on the
# bundled examples instead of migrations/). package.ci_install runs their install steps. Each
# writes the Markdown report and hands it to its platform: GitHub's job summary and a pull request
# comment, a GitLab merge request note, Azure's run summary.
source "$(dirname "$0")/common.sh"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || skip "no python3-yaml (Debian package)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$ROOT/examples/ci" >"$work/commands" <<'PY'
import glob, re, sys, yaml
for path in sorted(glob.glob(sys.argv[1] + "/*.yml")):
    text = open(path).read()
    yaml.safe_load(text)
    # Folded/literal blocks join into one command line: take every `preflight check ...`.
    for m in re.finditer(r"(?<![\w/.-])preflight check(?:[^\n]|\n(?=\s+--))*", text):
        print(" ".join(m.group(0).split()))
PY
[ "$(wc -l <"$work/commands")" -ge 3 ] || fail "expected a preflight command in each snippet"
# Each snippet installs the release named by PREFLIGHT_VERSION (this tree's version, so that a
# version bump updates them) from PREFLIGHT_RELEASE_URL, a variable the user sets, and checks its
# checksum; none builds Preflight inside the user's repository.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $BUILD/CMakeCache.txt"
for snippet in "$ROOT"/examples/ci/*.yml; do
  name=${snippet##*/}
  grep -qE "PREFLIGHT_VERSION: \"$version\"" "$snippet" || fail "$name: PREFLIGHT_VERSION is not \"$version\""
  # The file names tools/package.sh writes (package.tarball and package.deb check them).
  grep -q 'curl -fsSLO "$PREFLIGHT_RELEASE_URL/' "$snippet" &&
    grep -qE 'preflight-\$PREFLIGHT_VERSION-linux-x86_64|preflight_\$\{PREFLIGHT_VERSION\}_amd64\.deb' "$snippet" ||
    fail "$name: does not download a release package from \$PREFLIGHT_RELEASE_URL"
  grep -q "sha256sum -c" "$snippet" || fail "$name: the download's checksum is not checked"
  ! grep -nE "install-deps|cmake|build/preflight" "$snippet" || fail "$name: builds Preflight instead of installing it"
done
grep -q -- "--format github" "$work/commands" || fail "the GitHub workflow does not annotate"
grep -q "upload-sarif" "$ROOT/examples/ci/github-actions.yml" || fail "no SARIF upload"
[ "$(grep -c -- "--since" "$work/commands")" -ge 3 ] || fail "a snippet does not scope the check with --since"
grep -q "fetch-depth: 0" "$ROOT/examples/ci/github-actions.yml" || fail "GitHub: no full history for --since"
[ "$(grep -c -- "--report markdown=" "$work/commands")" -ge 3 ] || fail "a snippet writes no Markdown report"
# Each platform's own way to show it (GitHub docs "Adding a job summary" and the GitHub CLI's
# `gh pr comment --body-file`; GitLab's Notes API; Azure's logging command task.uploadsummary).
gh=$ROOT/examples/ci/github-actions.yml
grep -q 'cat preflight.md >> "$GITHUB_STEP_SUMMARY"' "$gh" || fail "GitHub: no job summary"
grep -q 'gh pr comment .*--body-file preflight.md' "$gh" || fail "GitHub: no pull request comment"
grep -q 'pull-requests: write' "$gh" || fail "GitHub: the token may not comment"
grep -q 'body@preflight.md' "$ROOT/examples/ci/gitlab-ci.yml" &&
  grep -q '/merge_requests/$CI_MERGE_REQUEST_IID/notes' "$ROOT/examples/ci/gitlab-ci.yml" ||
  fail "GitLab: no merge request note"
grep -q 'echo "##vso\[task.uploadsummary\]$summary"' "$ROOT/examples/ci/azure-pipelines.yml" ||
  fail "Azure: no run summary"
# --since needs a repository with history: the examples' migrations, V001-V002 on the branch the
# pull request targets (`base`) and V003-V004 added on top, as a pull request would bring them.
repo=$work/repo
mkdir -p "$repo/migrations"
cp "$ROOT/examples/.preflight.yml" "$repo/"
cp "$ROOT"/examples/migrations/V00[12]__*.sql "$repo/migrations/"
g() { git -C "$repo" -c user.name=test -c user.email=test@example.invalid "$@"; }
g init -q && g add -A && g commit -qm base && g branch base
cp "$ROOT"/examples/migrations/V00[34]__*.sql "$repo/migrations/"
g add -A && g commit -qm "pull request"
while read -r line; do
  # Variables of the CI system become a scratch folder; the scripts folder becomes examples/, or
  # the repository above when the command names the target branch with --since.
  if [[ $line == *--since* ]]; then
    line=$(echo "$line" | sed -E "s#--since (\"[^\"]*\"|[^ ]*\\$\\{\\{[^}]*\\}\\}|[^ ]+)#--since base#; s# migrations/# $repo/migrations/#")
  fi
  # --markdown-link's address is built from the CI system's variables: an address stands in.
  line=$(echo "$line" | sed -E 's#--markdown-link ("[^"]*"|[^ ]+)#--markdown-link https://ci.example/runs/1#')
  cmd=$(echo "$line" | sed -E "s#\\\$\\([A-Za-z.]+\\)#$work#g; s#(=)([a-z-]+\\.(sarif|html|xml|md))#\\1$work/\\2#g; s# migrations/# examples/#")
  set +e
  eval "${cmd/#preflight/$PREFLIGHT}" >/dev/null 2>"$work/err"
  code=$?
  set -e
  [ "$code" = 2 ] || { cat "$work/err"; fail "'$cmd' exited $code, expected 2 (manual-review)"; }
  if [[ $cmd == *"--report markdown="* ]]; then
    head -n 1 "$work/preflight.md" | grep -q '^## Preflight verdict: manual-review$' ||
      fail "'$cmd' wrote no Markdown report"
    rm "$work/preflight.md"
  fi
  echo "ok: $cmd"
done <"$work/commands"

# The steps that hand the Markdown report to the platform, run as the platform would (bash -e)
# with a report in place, the platform's variables set and its CLIs standing in as recorders: the
# summary file gets the report; `gh` and `curl` get the arguments their manuals and GitLab's
# Notes API document; Azure's agent reads the logging command from stdout.
steps=$work/steps
mkdir -p "$steps/bin" "$steps/run"
/usr/bin/python3 - "$ROOT/examples/ci" "$steps" <<'PY'
import sys, yaml
ci, out = sys.argv[1], sys.argv[2]
gh = yaml.safe_load(open(f"{ci}/github-actions.yml"))["jobs"]["preflight"]["steps"]
for step in gh:
    if step.get("name") == "Job summary":
        open(f"{out}/github-summary.sh", "w").write(step["run"])
    if step.get("name") == "Comment on the pull request":
        open(f"{out}/github-comment.sh", "w").write(
            step["run"].replace("${{ github.event.pull_request.number }}", "17")
            .replace("${{ github.repository }}", "octo/repo"))
gl = yaml.safe_load(open(f"{ci}/gitlab-ci.yml"))["preflight"]["after_script"]
open(f"{out}/gitlab-note.sh", "w").write("\n".join(gl) + "\n")
az = yaml.safe_load(open(f"{ci}/azure-pipelines.yml"))["steps"]
step = next(s for s in az if s.get("displayName") == "Preflight summary")
open(f"{out}/azure-summary.sh", "w").write(
    step["script"].replace("$(Build.ArtifactStagingDirectory)", f"{out}/run"))
PY
for tool in gh curl; do
  printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s/%s.args"\n' "$steps" "$tool" >"$steps/bin/$tool"
  chmod +x "$steps/bin/$tool"
done
printf '## Preflight verdict: pass\n' >"$steps/run/preflight.md"
(
  cd "$steps/run"
  export PATH="$steps/bin:$PATH" GITHUB_STEP_SUMMARY=$steps/summary.md GH_TOKEN=t
  printf 'earlier step\n' >"$GITHUB_STEP_SUMMARY"
  bash -e "$steps/github-summary.sh"
  bash -e "$steps/github-comment.sh"
  PREFLIGHT_GITLAB_TOKEN=secret CI_API_V4_URL=https://gitlab.example/api/v4 CI_PROJECT_ID=5 \
    CI_MERGE_REQUEST_IID=9 bash -e "$steps/gitlab-note.sh"
  bash -e "$steps/azure-summary.sh" >"$steps/azure.out"
)
[ "$(cat "$steps/summary.md")" = "$(printf 'earlier step\n## Preflight verdict: pass')" ] ||
  fail "GitHub: the job summary is not the earlier steps' and the report: $(cat "$steps/summary.md")"
grep -qx -- '--body-file' "$steps/gh.args" && grep -qx 'preflight.md' "$steps/gh.args" &&
  grep -qx '17' "$steps/gh.args" || fail "gh: $(cat "$steps/gh.args")"
grep -qx 'body@preflight.md' "$steps/curl.args" &&
  grep -qx 'https://gitlab.example/api/v4/projects/5/merge_requests/9/notes' "$steps/curl.args" &&
  grep -qx 'PRIVATE-TOKEN: secret' "$steps/curl.args" || fail "curl: $(cat "$steps/curl.args")"
[ "$(cat "$steps/azure.out")" = "##vso[task.uploadsummary]$steps/run/preflight.md" ] ||
  fail "Azure: $(cat "$steps/azure.out")"
echo "ok: the report reaches each platform"
