-- Training input for the parser's prediction snapshot (procedures, functions, triggers, error handling).
-- Written for Preflight; not meant to be deployed.

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE PROCEDURE shop.usp_GetCustomer
    @CustomerId INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT CustomerId, CustomerCode, DisplayName, Email, CreditLimit
    FROM shop.Customer
    WHERE CustomerId = @CustomerId;
END
GO

CREATE OR ALTER PROCEDURE shop.usp_SearchCustomers
    @Name         NVARCHAR(100) = NULL,
    @Email        NVARCHAR(320) = NULL,
    @OnlyActive   BIT = 1,
    @PageNumber   INT = 1,
    @PageSize     INT = 50,
    @TotalRows    INT = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @PageNumber < 1 SET @PageNumber = 1;
    IF @PageSize NOT BETWEEN 1 AND 500
    BEGIN
        RAISERROR(N'Page size %d is out of range.', 16, 1, @PageSize);
        RETURN -1;
    END

    SELECT @TotalRows = COUNT(*)
    FROM shop.Customer c
    WHERE (@Name IS NULL OR c.DisplayName LIKE N'%' + @Name + N'%')
      AND (@Email IS NULL OR c.Email = @Email)
      AND (@OnlyActive = 0 OR c.IsActive = 1);

    SELECT c.CustomerId, c.CustomerCode, c.DisplayName, c.Email
    FROM shop.Customer c
    WHERE (@Name IS NULL OR c.DisplayName LIKE N'%' + @Name + N'%')
      AND (@Email IS NULL OR c.Email = @Email)
      AND (@OnlyActive = 0 OR c.IsActive = 1)
    ORDER BY c.DisplayName
    OFFSET (@PageNumber - 1) * @PageSize ROWS
    FETCH NEXT @PageSize ROWS ONLY
    OPTION (RECOMPILE);

    RETURN 0;
END;
GO

CREATE PROCEDURE [shop].[usp_PlaceOrder]
    @CustomerId   INT,
    @Lines        shop.OrderLineType READONLY,
    @RequiredDate DATE = NULL,
    @OrderId      BIGINT OUTPUT
WITH EXECUTE AS OWNER
AS
BEGIN
    SET NOCOUNT, XACT_ABORT ON;

    DECLARE @now DATETIME2(3) = SYSUTCDATETIME(),
            @subTotal DECIMAL(19, 4);

    IF NOT EXISTS (SELECT 1 FROM shop.Customer WHERE CustomerId = @CustomerId AND IsActive = 1)
    BEGIN
        THROW 50001, N'Customer does not exist or is inactive.', 1;
    END;

    IF NOT EXISTS (SELECT 1 FROM @Lines)
        THROW 50002, 'An order needs at least one line.', 1;

    BEGIN TRY
        BEGIN TRANSACTION;

        SELECT @subTotal = SUM(l.Quantity * p.UnitPrice)
        FROM @Lines l
        JOIN shop.Product p ON p.ProductId = l.ProductId;

        INSERT INTO shop.OrderHeader (CustomerId, OrderDate, RequiredDate, Status, SubTotal)
        VALUES (@CustomerId, CAST(@now AS DATE), @RequiredDate, 0, @subTotal);

        SET @OrderId = SCOPE_IDENTITY();

        INSERT INTO shop.OrderLine (OrderId, LineNo, ProductId, Quantity, UnitPrice)
        SELECT @OrderId,
               ROW_NUMBER() OVER (ORDER BY l.ProductId),
               l.ProductId,
               l.Quantity,
               p.UnitPrice
        FROM @Lines l
        JOIN shop.Product p ON p.ProductId = l.ProductId;

        UPDATE s
        SET s.Reserved = s.Reserved + l.Quantity
        FROM logistics.StockLevel s
        JOIN @Lines l ON l.ProductId = s.ProductId
        WHERE s.WarehouseId = 1;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;

        DECLARE @msg NVARCHAR(2048) = ERROR_MESSAGE(),
                @sev INT = ERROR_SEVERITY(),
                @state INT = ERROR_STATE();

        INSERT INTO dbo.AuditLog (EventTime, UserName, ObjectName, Action, Payload)
        VALUES (SYSUTCDATETIME(), SUSER_SNAME(), OBJECT_NAME(@@PROCID), 'ERROR',
                CONCAT(ERROR_NUMBER(), ': ', @msg, ' at line ', ERROR_LINE(), ' in ', ERROR_PROCEDURE()));

        RAISERROR(@msg, @sev, @state);
        RETURN 1;
    END CATCH;

    RETURN 0;
END
GO

CREATE PROC dbo.usp_Ping AS SELECT 1 AS Alive;
GO

create proc dbo.usp_NoBeginEnd
    @a int,
    @b int = 10
as
    set nocount on
    select @a + @b as Total
    return
go

ALTER PROCEDURE shop.usp_GetCustomer
    @CustomerId INT,
    @IncludeAddresses BIT = 0
AS
BEGIN
    SET NOCOUNT ON;

    SELECT CustomerId, CustomerCode, DisplayName, Email, CreditLimit
    FROM shop.Customer
    WHERE CustomerId = @CustomerId;

    IF @IncludeAddresses = 1
    BEGIN
        SELECT a.AddressId, a.Line1, a.Line2, a.City, a.PostalCode, a.CountryCode
        FROM shop.[Address] a
        WHERE a.CustomerId = @CustomerId
        ORDER BY a.IsDefault DESC, a.AddressId;
    END
END
GO

CREATE PROCEDURE billing.usp_ApplyPayment
    @InvoiceId INT,
    @Amount DECIMAL(19, 4),
    @Method VARCHAR(10) = 'CARD',
    @Reference NVARCHAR(64) = NULL,
    @NewBalance DECIMAL(19, 4) = NULL OUT
AS
SET NOCOUNT ON;
SET XACT_ABORT ON;

DECLARE @trancount INT = @@TRANCOUNT;

BEGIN TRY
    IF @trancount = 0
        BEGIN TRANSACTION;
    ELSE
        SAVE TRANSACTION ApplyPayment;

    IF @Amount <= 0
        RAISERROR('Amount must be positive', 16, 1) WITH NOWAIT;

    INSERT billing.Payment (InvoiceId, Amount, Method, Reference)
    VALUES (@InvoiceId, @Amount, @Method, @Reference);

    UPDATE billing.Invoice
    SET PaidAmount = PaidAmount + @Amount,
        @NewBalance = Amount - (PaidAmount + @Amount)
    WHERE InvoiceId = @InvoiceId;

    IF @@ROWCOUNT = 0
        THROW 50010, 'Invoice not found', 1;

    IF @trancount = 0
        COMMIT;
END TRY
BEGIN CATCH
    DECLARE @xstate INT = XACT_STATE();
    IF @xstate = -1
        ROLLBACK;
    IF @xstate = 1 AND @trancount = 0
        ROLLBACK;
    IF @xstate = 1 AND @trancount > 0
        ROLLBACK TRANSACTION ApplyPayment;
    THROW;
END CATCH
GO

CREATE PROCEDURE hr.usp_GiveRaise
    @DepartmentCode CHAR(4),
    @Percent DECIMAL(5, 2),
    @DryRun BIT = 1
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @changes TABLE
    (
        EmployeeId INT NOT NULL PRIMARY KEY,
        OldSalary DECIMAL(12, 2) NULL,
        NewSalary DECIMAL(12, 2) NULL
    );

    BEGIN TRAN raise;

    UPDATE e
       SET e.Salary = ROUND(e.Salary * (1 + @Percent / 100.0), 2)
    OUTPUT inserted.EmployeeId, deleted.Salary, inserted.Salary INTO @changes (EmployeeId, OldSalary, NewSalary)
      FROM hr.Employee AS e
     WHERE e.DepartmentCode = @DepartmentCode
       AND e.TerminationDate IS NULL
       AND e.Salary IS NOT NULL;

    SELECT * FROM @changes ORDER BY EmployeeId;

    IF @DryRun = 1
        ROLLBACK TRAN raise;
    ELSE
        COMMIT TRAN raise;
END
GO

CREATE PROCEDURE dbo.usp_WithRecompile
    @since DATETIME
WITH RECOMPILE
AS
SELECT AuditId, EventTime, Action FROM dbo.AuditLog WHERE EventTime >= @since;
GO

CREATE PROCEDURE dbo.usp_NativeLookup
    @SessionId UNIQUEIDENTIFIER
WITH NATIVE_COMPILATION, SCHEMABINDING
AS
BEGIN ATOMIC WITH (TRANSACTION ISOLATION LEVEL = SNAPSHOT, LANGUAGE = N'us_english')
    SELECT UserId, Payload, ExpiresAt
    FROM dbo.SessionCache
    WHERE SessionId = @SessionId;
END
GO

CREATE PROCEDURE dbo.usp_Numbered;1
AS
SELECT 1;
GO

CREATE PROCEDURE logistics.usp_ShipOrder
    @OrderId BIGINT,
    @WarehouseId SMALLINT,
    @Carrier VARCHAR(20),
    @TrackingNo VARCHAR(40) = NULL,
    @ShipmentId INT = NULL OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @status TINYINT;

    SELECT @status = Status FROM shop.OrderHeader WITH (UPDLOCK, HOLDLOCK) WHERE OrderId = @OrderId;

    IF @status IS NULL
    BEGIN
        RAISERROR (N'Order %I64d not found.', 16, 1, @OrderId);
        RETURN 1;
    END
    ELSE IF @status = 9
    BEGIN
        RAISERROR (N'Order %s is cancelled.', 11, 1, 'x') WITH LOG;
        RETURN 2;
    END
    ELSE IF @status >= 2
    BEGIN
        PRINT 'Order already shipped';
        RETURN 0;
    END

    BEGIN TRANSACTION
        INSERT INTO logistics.Shipment (OrderId, WarehouseId, Carrier, TrackingNo, ShippedAt)
        VALUES (@OrderId, @WarehouseId, @Carrier, @TrackingNo, SYSDATETIMEOFFSET());

        SELECT @ShipmentId = CAST(SCOPE_IDENTITY() AS INT);

        UPDATE shop.OrderHeader SET Status = 2, ShippedDate = GETDATE() WHERE OrderId = @OrderId;

        UPDATE s SET s.OnHand = s.OnHand - ol.Quantity, s.Reserved = s.Reserved - ol.Quantity
        FROM logistics.StockLevel s
        INNER JOIN shop.OrderLine ol ON ol.ProductId = s.ProductId
        WHERE ol.OrderId = @OrderId AND s.WarehouseId = @WarehouseId;
    COMMIT TRANSACTION

    RETURN 0;
END
GO

-- Scalar functions
CREATE FUNCTION dbo.fn_FormatMoney (@amount DECIMAL(19, 4), @currency CHAR(3) = 'EUR')
RETURNS NVARCHAR(40)
AS
BEGIN
    DECLARE @result NVARCHAR(40);
    SET @result = @currency + N' ' + FORMAT(@amount, 'N2', 'nl-NL');
    RETURN @result;
END;
GO

CREATE FUNCTION dbo.fn_WorkingDays (@from DATE, @to DATE)
RETURNS INT
WITH SCHEMABINDING, RETURNS NULL ON NULL INPUT
AS
BEGIN
    DECLARE @days INT = 0, @d DATE = @from;
    WHILE @d <= @to
    BEGIN
        IF DATEPART(WEEKDAY, @d) NOT IN (1, 7)
            SET @days += 1;
        SET @d = DATEADD(DAY, 1, @d);
    END
    RETURN @days;
END
GO

create function billing.fn_TaxFor(@country char(2), @amount decimal(19,4))
returns decimal(19,4)
with execute as caller
as
begin
    return (select top (1) @amount * t.Rate from billing.TaxRate t where t.CountryCode = @country order by t.TaxRateId desc);
end
go

CREATE OR ALTER FUNCTION dbo.fn_IsValidEmail (@email NVARCHAR(320))
RETURNS BIT
WITH INLINE = ON
AS
BEGIN
    RETURN CASE
        WHEN @email IS NULL THEN 0
        WHEN @email LIKE N'%_@_%._%' AND @email NOT LIKE N'% %' THEN 1
        ELSE 0
    END;
END
GO

-- Inline table-valued functions
CREATE FUNCTION shop.tvf_CustomerOrders (@CustomerId INT, @Since DATE = '19000101')
RETURNS TABLE
AS
RETURN
(
    SELECT oh.OrderId, oh.OrderNumber, oh.OrderDate, oh.Status, oh.TotalDue
    FROM shop.OrderHeader oh
    WHERE oh.CustomerId = @CustomerId
      AND oh.OrderDate >= @Since
);
GO

CREATE FUNCTION logistics.tvf_StockFor (@ProductId INT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN SELECT s.WarehouseId, s.OnHand, s.Reserved, s.Available
       FROM logistics.StockLevel s
       WHERE s.ProductId = @ProductId;
GO

CREATE FUNCTION dbo.tvf_SplitInts (@list VARCHAR(MAX))
RETURNS TABLE
AS
RETURN
    WITH parts AS (
        SELECT TRY_CAST(value AS INT) AS n FROM STRING_SPLIT(@list, ',')
    )
    SELECT n FROM parts WHERE n IS NOT NULL;
GO

-- Multi-statement table-valued functions
CREATE FUNCTION hr.tvf_ReportingChain (@EmployeeId INT)
RETURNS @chain TABLE
(
    Depth INT NOT NULL,
    EmployeeId INT NOT NULL PRIMARY KEY,
    FullName NVARCHAR(101) NULL
)
AS
BEGIN
    DECLARE @current INT = @EmployeeId, @depth INT = 0;

    WHILE @current IS NOT NULL AND @depth < 32
    BEGIN
        INSERT INTO @chain (Depth, EmployeeId, FullName)
        SELECT @depth, e.EmployeeId, e.FullName FROM hr.Employee e WHERE e.EmployeeId = @current;

        SELECT @current = e.ManagerId FROM hr.Employee e WHERE e.EmployeeId = @current;
        SET @depth = @depth + 1;
    END

    RETURN;
END
GO

CREATE FUNCTION billing.tvf_AgingBuckets (@AsOf DATE)
RETURNS @buckets TABLE (Bucket VARCHAR(10), InvoiceCount INT, Outstanding DECIMAL(19, 4))
WITH SCHEMABINDING
AS
BEGIN
    INSERT @buckets
    SELECT CASE
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 0 THEN 'current'
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 30 THEN '1-30'
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 60 THEN '31-60'
               ELSE '60+'
           END,
           COUNT(*),
           SUM(i.Balance)
    FROM billing.Invoice i
    WHERE i.IsVoid = 0 AND i.Balance > 0
    GROUP BY CASE
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 0 THEN 'current'
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 30 THEN '1-30'
               WHEN DATEDIFF(DAY, i.DueDate, @AsOf) <= 60 THEN '31-60'
               ELSE '60+'
           END;
    RETURN
END
GO

ALTER FUNCTION dbo.fn_FormatMoney (@amount DECIMAL(19, 4), @currency CHAR(3) = 'EUR')
RETURNS NVARCHAR(40)
AS
BEGIN
    RETURN CONCAT(@currency, N' ', CONVERT(NVARCHAR(30), CAST(@amount AS MONEY), 1));
END
GO

-- Triggers
CREATE TRIGGER hr.trg_Employee_Audit
ON hr.Employee
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF NOT EXISTS (SELECT 1 FROM inserted) AND NOT EXISTS (SELECT 1 FROM deleted)
        RETURN;

    INSERT INTO dbo.AuditLog (EventTime, UserName, ObjectName, Action, Payload)
    SELECT SYSUTCDATETIME(),
           ORIGINAL_LOGIN(),
           N'hr.Employee',
           CASE
               WHEN EXISTS (SELECT 1 FROM inserted) AND EXISTS (SELECT 1 FROM deleted) THEN 'UPDATE'
               WHEN EXISTS (SELECT 1 FROM inserted) THEN 'INSERT'
               ELSE 'DELETE'
           END,
           (SELECT i.EmployeeId, i.Salary AS NewSalary, d.Salary AS OldSalary
            FROM inserted i FULL JOIN deleted d ON d.EmployeeId = i.EmployeeId
            FOR JSON PATH);
END
GO

CREATE TRIGGER shop.trg_Product_PreventDelete ON shop.Product
INSTEAD OF DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM deleted d JOIN shop.OrderLine ol ON ol.ProductId = d.ProductId)
    BEGIN
        RAISERROR('Products with order history cannot be deleted; discontinue them instead.', 16, 1);
        ROLLBACK TRANSACTION;
        RETURN;
    END
    DELETE p FROM shop.Product p JOIN deleted d ON d.ProductId = p.ProductId;
END
GO

CREATE OR ALTER TRIGGER billing.trg_Invoice_Update ON billing.Invoice
FOR UPDATE
AS
IF UPDATE(Amount) OR UPDATE(CustomerId)
BEGIN
    IF EXISTS (SELECT * FROM inserted i JOIN deleted d ON d.InvoiceId = i.InvoiceId WHERE d.PaidAmount > 0 AND i.Amount <> d.Amount)
    BEGIN
        ;THROW 51000, 'Paid invoices cannot be re-priced.', 1;
    END
END
GO

CREATE TRIGGER dbo.trg_SessionCache_Insert ON shop.vOrderDetail
INSTEAD OF INSERT
AS
    PRINT 'View is read-only';
GO

ALTER TRIGGER hr.trg_Employee_Audit ON hr.Employee
WITH EXECUTE AS 'dbo'
AFTER UPDATE
NOT FOR REPLICATION
AS
BEGIN
    SET NOCOUNT ON;
    IF (COLUMNS_UPDATED() & 8) > 0
        INSERT dbo.AuditLog (EventTime, UserName, ObjectName, Action)
        VALUES (SYSUTCDATETIME(), SUSER_SNAME(), N'hr.Employee', 'SALARY');
END
GO

CREATE TRIGGER trg_Database_DDL
ON DATABASE
FOR CREATE_TABLE, ALTER_TABLE, DROP_TABLE
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @evt XML = EVENTDATA();
    INSERT INTO dbo.AuditLog (EventTime, UserName, ObjectName, Action, Payload)
    VALUES (SYSUTCDATETIME(),
            @evt.value('(/EVENT_INSTANCE/LoginName)[1]', 'nvarchar(128)'),
            @evt.value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(256)'),
            @evt.value('(/EVENT_INSTANCE/EventType)[1]', 'varchar(16)'),
            CONVERT(NVARCHAR(MAX), @evt));
END;
GO

CREATE TRIGGER trg_Server_Logon ON ALL SERVER
FOR LOGON
AS
BEGIN
    IF ORIGINAL_LOGIN() = N'blocked_user'
        ROLLBACK;
END;
GO

DISABLE TRIGGER trg_Database_DDL ON DATABASE;
GO
ENABLE TRIGGER hr.trg_Employee_Audit ON hr.Employee;
GO
DROP TRIGGER IF EXISTS dbo.trg_SessionCache_Insert;
GO
DROP TRIGGER trg_Database_DDL ON DATABASE;
GO
DROP TRIGGER trg_Server_Logon ON ALL SERVER;
GO

-- Error handling patterns
BEGIN TRY
    SELECT 1 / 0 AS DivideByZero;
END TRY
BEGIN CATCH
    SELECT ERROR_NUMBER() AS ErrorNumber,
           ERROR_SEVERITY() AS ErrorSeverity,
           ERROR_STATE() AS ErrorState,
           ERROR_PROCEDURE() AS ErrorProcedure,
           ERROR_LINE() AS ErrorLine,
           ERROR_MESSAGE() AS ErrorMessage;
END CATCH;
GO

BEGIN TRY
    BEGIN TRY
        EXEC shop.usp_GetCustomer @CustomerId = -1;
    END TRY
    BEGIN CATCH
        PRINT 'inner: ' + ERROR_MESSAGE();
        THROW;
    END CATCH
END TRY
BEGIN CATCH
    DECLARE @err NVARCHAR(4000) = FORMATMESSAGE('outer caught %s (%d)', ERROR_MESSAGE(), ERROR_NUMBER());
    PRINT @err;
END CATCH
GO

DECLARE @rc INT;
EXEC @rc = billing.usp_ApplyPayment @InvoiceId = 42, @Amount = 10.00;
IF @rc <> 0 RAISERROR('usp_ApplyPayment failed with %d', 10, 1, @rc);
GO

RAISERROR(50005, 16, 1);
GO
RAISERROR('Progress: %s - %d%%', 0, 1, N'step one', 50) WITH NOWAIT;
GO
raiserror ('warning only', 10, 1)
go

EXEC sys.sp_addmessage @msgnum = 60001, @severity = 16, @msgtext = N'Custom error: %s', @lang = 'us_english', @replace = 'replace';
GO

-- Drops
DROP PROCEDURE dbo.usp_Ping;
GO
DROP PROC IF EXISTS dbo.usp_NoBeginEnd, dbo.usp_WithRecompile;
GO
DROP FUNCTION IF EXISTS dbo.tvf_SplitInts;
GO
DROP FUNCTION dbo.fn_WorkingDays, dbo.fn_IsValidEmail;
GO
IF OBJECT_ID('dbo.usp_Numbered', 'P') IS NOT NULL DROP PROCEDURE dbo.usp_Numbered;
GO
