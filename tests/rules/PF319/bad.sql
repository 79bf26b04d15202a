-- Passwords and secrets written into a deployment script, in every statement that takes one.
CREATE LOGIN AppLogin WITH PASSWORD = N'Sup3r!', CHECK_POLICY = ON;  -- expect: PF319 at=39 end=2:48 object=AppLogin message="CREATE LOGIN writes a password as a literal: anyone who can read the script, its history in version control or the deployment log has it"
create login [App Login] with password = 'lower case', default_database = [Sales];  -- expect: PF319 at=42 object="App Login"
ALTER LOGIN AppLogin WITH PASSWORD = 'n3w' OLD_PASSWORD = '0ld';  -- expect: PF319 at=38 contains="ALTER LOGIN writes a password" expect: PF319 at=59 contains="writes the old password"
CREATE USER Contained WITH PASSWORD = 'C0ntained!';  -- expect: PF319 contains="CREATE USER writes a password"
CREATE APPLICATION ROLE Reporting WITH PASSWORD = 'R3port', DEFAULT_SCHEMA = rpt;  -- expect: PF319 contains="CREATE APPLICATION ROLE writes a password"
CREATE CREDENTIAL AzureCred WITH IDENTITY = 'acct', SECRET = 'k3y==';  -- expect: PF319 at=62 contains="CREATE CREDENTIAL writes a credential's secret"
ALTER CREDENTIAL AzureCred WITH IDENTITY = 'acct', SECRET = 'k3y2==';  -- expect: PF319 contains="ALTER CREDENTIAL"
CREATE DATABASE SCOPED CREDENTIAL BlobCred WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2022';  -- expect: PF319 contains="CREATE DATABASE SCOPED CREDENTIAL writes a credential's secret"
ALTER DATABASE SCOPED CREDENTIAL BlobCred WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = 'sv=2023';  -- expect: PF319 contains="ALTER DATABASE SCOPED CREDENTIAL"
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'M@ster';  -- expect: PF319 at=44 contains="CREATE MASTER KEY writes a password"
OPEN MASTER KEY DECRYPTION BY PASSWORD = 'M@ster';  -- expect: PF319 contains="OPEN MASTER KEY"
CREATE CERTIFICATE Signing ENCRYPTION BY PASSWORD = 'C3rt' WITH SUBJECT = 'signing';  -- expect: PF319 object=Signing contains="CREATE CERTIFICATE"
CREATE SYMMETRIC KEY DataKey WITH ALGORITHM = AES_256 ENCRYPTION BY PASSWORD = 'Symm';  -- expect: PF319 contains="CREATE SYMMETRIC KEY"
EXEC sp_addlogin 'legacy', 'L3gacy';  -- expect: PF319 at=28 end=15:36 contains="sp_addlogin writes a password"
EXEC sp_password @old = 'a', @new = 'b', @loginame = 'legacy';  -- expect: PF319 at=25 expect: PF319 at=37
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'Remote', @useself = N'False', @locallogin = NULL, @rmtuser = N'app', @rmtpassword = N'Rem0te';  -- expect: PF319 at=138
CREATE LOGIN Migrated WITH PASSWORD = 0x0200A1B2C3 HASHED, SID = 0x1234;  -- expect: PF319 at=39 contains="writes a password hash as a literal"
GO
-- Inside a procedure, the password is in the module's definition on the server too.
CREATE PROCEDURE dbo.ResetAppPassword AS
  ALTER LOGIN AppLogin WITH PASSWORD = 'Inside!';  -- expect: PF319 at=40 contains="runs when procedure"
GO
-- Inside literal SQL: the inner literal, doubled quotes and all.
EXEC (N'CREATE LOGIN Dyn WITH PASSWORD = ''Dyn@mic''');  -- expect: PF319 at=42 end=25:53
-- Spanning a line break. The line cannot take a comment, so the annotation is in the literal.
CREATE LOGIN Wrapped WITH PASSWORD = 'first line -- expect: PF319 at=38 end=28:13
second line';
-- A sqlcmd variable whose value the script itself sets: the secret is in the script after all.
:setvar SaPassword "Inl1ne!"
ALTER LOGIN Ops WITH PASSWORD = '$(SaPassword)';  -- expect: PF319 at=33 contains="through sqlcmd variable SaPassword, which the script's own :setvar at line 30"
ALTER SERVICE MASTER KEY WITH NEW_ACCOUNT = 'CORP\svc', NEW_PASSWORD = 'N3w!';  -- expect: PF319 at=72 contains="ALTER SERVICE MASTER KEY writes a password"
EXEC sp_adddistributor @distributor = N'dist', @password = N'Distr!';  -- expect: PF319 at=60 contains="sp_adddistributor"
