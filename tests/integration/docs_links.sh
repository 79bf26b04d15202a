#!/usr/bin/env bash
# The documentation's links (docs/dev/testing.md): every relative link of README.md and docs/**/*.md
# leads to a file inside the repository, and to one of its headings when it names one; no link
# leaves the repository (a clone has nothing beside it, and no web page is ours to keep). The
# checker first proves on small bad files that it catches each kind of broken link.
source "$(dirname "$0")/common.sh"
command -v python3 >/dev/null || skip "no python3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/check.py" <<'PY'
import functools, os, re, sys

# Written by another part of issue #17; until they exist, links to them are not checked.
NOT_YET = {"docs/rules.md", "docs/dev/adding-a-rule.md"}

FENCE = re.compile(r"^ {0,3}(```|~~~)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$", re.M)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>|\b(https?://|www\.)\S+")


def unfenced(text):
    """The text outside fenced code blocks; line count kept."""
    out, fenced = [], None
    for line in text.split("\n"):
        m = FENCE.match(line)
        if m and (fenced is None or m.group(1) == fenced):
            fenced = None if fenced else m.group(1)
            out.append("")
        else:
            out.append("" if fenced else line)
    return "\n".join(out)


def prose(text):
    """unfenced(text) without inline code, where nothing is a link."""
    return INLINE_CODE.sub(lambda m: " " * len(m.group(0)), unfenced(text))


def anchor(heading):
    """GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces to -."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"[`*_~]", lambda m: "_" if m.group(0) == "_" else "", text)
    text = text.strip().lower()
    text = "".join(c for c in text if c.isalnum() or c in " -_")
    return text.replace(" ", "-")


@functools.lru_cache(maxsize=None)
def anchors(path):
    seen, result = {}, set()
    for line in unfenced(open(path, encoding="utf-8").read()).split("\n"):
        m = HEADING.match(line)
        if not m:
            continue
        base = anchor(m.group(2))
        n = seen.get(base, 0)
        seen[base] = n + 1
        result.add(base if n == 0 else f"{base}-{n}")
    return result


def documents(root):
    yield os.path.join(root, "README.md")
    for folder, _, files in os.walk(os.path.join(root, "docs")):
        for name in sorted(files):
            if name.endswith(".md"):
                yield os.path.join(folder, name)


def check(root):
    root = os.path.realpath(root)
    problems = []
    for doc in documents(root):
        rel_doc = os.path.relpath(doc, root)
        text = prose(open(doc, encoding="utf-8").read())
        targets = [(m.start(), m.group(1)) for m in LINK.finditer(text)]
        targets += [(m.start(), m.group(1)) for m in REFERENCE.finditer(text)]
        for m in AUTOLINK.finditer(text):
            targets.append((m.start(), m.group(1) or m.group(0)))
        for offset, target in targets:
            where = f"{rel_doc}:{text.count(chr(10), 0, offset) + 1}: {target}"
            if not target:
                problems.append(f"{where}: empty link")
                continue
            if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", target) or target.startswith(("//", "www.")):
                problems.append(f"{where}: leaves the repository")
                continue
            path, _, fragment = target.partition("#")
            if path.startswith("/"):
                problems.append(f"{where}: an absolute path leaves the repository")
                continue
            resolved = os.path.realpath(os.path.join(os.path.dirname(doc), path)) if path else doc
            if os.path.commonpath([root, resolved]) != root or "/shared/" in "/" + path:
                problems.append(f"{where}: leaves the repository")
                continue
            rel = os.path.relpath(resolved, root)
            if not os.path.exists(resolved):
                if rel not in NOT_YET:
                    problems.append(f"{where}: no such file {rel}")
                continue
            if fragment:
                if not resolved.endswith(".md") or not os.path.isfile(resolved):
                    problems.append(f"{where}: #{fragment} on a file that has no headings")
                elif fragment not in anchors(resolved):
                    problems.append(f"{where}: no heading #{fragment} in {rel}")
    return problems


if __name__ == "__main__":
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
PY

# The checker catches each kind of broken link, and passes a good one.
make_docs() {
  rm -rf "$work/repo" && mkdir -p "$work/repo/docs/dev"
  printf '# Title\n\n## A `code` heading (x)\n\n## Twice\n\n## Twice\n' >"$work/repo/docs/usage.md"
  printf '# T\n\n[u](docs/usage.md#a-code-heading-x) [t](docs/usage.md#twice-1) [r](docs/rules.md)\n%s\n' "$1" \
    >"$work/repo/README.md"
  printf '# D\n\n[up](../usage.md#title) [self](#d)\n\n```\n[in code](../../nowhere.md) https://x.y\n```\n' \
    >"$work/repo/docs/dev/a.md"
}
make_docs ""
python3 "$work/check.py" "$work/repo" || fail "the checker refuses good links"
for bad in '[x](docs/missing.md)' '[x](docs/usage.md#missing)' '[x](#nowhere)' \
  '[x](../shared/DESIGN.md)' '[x](../../etc/passwd)' '[x](/etc/passwd)' '[x](https://example.com)' \
  'see https://example.com' '<mailto:a@b.c>' '[x][r]

[r]: ../shared/corpus'; do
  make_docs "$bad"
  if python3 "$work/check.py" "$work/repo" >"$work/out"; then
    fail "the checker passes a broken link: $bad"
  fi
  echo "caught: $(head -1 "$work/out")"
done

python3 "$work/check.py" "$ROOT" || fail "broken links in README.md or docs/ (above)"
echo "ok: every link of README.md and docs/ stays in the repository and leads somewhere"
