EXEC msdb.dbo.sp_help_job;
