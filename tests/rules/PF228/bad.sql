ALTER PARTITION FUNCTION pfOrderDate() SPLIT RANGE ('2025-01-01');  -- expect: PF228 at=40 end=1:66 object=pfOrderDate contains="SPLIT RANGE on partition function pfOrderDate"
ALTER PARTITION FUNCTION [pfOrderDate] () MERGE RANGE (20200101);  -- expect: PF228 at=43 contains="MERGE RANGE"
