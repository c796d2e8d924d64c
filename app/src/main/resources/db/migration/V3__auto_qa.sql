-- Auto-QA of imported transcripts: the per-message results live in the score_* and findings_json
-- columns of conversation_message (V2); this adds the per-conversation summary a risk-ordered review
-- queue sorts and filters on. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+.

alter table conversation add column qa_overall integer;
alter table conversation add column qa_worst_severity varchar(10);
alter table conversation add column qa_escalation varchar(20);
alter table conversation add column qa_breached boolean;
alter table conversation add column qa_finding_codes varchar(2000);
alter table conversation add column qa_thread_findings_json varchar(200000);
alter table conversation add column qa_escalation_json varchar(20000);
alter table conversation add column qa_audited_at timestamp with time zone;

alter table conversation add constraint ck_conversation_qa_worst_severity
    check (qa_worst_severity is null or qa_worst_severity in ('MINOR', 'MAJOR', 'CRITICAL'));
alter table conversation add constraint ck_conversation_qa_escalation
    check (qa_escalation is null or qa_escalation in ('STAY_ASYNC', 'OFFER_SYNC', 'ESCALATE_NOW'));

create index ix_conversation_qa_overall on conversation (qa_overall);
