-- preflight-disable-file PF003, PF001 -- set by the pipeline
SELECT 1;
$(Cleanup);
