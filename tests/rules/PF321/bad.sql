-- CLR that reaches outside the database.
CREATE ASSEMBLY Utils FROM 0x4D5A900003 WITH PERMISSION_SET = UNSAFE;  -- expect: PF321 at=63 end=2:69 object=Utils contains="UNSAFE: its code runs inside the SQL Server process"
create assembly [Net Utils] from 0x4D5A with permission_set = external_access;  -- expect: PF321 at=63 object="Net Utils" contains="EXTERNAL_ACCESS"
ALTER ASSEMBLY Utils WITH PERMISSION_SET = UNSAFE;  -- expect: PF321 at=44 contains="ALTER ASSEMBLY Utils"
EXEC sp_configure 'clr strict security', 0;  -- expect: PF321 object="clr strict security"
EXEC sys.sp_configure @configname = N'clr strict security', @configvalue = @off;  -- expect: PF321
EXEC sys.sp_add_trusted_assembly 0x8893AD6D78D14EE4, N'Utils';  -- expect: PF321 contains="sp_add_trusted_assembly"
GO
CREATE PROCEDURE dbo.LoadClr AS
  CREATE ASSEMBLY Late FROM 0x4D5A WITH PERMISSION_SET = UNSAFE;  -- expect: PF321 contains="runs when procedure"
