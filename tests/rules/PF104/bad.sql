DROP SCHEMA Staging;  -- expect: PF104
