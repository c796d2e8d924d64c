-- Insights: facts derived from each stored conversation (computed once when a conversation is
-- stored, imported or audited, and backfilled at start-up), so every KPI is one GROUP BY over
-- indexed rows instead of a loop over conversations. Periods are local dates in the configured
-- insights zone (day, the Monday of its week, the first of its month); instants stay UTC.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+.

-- One row per conversation with at least one customer message.
create table conversation_fact (
    conversation_id                 bigint       not null primary key,
    channel                         varchar(20)  not null,
    agent_id                        varchar(100),
    started_at                      timestamp with time zone not null,
    local_day                       date         not null,
    local_week                      date         not null,
    local_month                     date         not null,
    first_response_seconds          bigint,
    first_response_business_seconds bigint,
    cycle_seconds                   bigint,
    resolved                        boolean      not null,
    silent_drop                     boolean      not null,
    escalation_recommended          boolean      not null,
    escalation_offered              boolean      not null,
    constraint fk_conversation_fact_conversation foreign key (conversation_id)
        references conversation (id) on delete cascade
);

create index ix_conversation_fact_day_channel on conversation_fact (local_day, channel);
create index ix_conversation_fact_agent_day on conversation_fact (agent_id, local_day);

-- One row per customer message: when it was answered (by the next AGENT message) and whether within
-- the channel's response target, in calendar and in business time.
create table response_fact (
    conversation_id        bigint       not null,
    position               integer      not null,
    channel                varchar(20)  not null,
    agent_id               varchar(100),
    customer_at            timestamp with time zone not null,
    answered_at            timestamp with time zone,
    due_at                 timestamp with time zone not null,
    local_day              date         not null,
    local_week             date         not null,
    local_month            date         not null,
    wait_seconds           bigint,
    business_wait_seconds  bigint,
    first_turn             boolean      not null,
    turn_start             boolean      not null,
    closing                boolean      not null,
    within_target          boolean,
    within_target_business boolean,
    constraint pk_response_fact primary key (conversation_id, position),
    constraint fk_response_fact_conversation foreign key (conversation_id)
        references conversation (id) on delete cascade
);

create index ix_response_fact_day_channel on response_fact (local_day, channel);
create index ix_response_fact_agent_day on response_fact (agent_id, local_day);

-- One row per audited AGENT/BOT message: its auto-QA scores, by local period.
create table quality_fact (
    conversation_id   bigint       not null,
    position          integer      not null,
    channel           varchar(20)  not null,
    agent_id          varchar(100),
    local_day         date         not null,
    local_week        date         not null,
    local_month       date         not null,
    score_overall     integer      not null,
    score_tone        integer,
    score_clarity     integer,
    score_delay       integer,
    score_empathy     integer,
    score_channel_fit integer,
    constraint pk_quality_fact primary key (conversation_id, position),
    constraint fk_quality_fact_conversation foreign key (conversation_id)
        references conversation (id) on delete cascade
);

create index ix_quality_fact_day_agent on quality_fact (local_day, agent_id);
create index ix_quality_fact_agent_day on quality_fact (agent_id, local_day);

-- One row per finding code an auto-QA found in a conversation.
create table finding_fact (
    conversation_id bigint       not null,
    code            varchar(40)  not null,
    channel         varchar(20)  not null,
    agent_id        varchar(100),
    local_day       date         not null,
    constraint pk_finding_fact primary key (conversation_id, code),
    constraint fk_finding_fact_conversation foreign key (conversation_id)
        references conversation (id) on delete cascade
);

create index ix_finding_fact_day_code on finding_fact (local_day, code);
create index ix_finding_fact_agent_day on finding_fact (agent_id, local_day);

-- The settings the facts were computed with (zone, business hours): when they change, start-up
-- recomputes every fact.
create table insights_state (
    state_name  varchar(40)   not null primary key,
    state_value varchar(2000) not null
);
