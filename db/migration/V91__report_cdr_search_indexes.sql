-- Call search over millions of CDRs (reports.cdr.SearchSql): a number search reads the caller-number and DID indexes
-- in page order (newest first, ties by key) and stops after a page; prefixes ('+4930*') use the same indexes, so they
-- compare in the "C" collation; a duration range (e.g. calls over an hour) reads the duration index.
drop index report_cdr_by_number;
drop index report_cdr_by_did;
create index report_cdr_by_number on report_cdr (caller_number collate "C", enqueued_at, asterisk_id, call_id);
create index report_cdr_by_did on report_cdr (did collate "C", enqueued_at, asterisk_id, call_id);
create index report_cdr_by_duration on report_cdr (duration_ms);
