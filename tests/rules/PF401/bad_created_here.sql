-- sp_rename of an object the deployment created is not flagged.
CREATE TABLE dbo.New (a int);
GO
EXEC sp_rename 'dbo.New.a', 'b', 'COLUMN';
EXEC sp_rename N'[dbo].[Old]', N'Older';  -- expect: PF401 object=[dbo].[Old] message="sp_rename of [dbo].[Old] to Older breaks code that still uses the old name"
