-- Procedures that share a prefix with nothing dangerous.
EXEC dbo.sp_OrderArchive @days = 30;
EXEC sp_configure 'Ole Automation Procedures', 0;  -- expect: PF621
EXEC dbo.xp_report_sales;
