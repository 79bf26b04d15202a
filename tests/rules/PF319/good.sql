-- The secret comes from the deployment: sqlcmd puts the variable's value in.
CREATE LOGIN AppLogin WITH PASSWORD = '$(AppLoginPassword)';  -- expect: PF003
CREATE CREDENTIAL AzureCred WITH IDENTITY = 'acct', SECRET = N'$(AzureKey)';  -- expect: PF003
-- No password at all.
CREATE LOGIN [CORP\svc_app] FROM WINDOWS WITH DEFAULT_DATABASE = [Sales];
CREATE USER AppUser FOR LOGIN AppLogin;
CREATE LOGIN Signer FROM CERTIFICATE SigningCert;
ALTER LOGIN AppLogin WITH CHECK_POLICY = OFF;
CREATE MASTER KEY ENCRYPTION BY SERVICE MASTER KEY;
EXEC sp_addlinkedsrvlogin 'Remote', 'true';
EXEC sp_addlinkedsrvlogin @rmtsrvname = 'Remote', @useself = 'false', @rmtuser = 'app', @rmtpassword = NULL;
DECLARE @pwd sysname = NULL;
EXEC sp_addlogin 'legacy', @pwd;
EXEC sp_addlogin @loginame = 'legacy', @passwd = @pwd;
-- Application data that happens to be called a password: masked in reports, not flagged.
UPDATE dbo.Users SET Password = 'reset-me' WHERE UserId = 1;
SELECT UserId FROM dbo.Users WHERE Password = '';
-- A variable named for a password is masked in reports, but only the statement that uses it
-- (above: sp_addlogin with @pwd) could be flagged, and it takes a variable.
DECLARE @distributor_password sysname = N'set-elsewhere';
