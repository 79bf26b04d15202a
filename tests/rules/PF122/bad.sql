UPDATE dbo.Orders SET Status = 'closed';  -- expect: PF122
