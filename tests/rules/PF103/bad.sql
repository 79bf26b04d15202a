DROP DATABASE Sales;  -- expect: PF103
