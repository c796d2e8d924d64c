-- Agents as imports know them: a help desk export names its agents by its own ids ("tel-agent-17"),
-- which an admin links to ReplyCraft users so reviews, training and insights reach the right person.
-- A user may carry several ids (one per help desk); an id belongs to one user at most.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 14+.

create table agent_profile (
    user_id bigint      primary key,
    team    varchar(60),
    constraint fk_agent_profile_user foreign key (user_id) references app_user (id) on delete cascade
);

create index ix_agent_profile_team on agent_profile (team);

create table agent_id_link (
    agent_id varchar(100) primary key,
    user_id  bigint       not null,
    constraint fk_agent_id_link_user foreign key (user_id) references app_user (id) on delete cascade
);

create index ix_agent_id_link_user on agent_id_link (user_id);
