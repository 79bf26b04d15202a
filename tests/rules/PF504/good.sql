-- Checked without a scope (no --since, --applied-through or --journal), every file is pending:
-- nothing is known to be applied, so no PF504 finding.
CREATE TABLE dbo.Orders (Id int NOT NULL);
