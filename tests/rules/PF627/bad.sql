EXEC msdb.dbo.sp_add_job @job_name = N'x';  -- expect: PF627 object=msdb.dbo.sp_add_job
