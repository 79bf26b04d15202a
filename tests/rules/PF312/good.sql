GRANT SELECT ON dbo.Orders TO ReportingReaders;
