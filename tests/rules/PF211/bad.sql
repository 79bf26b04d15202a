SELECT o.Id FROM dbo.Orders AS o WITH (NOLOCK);  -- expect: PF211
