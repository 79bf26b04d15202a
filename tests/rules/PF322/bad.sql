-- Permissions that reach past the object they are granted on.
GRANT CONTROL SERVER TO [CORP\deploy];  -- expect: PF322 at=7 end=2:21 object="CORP\deploy" message="GRANT CONTROL SERVER lets CORP\deploy do everything a sysadmin can"
grant impersonate on user::dbo to AppUser;  -- expect: PF322 at=7 contains="act as another principal"
GRANT TAKE OWNERSHIP ON SCHEMA::Sales TO Dev;  -- expect: PF322 contains="become the owner"
GRANT ALTER ANY USER TO AppAdmin;  -- expect: PF322 contains="create and change principals"
GRANT IMPERSONATE ANY LOGIN TO [CORP\helpdesk];  -- expect: PF322
GRANT SELECT, CONTROL ON dbo.Orders TO Reporting WITH GRANT OPTION;  -- expect: PF322 at=15 contains="WITH GRANT OPTION: and to hand that on"
GRANT SELECT ON dbo.Orders TO Reporting WITH GRANT OPTION;  -- expect: PF322 at=41 end=8:58 contains="WITH GRANT OPTION lets Reporting grant"
GRANT UNSAFE ASSEMBLY TO [CLRSigner];  -- expect: PF322
ALTER LOGIN sa ENABLE;  -- expect: PF322 at=13 end=10:15 contains="ENABLE"
ALTER LOGIN [sa] WITH PASSWORD = '$(SaPassword)';  -- expect: PF322 at=13 end=11:17 contains="sets a password" expect: PF003
GO
CREATE PROCEDURE dbo.Onboard AS
  GRANT CONTROL ON SCHEMA::Sales TO Onboarded;  -- expect: PF322 at=9 contains="runs when procedure"
