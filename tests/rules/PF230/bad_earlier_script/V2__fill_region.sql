UPDATE [dbo].[Orders] SET [Region] = 'EU';  -- expect: PF230 object=dbo.Orders
