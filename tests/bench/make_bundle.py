#!/usr/bin/env python3
"""Writes a synthetic release bundle of T-SQL migrations for the benchmark (tests/bench/bench.py).

    python3 tests/bench/make_bundle.py --lines 100000 --out build/bench/bundle-100k

The bundle is a folder of Flyway-named scripts (V1__create_customer_0001.sql, ...) of the kind a
team ships in a release: tables with keys, defaults and checks; added columns and indexes; seed
rows; guarded data fixes; procedures, views and functions with IF/BEGIN/END, joins, CTEs and CASE;
GO between batches. Almost all of it passes; about one batch in 150 is a finding (a legacy table
dropped or emptied, an index dropped), as in real bundles.

The same arguments always give byte-identical files (fixed seed, no clock), and the bundle has
exactly --lines lines (newline count, as `wc -l` counts them). The output folder must not exist
or be empty, and must lie outside the source tree.
"""
import argparse
import os
import random
import sys

DOMAINS = [
    "Customer", "Order", "OrderLine", "Invoice", "Payment", "Product", "Supplier", "Shipment",
    "Warehouse", "Employee", "Account", "Ledger", "Subscription", "Ticket", "Campaign", "Address",
]
VERBS = ["Get", "Save", "Archive", "Recalculate", "Sync", "Close", "Import", "Merge"]


class Table:
    def __init__(self, name, parent):
        self.name = name            # without schema
        self.parent = parent        # Table or None: the FK target
        self.columns = []           # (name, type) after Id
        self.indexes = 0

    @property
    def full(self):
        return f"dbo.{self.name}"

    def col(self, rng, kind=None):
        cols = [c for c in self.columns if kind is None or c[1].startswith(kind)]
        return rng.choice(cols)[0] if cols else "Id"


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.tables = []
        self.serial = 0
        self.modules = 0

    def next_id(self):
        self.serial += 1
        return self.serial

    # ---------------------------------------------------------------- statements
    # Each returns a list of lines (no trailing newline); batches end with a GO line.

    def create_table(self):
        rng = self.rng
        domain = rng.choice(DOMAINS)
        n = self.next_id()
        parent = rng.choice(self.tables) if self.tables and rng.random() < 0.6 else None
        t = Table(f"{domain}_{n:04d}", parent)
        lines = [f"-- {domain} records for the {rng.choice(['billing', 'sales', 'support', 'ops'])} "
                 "module",
                 f"CREATE TABLE {t.full}",
                 "("]
        body = ["    Id int IDENTITY(1, 1) NOT NULL"]
        candidates = [
            ("Code", "varchar(20)", "NOT NULL"),
            ("Name", "nvarchar(200)", "NOT NULL"),
            ("Description", "nvarchar(max)", "NULL"),
            ("Amount", "decimal(18, 2)", "NOT NULL CONSTRAINT DF_{t}_Amount DEFAULT (0)"),
            ("Quantity", "int", "NOT NULL CONSTRAINT DF_{t}_Quantity DEFAULT (1)"),
            ("Status", "tinyint", "NOT NULL CONSTRAINT DF_{t}_Status DEFAULT (0)"),
            ("IsActive", "bit", "NOT NULL CONSTRAINT DF_{t}_IsActive DEFAULT (1)"),
            ("ExternalRef", "uniqueidentifier", "NULL"),
            ("Email", "nvarchar(320)", "NULL"),
            ("ValidFrom", "date", "NULL"),
            ("Notes", "nvarchar(1000)", "NULL"),
        ]
        chosen = rng.sample(candidates, rng.randint(3, 7))
        chosen.sort(key=lambda c: candidates.index(c))
        if parent is not None:
            body.append(f"    {parent.name}Id int NOT NULL")
            t.columns.append((f"{parent.name}Id", "int"))
        for name, typ, rest in chosen:
            body.append(f"    {name} {typ} {rest.format(t=t.name)}")
            t.columns.append((name, typ))
        body.append(f"    CreatedAt datetime2(3) NOT NULL CONSTRAINT DF_{t.name}_CreatedAt "
                    "DEFAULT (SYSUTCDATETIME())")
        body.append("    UpdatedAt datetime2(3) NULL")
        t.columns += [("CreatedAt", "datetime2"), ("UpdatedAt", "datetime2")]
        body.append(f"    CONSTRAINT PK_{t.name} PRIMARY KEY CLUSTERED (Id)")
        if parent is not None:
            body.append(f"    CONSTRAINT FK_{t.name}_{parent.name} FOREIGN KEY ({parent.name}Id) "
                        f"REFERENCES {parent.full} (Id)")
        if any(c[0] == "Amount" for c in t.columns):
            body.append(f"    CONSTRAINT CK_{t.name}_Amount CHECK (Amount >= 0)")
        if any(c[0] == "Code" for c in t.columns):
            body.append(f"    CONSTRAINT UQ_{t.name}_Code UNIQUE (Code)")
        lines += [b + ("," if i < len(body) - 1 else "") for i, b in enumerate(body)]
        lines += [");", "GO"]
        self.tables.append(t)
        return lines

    def add_column(self, t):
        rng = self.rng
        n = self.next_id()
        if rng.random() < 0.5:
            name, typ = f"Extra{n}", rng.choice(["nvarchar(100)", "int", "date", "bit"])
            t.columns.append((name, typ))
            return [f"ALTER TABLE {t.full} ADD {name} {typ} NULL;", "GO"]
        name = f"Flag{n}"
        t.columns.append((name, "bit"))
        return [
            f"IF COL_LENGTH(N'{t.full}', N'{name}') IS NULL",
            "BEGIN",
            f"    ALTER TABLE {t.full}",
            f"        ADD {name} bit NOT NULL CONSTRAINT DF_{t.name}_{name} DEFAULT (0);",
            "END",
            "GO",
        ]

    def create_index(self, t):
        rng = self.rng
        t.indexes += 1
        key = t.col(rng)
        include = [c[0] for c in t.columns if c[0] != key][:2]
        lines = [f"CREATE NONCLUSTERED INDEX IX_{t.name}_{key}_{t.indexes}",
                 f"    ON {t.full} ({key}" + (" DESC" if rng.random() < 0.2 else "") + ")"]
        if include:
            lines.append(f"    INCLUDE ({', '.join(include)})")
        if any(c[0] == "IsActive" for c in t.columns) and rng.random() < 0.4:
            lines.append("    WHERE IsActive = 1")
        lines[-1] += ";"
        return lines + ["GO"]

    def value_of(self, typ, i):
        rng = self.rng
        if typ.startswith(("nvarchar", "varchar")):
            return f"N'{rng.choice(DOMAINS)} {i} O''Brien'" if rng.random() < 0.1 else \
                f"N'{rng.choice(DOMAINS)} {i}'"
        if typ.startswith("decimal"):
            return f"{rng.randint(0, 99999)}.{rng.randint(0, 99):02d}"
        if typ in ("int", "tinyint"):
            return str(rng.randint(0, 200))
        if typ == "bit":
            return str(rng.randint(0, 1))
        if typ.startswith("date"):
            return f"'2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'"
        if typ == "uniqueidentifier":
            return "NEWID()"
        return "NULL"

    def insert_rows(self, t, rows):
        cols = [c for c in t.columns if c[0] not in ("CreatedAt", "UpdatedAt")][:6]
        if not cols:
            cols = [("UpdatedAt", "datetime2")]
        lines = [f"INSERT INTO {t.full} ({', '.join(c[0] for c in cols)})", "VALUES"]
        for i in range(rows):
            vals = ", ".join(self.value_of(c[1], i) for c in cols)
            lines.append(f"    ({vals})" + ("," if i < rows - 1 else ";"))
        return lines

    def seed(self, t):
        lines = self.insert_rows(t, self.rng.randint(3, 25))
        return lines + ["GO"]

    def data_fix(self, t):
        rng = self.rng
        names = {c[0] for c in t.columns}
        change = ("Quantity = Quantity + 1" if "Quantity" in names else
                  "Status = 2" if "Status" in names else "IsActive = 0" if "IsActive" in names
                  else None)
        lines = ["SET XACT_ABORT ON;", "BEGIN TRANSACTION;", ""]
        lines += [f"UPDATE {t.full}"]
        if change:
            lines += ["SET UpdatedAt = SYSUTCDATETIME(),", f"    {change}"]
        else:
            lines += ["SET UpdatedAt = SYSUTCDATETIME()"]
        lines += [f"WHERE Id BETWEEN {rng.randint(1, 500)} AND {rng.randint(501, 9000)}"
                  + (" AND UpdatedAt IS NULL;" if rng.random() < 0.5 else ";"), ""]
        if rng.random() < 0.6:
            lines += [f"DELETE FROM {t.full}",
                      f"WHERE CreatedAt < '20{rng.randint(10, 23)}-01-01'",
                      f"  AND Id NOT IN (SELECT TOP (100) Id FROM {t.full} ORDER BY Id DESC);", ""]
        lines += ["COMMIT TRANSACTION;", "GO"]
        return lines

    def procedure(self, t):
        rng = self.rng
        self.modules += 1
        verb = rng.choice(VERBS)
        name = f"dbo.usp_{verb}{t.name}"
        other = t.parent
        col = t.col(rng)
        lines = [f"CREATE OR ALTER PROCEDURE {name}",
                 "    @Id int,",
                 "    @Since datetime2(3) = NULL,",
                 "    @DryRun bit = 0",
                 "AS",
                 "BEGIN",
                 "    SET NOCOUNT ON;",
                 "    DECLARE @Count int = 0;",
                 "    DECLARE @Now datetime2(3);",
                 "    SET @Now = SYSUTCDATETIME();",
                 "",
                 f"    IF NOT EXISTS (SELECT 1 FROM {t.full} WHERE Id = @Id)",
                 "    BEGIN",
                 f"        RAISERROR(N'{t.name} %d not found', 16, 1, @Id);",
                 "        RETURN 1;",
                 "    END",
                 "",
                 "    IF @Since IS NULL",
                 "        SET @Since = DATEADD(day, -30, @Now);",
                 ""]
        if other is not None:
            lines += ["    SELECT t.Id,",
                      f"           t.{col},",
                      f"           p.Id AS {other.name}Id,",
                      "           CASE",
                      "               WHEN t.UpdatedAt IS NULL THEN N'new'",
                      "               WHEN t.UpdatedAt < @Since THEN N'stale'",
                      "               ELSE N'current'",
                      "           END AS State",
                      f"    FROM {t.full} AS t",
                      f"    INNER JOIN {other.full} AS p ON p.Id = t.{other.name}Id",
                      "    WHERE t.Id = @Id",
                      "      AND t.CreatedAt >= @Since",
                      "    ORDER BY t.CreatedAt DESC;"]
        else:
            lines += [f"    SELECT Id, {col}, CreatedAt",
                      f"    FROM {t.full}",
                      "    WHERE Id = @Id;"]
        lines += ["",
                  "    IF @DryRun = 0",
                  "    BEGIN",
                  f"        UPDATE {t.full}",
                  "        SET UpdatedAt = @Now",
                  "        WHERE Id = @Id;",
                  "        SET @Count = @@ROWCOUNT;",
                  "    END",
                  "    ELSE",
                  "    BEGIN",
                  "        PRINT N'dry run: nothing changed';",
                  "    END",
                  "",
                  "    RETURN 0;",
                  "END",
                  "GO"]
        return lines

    def view(self, t):
        rng = self.rng
        self.modules += 1
        lines = [f"CREATE OR ALTER VIEW dbo.v{t.name}Summary",
                 "AS",
                 "WITH recent AS",
                 "(",
                 "    SELECT Id, CreatedAt,",
                 "           ROW_NUMBER() OVER (ORDER BY CreatedAt DESC) AS rn",
                 f"    FROM {t.full}",
                 f"    WHERE CreatedAt >= DATEADD(month, -{rng.randint(1, 12)}, SYSUTCDATETIME())",
                 ")",
                 "SELECT r.Id,",
                 "       r.CreatedAt,",
                 "       CASE WHEN r.rn <= 10 THEN 1 ELSE 0 END AS IsTopTen,",
                 "       COUNT(*) OVER () AS Total"]
        if t.parent is not None:
            lines += ["FROM recent AS r",
                      f"JOIN {t.full} AS t ON t.Id = r.Id",
                      f"LEFT JOIN {t.parent.full} AS p ON p.Id = t.{t.parent.name}Id;"]
        else:
            lines += ["FROM recent AS r;"]
        return lines + ["GO"]

    def function(self, t):
        rng = self.rng
        self.modules += 1
        if rng.random() < 0.5:
            return [f"CREATE OR ALTER FUNCTION dbo.fn_{t.name}Count (@Since date)",
                    "RETURNS int",
                    "AS",
                    "BEGIN",
                    "    DECLARE @n int;",
                    f"    SELECT @n = COUNT(*) FROM {t.full} WHERE CreatedAt >= @Since;",
                    "    IF @n IS NULL",
                    "        SET @n = 0;",
                    "    RETURN @n;",
                    "END",
                    "GO"]
        return [f"CREATE OR ALTER FUNCTION dbo.fn_{t.name}Page (@From int, @Rows int)",
                "RETURNS TABLE",
                "AS",
                "RETURN",
                "(",
                "    SELECT Id, CreatedAt, UpdatedAt",
                f"    FROM {t.full}",
                "    WHERE Id >= @From",
                "    ORDER BY Id",
                "    OFFSET 0 ROWS FETCH NEXT @Rows ROWS ONLY",
                ");",
                "GO"]

    def report_query(self, t):
        rng = self.rng
        lines = ["-- reconciliation query kept with the migration for the release notes",
                 f"DECLARE @Cutoff date = '2026-{rng.randint(1, 12):02d}-01';",
                 "WITH totals AS",
                 "(",
                 "    SELECT CAST(CreatedAt AS date) AS Day, COUNT(*) AS Cnt",
                 f"    FROM {t.full}",
                 "    WHERE CreatedAt >= @Cutoff",
                 "    GROUP BY CAST(CreatedAt AS date)",
                 ")",
                 "SELECT Day, Cnt,",
                 "       CASE WHEN Cnt > 100 THEN 'high' WHEN Cnt > 10 THEN 'mid' ELSE 'low' END "
                 "AS Band",
                 "FROM totals",
                 "ORDER BY Day;",
                 "GO"]
        return lines

    def finding(self):
        # The few statements a real bundle gets flagged for (docs/rules.md).
        rng = self.rng
        n = self.next_id()
        kind = rng.choice(["drop", "delete", "drop-index"])
        if kind == "drop":
            return [f"DROP TABLE IF EXISTS dbo.Legacy{rng.choice(DOMAINS)}_{n};", "GO"]
        if kind == "delete":
            return [f"DELETE FROM dbo.Staging{rng.choice(DOMAINS)}_{n};", "GO"]
        return [f"DROP INDEX IX_Legacy_{n} ON dbo.{rng.choice(DOMAINS)}History;", "GO"]

    # ---------------------------------------------------------------- scripts

    def chunk(self):
        """One batch (or a few) of an ordinary migration, and a description for the file name."""
        rng = self.rng
        if not self.tables or rng.random() < 0.12:
            lines = self.create_table()
            return lines, "create_" + self.tables[-1].name.lower()
        t = rng.choice(self.tables)
        r = rng.random()
        if r < 0.14:
            return self.add_column(t), "alter_" + t.name.lower()
        if r < 0.26:
            return self.create_index(t), "index_" + t.name.lower()
        if r < 0.40:
            return self.seed(t), "seed_" + t.name.lower()
        if r < 0.52:
            return self.data_fix(t), "fix_" + t.name.lower()
        if r < 0.72:
            return self.procedure(t), "proc_" + t.name.lower()
        if r < 0.82:
            return self.view(t), "view_" + t.name.lower()
        if r < 0.91:
            return self.function(t), "func_" + t.name.lower()
        return self.report_query(t), "report_" + t.name.lower()

    def filler(self, t):
        """One line that parses on its own, to end the bundle on exactly the requested count."""
        return f"UPDATE {t.full} SET UpdatedAt = SYSUTCDATETIME() WHERE Id = {self.rng.randint(1, 9999)};"


def generate(lines, out, seed=8, one_file=False):
    """Writes the bundle; returns (files, lines) written."""
    g = Generator(seed)
    scripts = []  # (description, [lines])
    total = 0
    current, desc, target = None, None, 0
    while total < lines:
        remaining = lines - total
        if current is None:
            current, desc = [], None
            target = lines if one_file else g.rng.randint(40, 400)
        chunk, what = g.chunk()
        if g.rng.random() < 1 / 150:
            chunk = g.finding() + chunk
        if len(chunk) + 1 > remaining:
            # The last lines: one-line statements, so the count is exact.
            if current and current[-1] != "GO":
                current.append("GO")
                total += 1
            t = g.tables[0] if g.tables else None
            while total < lines:
                if t is None:
                    current.append("PRINT N'release bundle';")
                else:
                    current.append(g.filler(t))
                total += 1
            break
        if desc is None:
            desc = what
            header = f"-- {what.replace('_', ' ')}: release migration"
            current.append(header)
            total += 1
            remaining -= 1
        current += chunk
        total += len(chunk)
        if len(current) >= target or total >= lines:
            scripts.append((desc, current))
            current = None
    if current:
        scripts.append((desc or "tail", current))

    os.makedirs(out, exist_ok=True)
    if os.listdir(out):
        sys.exit(f"make_bundle: {out} is not empty")
    for version, (desc, body) in enumerate(scripts, start=1):
        name = f"V{version}__{desc}.sql"
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(body) + "\n")
    return len(scripts), sum(len(b) for _, b in scripts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, required=True, help="lines in the whole bundle")
    ap.add_argument("--out", required=True, help="folder to write (new or empty)")
    ap.add_argument("--seed", type=int, default=8, help="random seed (default 8)")
    ap.add_argument("--one-file", action="store_true",
                    help="one script of --lines lines instead of a bundle (the pre-commit case)")
    args = ap.parse_args()
    if args.lines < 1:
        ap.error("--lines must be at least 1")
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.normpath(os.path.join(here, "..", ".."))
    out = os.path.abspath(args.out)
    inside = os.path.relpath(out, src)
    if not inside.startswith("..") and not inside.split(os.sep)[0].startswith("build"):
        ap.error(f"--out {args.out} is in the source tree; use build/ or a temporary folder")
    files, lines = generate(args.lines, out, args.seed, args.one_file)
    print(f"{files} files, {lines} lines in {out}")


if __name__ == "__main__":
    main()
