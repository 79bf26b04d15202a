CREATE ASSEMBLY Utils FROM 0x4D5A900003 WITH PERMISSION_SET = SAFE;
CREATE ASSEMBLY Utils2 FROM 0x4D5A900003;
ALTER ASSEMBLY Utils WITH PERMISSION_SET = SAFE;
-- Strict security on, and CLR itself, are PF621's server settings.
EXEC sp_configure 'clr strict security', 1;  -- expect: PF621
EXEC sp_configure 'clr enabled', 1;  -- expect: PF621
