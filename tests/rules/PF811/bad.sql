-- As an old database's scripts carry it: the settings it was created with.
SET ANSI_NULLS OFF
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE PROCEDURE [dbo].[GetOrders] AS  -- expect: PF811 at=18 end=6:35 object=dbo.GetOrders message="procedure dbo.GetOrders is created under SET ANSI_NULLS OFF (line 2): SQL Server keeps the setting with the procedure for good, whatever the caller's, so `= NULL` and `<> NULL` match nulls inside it, and its writes to a table with a filtered index, an indexed view or an index on a computed column fail; SET ANSI_NULLS ON before creating it"
SELECT * FROM dbo.Orders WHERE ShippedAt = NULL;
GO
-- Still off: a later batch, a view.
CREATE VIEW dbo.OpenOrders AS SELECT Id FROM dbo.Orders;  -- expect: PF811 contains="view dbo.OpenOrders is created under SET ANSI_NULLS OFF (line 2)" contains="the view cannot be indexed"
GO
set quoted_identifier off;
go
create or alter function dbo.Total (@id int) returns int as  -- expect: PF811 contains="ANSI_NULLS OFF (line 2) and QUOTED_IDENTIFIER OFF (line 12)" contains="SET ANSI_NULLS ON and SET QUOTED_IDENTIFIER ON"
begin
  return (select sum(Qty) from dbo.Lines where OrderId = @id);
end
GO
SET ANSI_DEFAULTS ON
GO
SET QUOTED_IDENTIFIER OFF
GO
CREATE TRIGGER trg_Orders ON dbo.Orders AFTER INSERT AS  -- expect: PF811 contains="trigger trg_Orders is created under SET QUOTED_IDENTIFIER OFF (line 21)"
SET NOCOUNT ON;
GO
-- Created in dynamic SQL: the session's settings apply.
EXEC (N'CREATE VIEW dbo.Dyn AS SELECT 1 AS x');  -- expect: PF811
