"""A small re-implementation of Octostache, the variable language Octopus and Calamari evaluate
in script bodies, parameter values and run conditions: just the parts the Preflight step
template and its documented run condition use.

Written from Octostache's own source (OctopusDeploy/Octostache, commit 5a08233, 2026-08-14):
- Templates/TemplateParser.cs `Text`: `##{` is a literal `#{`; `##` before `#{` is one `#`; any
  other `#` is itself. `LDelim` is `#{` but not `#{/`.
- `Substitution`: `#{Symbol}`; a symbol is identifiers joined by `.` and `[index]` steps
  (`Identifier`, `StringIndexer`). TemplateEvaluator.EvaluateSubstitutionToken writes an
  unresolved substitution back as it was written.
- `Conditional`: `#{if E}…#{else}…#{/if}` and `#{unless E}…#{/unless}`, E one of `Symbol`,
  `Symbol ==|!= "text"`, `"text" ==|!= Symbol`, `Symbol ==|!= Symbol` (QuotedText holds no `"`
  and no `#`). EvaluationContext.Resolve makes a missing symbol "" in a condition;
  TemplateEvaluator.IsTruthy: "0", "" and (trimmed, any case) "no" and "false" are false.
- VariableDictionary: names are case-insensitive, and a value is itself a template.
Anything outside that subset raises OctostacheSubsetError rather than guessing.
"""

IDENTIFIER_EXTRA = set("_-:/~()@")


class OctostacheSubsetError(Exception):
    pass


def is_truthy(value: str) -> bool:
    return value not in ("0", "") and value.strip().lower() not in ("no", "false")


class _Parser:
    def __init__(self, text: str):
        self.text, self.pos = text, 0

    def peek(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def fail(self, why: str):
        raise OctostacheSubsetError(f"{why} at {self.pos}: {self.text[self.pos:self.pos + 40]!r}")

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    # ---- symbols
    def identifier(self) -> str:
        start = self.pos
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c.isalnum() or c in IDENTIFIER_EXTRA or (c.isspace() and not self._space_ends()):
                self.pos += 1
            else:
                break
        if self.pos == start:
            self.fail("identifier expected")
        return self.text[start:self.pos].strip()

    def _space_ends(self) -> bool:
        rest = self.text[self.pos:].lstrip()
        return rest[:1] in ("}", "|", "") or rest.startswith("==") or rest.startswith("!=")

    def index(self) -> str:
        assert self.text[self.pos] == "["
        depth, start = 0, self.pos
        while self.pos < len(self.text):
            c = self.text[self.pos]
            depth += c == "["
            depth -= c == "]"
            self.pos += 1
            if depth == 0:
                return self.text[start:self.pos]
        self.fail("unclosed index")

    def symbol(self) -> str:
        self.skip_space()
        parts = [self.identifier()]
        while True:
            if self.peek("."):
                self.pos += 1
                parts.append("." + self.identifier())
            elif self.peek("["):
                parts.append(self.index())
            else:
                return "".join(parts)

    def quoted(self) -> str:
        self.skip_space()
        if not self.peek('"'):
            self.fail('" expected')
        end = self.text.find('"', self.pos + 1)
        content = self.text[self.pos + 1:end]
        if end < 0 or "#" in content:
            self.fail("quoted text")
        self.pos = end + 1
        return content

    def operand(self):
        self.skip_space()
        return ("text", self.quoted()) if self.peek('"') else ("symbol", self.symbol())

    def expression(self):
        left = self.operand()
        self.skip_space()
        for op in ("==", "!="):
            if self.peek(op):
                self.pos += 2
                right = self.operand()
                self.skip_space()
                return ("compare", op, left, right)
        if left[0] != "symbol":
            self.fail("a bare string is no condition")
        return ("truthy", left)

    # ---- templates
    def template(self, ends=()):
        tokens = []
        text = []
        while self.pos < len(self.text):
            if any(self.peek(e) for e in ends):
                break
            if self.peek("###{"):  # `##` before `#{`: one `#`
                text.append("#")
                self.pos += 2
            elif self.peek("##{"):
                text.append("#{")
                self.pos += 3
            elif self.peek("#{/"):
                self.fail("unexpected end tag")
            elif self.peek("#{"):
                if text:
                    tokens.append(("text", "".join(text)))
                    text = []
                tokens.append(self.tag())
            else:
                text.append(self.text[self.pos])
                self.pos += 1
        if text:
            tokens.append(("text", "".join(text)))
        return tokens

    def tag(self):
        start = self.pos
        self.pos += 2
        self.skip_space()
        for keyword in ("if", "unless"):
            if self.peek(keyword) and self.text[self.pos + len(keyword)].isspace():
                self.pos += len(keyword)
                condition = self.expression()
                if not self.peek("}"):
                    self.fail("} expected")
                self.pos += 1
                body = self.template(ends=("#{else}", f"#{{/{keyword}}}"))
                other = []
                if self.peek("#{else}"):
                    self.pos += len("#{else}")
                    other = self.template(ends=(f"#{{/{keyword}}}",))
                if not self.peek(f"#{{/{keyword}}}"):
                    self.fail(f"#{{/{keyword}}} expected")
                self.pos += len(f"#{{/{keyword}}}")
                if keyword == "unless":
                    body, other = other, body
                return ("if", condition, body, other)
        name = self.symbol()
        self.skip_space()
        if not self.peek("}"):
            self.fail("only plain #{Variable} substitutions are in the subset")
        self.pos += 1
        return ("substitute", name, self.text[start:self.pos])


class Variables:
    """Octopus variables: case-insensitive names, values evaluated as templates when read."""

    def __init__(self, values: dict):
        self.values = {self.key(k): v for k, v in values.items()}

    @staticmethod
    def key(name: str) -> str:
        return name.strip().lower()

    def get(self, name: str, depth: int = 0):
        raw = self.values.get(self.key(name))
        if raw is None:
            return None
        if depth > 20:
            raise OctostacheSubsetError(f"recursive definition of {name}")
        return evaluate(raw, self, depth + 1)


def _value(operand, variables: Variables, depth: int) -> str:
    kind, value = operand
    if kind == "text":
        return value
    resolved = variables.get(value, depth)
    return "" if resolved is None else resolved


def _render(tokens, variables: Variables, depth: int) -> str:
    out = []
    for token in tokens:
        if token[0] == "text":
            out.append(token[1])
        elif token[0] == "substitute":
            resolved = variables.get(token[1], depth)
            out.append(token[2] if resolved is None else resolved)
        else:
            _, condition, body, other = token
            if condition[0] == "truthy":
                holds = is_truthy(_value(condition[1], variables, depth))
            else:
                _, op, left, right = condition
                equal = _value(left, variables, depth) == _value(right, variables, depth)
                holds = equal if op == "==" else not equal
            out.append(_render(body if holds else other, variables, depth))
    return "".join(out)


def evaluate(template: str, variables: Variables, depth: int = 0) -> str:
    parser = _Parser(template)
    tokens = parser.template()
    return _render(tokens, variables, depth)
