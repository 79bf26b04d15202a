-- preflight-disable-file PF317 -- trust me
-- preflight-disable-next-statement hidden-character -- trust me
SELECT [a​] FROM dbo.T;
