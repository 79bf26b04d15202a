CREATE TRIGGER t ON ALL SERVER FOR LOGON AS  -- expect: PF628 contains="nobody can connect"
  PRINT 1;
GO
