SELECT session_id FROM sys.dm_exec_sessions;
