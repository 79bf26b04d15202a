#!/usr/bin/env python3
"""Scaffolds a new rule: its catalogue entry, its check and its fixture folder.

    tools/new_rule.py PF150 drop-partition --category drop --level review

writes, from the root of the source tree (or --root):

    rules/PF150-drop-partition.yaml          the catalogue entry, with TODO text
    src/rules/checks/pf150_drop_partition.cpp  a rule that reports nothing yet
    tests/rules/PF150/good.sql               a fixture that expects nothing

The tree builds and the test rule.PF150 passes as generated; docs/dev/adding-a-rule.md says what
to fill in, and which tests remind you (rule.fixtures wants a bad fixture, rule.docs_current a
regenerated docs/rules.md).
"""
import argparse
import re
import sys
from pathlib import Path

# The catalogue compiler (src/rules/catalogue_compiler.cpp) checks both again at build time; they
# are checked here so that a typo fails before anything is written.
LEVELS = ("fail", "review", "warn", "off")
CATEGORY_LIST = re.compile(r"kCategories = \{(.*?)\};", re.S)


def categories(root: Path) -> list:
    source = (root / "src/rules/catalogue_compiler.cpp").read_text(encoding="utf-8")
    return re.findall(r'"([a-z-]+)"', CATEGORY_LIST.search(source).group(1))


def class_name(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("-")) + "Rule"


def entry_yaml(rule: str, name: str, category: str, level: str) -> str:
    # Bad examples without «…» markers expect no finding, so the catalogue test passes while the
    # rule reports nothing; mark the findings once the rule raises them.
    return f"""id: {rule}
name: {name}
category: {category}
level: {level}
reversible: false
summary: TODO one sentence, what the rule flags.
rationale: |
  TODO why it matters to a deployment: what is lost or broken, and when it is not flagged.
instead: |
  TODO what to write instead.
examples:
  bad:
    - "SELECT 1; -- TODO a statement the rule flags, the finding between guillemets"
    - "SELECT 2; -- TODO another"
  good:
    - "SELECT 1; -- TODO a near miss the rule must not flag"
    - "SELECT 2; -- TODO another"
"""


def check_cpp(rule: str, name: str) -> str:
    snake = name.replace("-", "_")
    cls = class_name(name)
    return f"""// {rule} {name}: docs, rationale and examples in rules/{rule}-{name}.yaml.
#include "rules/rule.h"

#include <memory>

namespace pf::rules {{
namespace {{

class {cls} final : public Rule {{
 public:
  // TODO override on(const ast::<Kind>&, RuleContext&) for each statement kind the rule inspects
  // (PF_AST_STATEMENT_KINDS in ast/ast.h), and call ctx.report(range, object, message) for each
  // finding. The id, name and level come from the catalogue entry.
}};

}}  // namespace

// Found by its name: the catalogue compiler lists make_<name with _ for ->_rule in the registry.
std::unique_ptr<const Rule> make_{snake}_rule() {{
  return std::make_unique<{cls}>();
}}

}}  // namespace pf::rules
"""


def good_fixture(rule: str) -> str:
    return f"""-- TODO a near miss that {rule} must not flag. Add bad.sql, a script
-- that ends each line where a finding of {rule} starts with an expect annotation
-- (docs/dev/adding-a-rule.md).
SELECT 1;
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("id", help="PF and three digits, e.g. PF150")
    parser.add_argument("name", help="kebab-case, e.g. drop-partition")
    parser.add_argument("--category", required=True)
    parser.add_argument("--level", required=True, choices=LEVELS)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the source tree (default: the one holding this script)")
    args = parser.parse_args()
    root = args.root.resolve()

    problems = []
    if not re.fullmatch(r"PF\d{3}", args.id):
        problems.append(f"id '{args.id}' must look like PF123")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.name):
        problems.append(f"name '{args.name}' must be kebab-case")
    known = categories(root)
    if args.category not in known:
        problems.append(f"category '{args.category}' is not one of {', '.join(known)}")
    for existing in (root / "rules").glob("PF*.yaml"):
        if existing.name.startswith(args.id + "-") or existing.stem[6:] == args.name:
            problems.append(f"rules/{existing.name} already uses {args.id} or {args.name}")
    files = {
        root / "rules" / f"{args.id}-{args.name}.yaml":
            entry_yaml(args.id, args.name, args.category, args.level),
        root / "src/rules/checks" / f"{args.id.lower()}_{args.name.replace('-', '_')}.cpp":
            check_cpp(args.id, args.name),
        root / "tests/rules" / args.id / "good.sql": good_fixture(args.id),
    }
    problems += [f"{path.relative_to(root)} already exists" for path in files if path.exists()]
    if problems:
        for problem in problems:
            print(f"new_rule.py: {problem}", file=sys.stderr)
        return 2
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    print("next: fill in the TODOs, then build and run ctest -R 'rule|catalogue' "
          "(docs/dev/adding-a-rule.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
