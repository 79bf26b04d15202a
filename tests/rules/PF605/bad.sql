SELECT 1;
GO
:connect Reporting01 -U deploy -P Secret123
-- expect-above: PF605 object=Reporting01
UPDATE dbo.Settings SET v = 1 WHERE k = 'x';
GO
