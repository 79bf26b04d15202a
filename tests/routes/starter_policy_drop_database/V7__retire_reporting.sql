-- preflight-disable-next-statement PF103 -- the reporting database moved to the warehouse
DROP DATABASE Reporting;
