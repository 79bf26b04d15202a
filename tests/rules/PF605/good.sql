:setvar Server Reporting01
PRINT '$(Server)';
GO
