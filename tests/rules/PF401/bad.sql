EXEC sp_rename 'dbo.Orders.Amount', 'TotalAmount', 'COLUMN';  -- expect: PF401
GO
-- Created only under IF, or altered: callers may know the old name.
IF OBJECT_ID('dbo.usp_Maybe') IS NULL EXEC ('CREATE PROCEDURE dbo.usp_Maybe AS SELECT 1');
GO
EXEC sp_rename 'dbo.usp_Maybe', 'usp_Sure';  -- expect: PF401
GO
CREATE OR ALTER PROCEDURE dbo.usp_Existing AS SELECT 1;
GO
EXEC sp_rename 'dbo.usp_Existing', 'usp_New';  -- expect: PF401
