SELECT 1;
!! del C:\backups\*.bak  -- expect: PF316
