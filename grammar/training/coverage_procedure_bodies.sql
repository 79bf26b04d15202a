-- Training input for the parser's prediction snapshot: procedure bodies ending in RETURN forms.
-- Written for Preflight; not meant to be deployed.

CREATE OR ALTER PROCEDURE inv.usp_Step120974
AS
BEGIN
DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Id = NEXT VALUE FOR inv.ItemSeq
RETURN
END
GO

CREATE OR ALTER PROCEDURE inv.usp_Step121554
AS
BEGIN
DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXECUTE sp_executesql @Sql
RETURN @@ERROR
END
GO

CREATE OR ALTER PROCEDURE inv.usp_Step121400
AS
BEGIN
DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
EXEC inv.usp_Rebuild @ItemId
RETURN 1
END
GO

CREATE OR ALTER PROCEDURE inv.usp_Step120978
AS
BEGIN
DECLARE @Total INT, @Count INT, @Name NVARCHAR(200), @ItemId INT, @Qty INT, @BinId INT, @Sql NVARCHAR(MAX), @Msg NVARCHAR(2048), @Sev INT, @State INT, @Flag BIT, @Stamp DATETIME, @Rows INT, @Err INT, @Text NVARCHAR(400), @Schema sysname, @Table sysname, @Ratio DECIMAL(18, 4), @Json NVARCHAR(MAX), @Id BIGINT, @Bits INT, @rc INT, @Result INT, @Delay CHAR(8), @TranName NVARCHAR(32), @SaveName NVARCHAR(32), @Cutoff DATETIME, @Payload NVARCHAR(MAX), @i INT, @Batch TABLE (Id INT, Qty INT);
SET @Id = NEXT VALUE FOR inv.ItemSeq
RETURN (@rc)
END
GO

CREATE OR ALTER PROCEDURE inv.usp_Step120792
AS
BEGIN
SELECT ItemId FROM inv.StockItem s ORDER BY s.ItemName ASC
RETURN
END
GO
