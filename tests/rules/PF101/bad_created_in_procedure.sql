-- A table created inside a procedure body is not created by the deployment.
CREATE PROCEDURE dbo.p AS CREATE TABLE dbo.X (a int);
GO
DROP TABLE dbo.X;  -- expect: PF101
