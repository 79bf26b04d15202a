:setvar DatabaseName Sales
USE [$(DatabaseName)];
GO
USE $(DatabaseName)
GO
-- USE Sales in a comment is nothing
PRINT 'USE Sales';
