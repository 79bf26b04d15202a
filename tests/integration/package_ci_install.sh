#!/usr/bin/env bash
# The install steps of the CI snippets in examples/ci, run as their CI would run them, against a
# release folder holding the packages tools/package.sh wrote (PREFLIGHT_RELEASE_URL=file://...):
# each leaves a `preflight` of the release's version on the PATH of the steps after it.
# ci_snippets.sh checks the rest of the snippets.
source "$(dirname "$0")/package_common.sh"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || skip "no python3-yaml (Debian package)"
command -v curl >/dev/null || skip "no curl"
command -v dpkg-deb >/dev/null || skip "no dpkg-deb"
need_package "$PACKAGES/preflight-$VERSION-linux-$(uname -m).tar.gz"
need_package "$PACKAGES/preflight_${VERSION}_$(dpkg --print-architecture).deb"
/usr/bin/python3 - "$ROOT/examples/ci" "$work" <<'PY'
import sys, yaml
ci, work = sys.argv[1], sys.argv[2]
def load(name):
    return yaml.safe_load(open(f"{ci}/{name}"))
gh = load("github-actions.yml")
step = next(s for s in gh["jobs"]["preflight"]["steps"] if s.get("name") == "Install Preflight")
open(f"{work}/github.sh", "w").write(step["run"])
az = load("azure-pipelines.yml")
step = next(s for s in az["steps"] if s.get("displayName") == "Install Preflight")
open(f"{work}/azure.sh", "w").write(step["script"])
gl = load("gitlab-ci.yml")["preflight"]["script"]
# The lines before the check, but for the `git fetch` that --since needs.
install = gl[: next(i for i, line in enumerate(gl) if line.startswith("preflight "))]
install = [line for line in install if not line.startswith("git ")]
open(f"{work}/gitlab.sh", "w").write("\n".join(install) + "\n")
PY
export PREFLIGHT_VERSION=$VERSION PREFLIGHT_RELEASE_URL=file://$(realpath "$PACKAGES")
# Each CI runs a step's script with bash -e (GitHub: bash -e {0}; GitLab's job fails at the first
# failing line), in a folder of its own.
in_ci() {
  local name=$1
  mkdir -p "$work/$name.cwd"
  (cd "$work/$name.cwd" && bash -e "$work/$name.sh") >"$work/$name.log" 2>&1 ||
    fail "$name: the install step failed: $(tail -5 "$work/$name.log")"
}
installed() {
  run_case "$work/$1.version" 0 env PATH="$2:$PATH" preflight --version
  [ "$(env PATH="$2:$PATH" sh -c 'command -v preflight')" = "$2/preflight" ] || fail "$1: preflight is not the installed one"
  expect "$work/$1.version" out "$VERSION"
}

# GitHub Actions: RUNNER_TEMP, and GITHUB_PATH, the file whose lines go before PATH.
mkdir -p "$work/runner"
RUNNER_TEMP=$work/runner GITHUB_PATH=$work/github_path in_ci github
installed github "$(tail -1 "$work/github_path")"

# Azure Pipelines: AGENT_TEMPDIRECTORY, and the ##vso[task.prependpath] logging command.
mkdir -p "$work/agent"
AGENT_TEMPDIRECTORY=$work/agent in_ci azure
installed azure "$(sed -n 's/^##vso\[task.prependpath\]//p' "$work/azure.log" | tail -1)"

# GitLab CI in debian:12 as root: apt-get installs the downloaded .deb; here it is unpacked into a
# temporary root instead of onto this machine, and the other apt-get calls do nothing.
mkdir -p "$work/bin" "$work/debroot"
cat >"$work/bin/apt-get" <<STUB
#!/usr/bin/env bash
for arg; do
  case \$arg in ./*.deb) dpkg-deb -x "\$arg" "$work/debroot" ;; esac
done
STUB
chmod +x "$work/bin/apt-get"
PATH=$work/bin:$PATH in_ci gitlab
installed gitlab "$work/debroot/usr/bin"
echo "ok"
