GRANT SELECT ON dbo.OpenOrders TO app_reader;
REVOKE INSERT ON dbo.Orders FROM legacy_writer;
CREATE LOGIN report_user WITH PASSWORD = 'N0t-Shown!x';
DROP USER old_app;
