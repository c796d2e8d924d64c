-- The review queue: per-conversation columns the queue filters and sorts on, computed when the
-- auto-QA is applied (Conversation.applyAudit), and the finding codes of each conversation as rows.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+.
--
-- qa_risk orders the queue (highest first). It encodes the risk order of the issue as one sortable,
-- indexable number (conversation.QueueRisk):
--   1 000 000 when a finding is CRITICAL
-- +   100 000 when the customer waited past the channel's response target
-- +    10 000 when the customer is frustrated or distressed
-- +     1 000 when a call was advised (OFFER_SYNC / ESCALATE_NOW) and not offered
-- + (100 - auto-QA overall score), so a lower score breaks ties
-- Each weight exceeds the sum of all smaller ones, so the order is exactly "critical first, then
-- breached, then upset customer, then escalation missed, then lowest score".

alter table conversation add column qa_risk integer;
alter table conversation add column last_message_at timestamp with time zone;
alter table conversation add column primary_agent_id varchar(100);
alter table conversation add column escalation_missed boolean;
alter table conversation add column customer_frustrated boolean;
alter table conversation add column customer_distressed boolean;
-- Set by every import; imported transcripts never enter the agents' inbox, whatever their status.
alter table conversation add column imported_at timestamp with time zone;

-- Before this version every import was stored RESOLVED and only imports were audited.
update conversation set imported_at = updated_at
    where status = 'RESOLVED' and qa_audited_at is not null;

-- One row per (conversation, finding code). Filtering by code is then an indexed semi-join
-- (exists ... where code in (...)) instead of LIKE '%CODE%' on the comma-separated
-- qa_finding_codes, which cannot use an index, matches codes that contain each other as text
-- and has to scan every conversation. The comma list stays for display.
create table conversation_finding_code (
    conversation_id bigint      not null,
    code            varchar(40) not null,
    constraint pk_conversation_finding_code primary key (conversation_id, code),
    constraint fk_conversation_finding_code_conversation foreign key (conversation_id)
        references conversation (id) on delete cascade
);

create index ix_conversation_finding_code_code on conversation_finding_code (code, conversation_id);
create index ix_conversation_qa_risk on conversation (qa_risk, id);
create index ix_conversation_last_message on conversation (last_message_at);
create index ix_conversation_primary_agent on conversation (primary_agent_id, last_message_at);
