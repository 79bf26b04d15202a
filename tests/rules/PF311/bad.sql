EXEC xp_cmdshell 'dir C:\';  -- expect: PF311
