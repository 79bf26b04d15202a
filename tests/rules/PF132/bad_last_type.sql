-- ALTER COLUMN compares with the type the deployment last gave the column.
ALTER TABLE dbo.T ADD Code nvarchar(20) NULL;
ALTER TABLE dbo.T ALTER COLUMN Code varchar(5) NULL;
ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(50) NULL;  -- expect: PF133
ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(40) NULL;  -- expect: PF132 message="ALTER COLUMN dbo.U.Name nvarchar(40) is shorter (was nvarchar(50)): existing values can be cut or rejected"
ALTER TABLE dbo.U ALTER COLUMN Name nvarchar(60) NOT NULL;  -- expect: PF403
