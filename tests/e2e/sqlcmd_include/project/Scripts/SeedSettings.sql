INSERT INTO dbo.Settings (Name, Value) VALUES ('environment', '$(Env)');
