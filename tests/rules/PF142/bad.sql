DBCC WRITEPAGE (N'Sales', 1, 152, 96, 4, 0x45787465, 1);  -- expect: PF142
