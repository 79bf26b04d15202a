DBCC SHRINKFILE (N'Sales_log', 1024);  -- expect: PF624
