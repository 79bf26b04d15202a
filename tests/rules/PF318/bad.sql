-- A "deployment" that reads where backups go and writes a file through COM.
DECLARE @dir nvarchar(4000), @fso int, @file int;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'Software\Microsoft\MSSQLServer\MSSQLServer', N'BackupDirectory', @dir OUTPUT;  -- expect: PF318 contains="registry"
EXEC sp_configure 'Ole Automation Procedures', 1;  -- expect: PF318 expect: PF621
EXEC sp_OACreate 'Scripting.FileSystemObject', @fso OUT;  -- expect: PF318 contains="COM objects"
EXEC xp_dirtree '\\fileserver\deploy$', 1, 1;  -- expect: PF318 contains="disks and network shares"
