USE Sales;  -- expect: PF601 object=Sales end=1:10
GO
/* a block comment */ USE [Sales];  -- expect: PF601 at=23
GO
CREATE PROCEDURE dbo.p AS
  EXEC (N'USE Archive; SELECT 1;');  -- expect: PF601 object=Archive
GO
