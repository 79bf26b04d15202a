ALTER ROLE db_datareader ADD MEMBER AppUser;
