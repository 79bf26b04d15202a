SELECT * FROM OPENJSON(N'[1]');
SELECT * FROM OPENXML(@h, N'/r') WITH (a int);
SELECT * FROM dbo.OpenRowsetLog;
