MERGE dbo.Orders AS t
USING (SELECT 'closed' AS s) AS src
ON 1 = 1
WHEN MATCHED THEN UPDATE SET t.Status = src.s;
