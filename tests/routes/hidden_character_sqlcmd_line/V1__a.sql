:setvar Table "Orders​"
SELECT 1;
GO -- done ‮
SELECT 2;
