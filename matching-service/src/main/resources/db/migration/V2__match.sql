-- Matches between a projected volunteer and a projected request, and their lifecycle (DESIGN.md, "Lifecycles").

-- the account subject of the volunteer's own login, from the volunteer feed when it carries one (offers are found
-- by the token's subject); null until then
alter table volunteer_projection add column subject varchar(255);
create index volunteer_projection_subject on volunteer_projection (subject) where subject is not null;

create table match (
    id              uuid         primary key,
    request_id      uuid         not null,
    volunteer_id    uuid         not null,
    organisation    varchar(80)  not null,
    status          varchar(20)  not null,
    version         bigint       not null,
    proposed_at     timestamptz  not null,
    answer_deadline timestamptz  not null,
    decided_at      timestamptz,
    decline_reason  varchar(500),
    created_by      varchar(255) not null
);

-- one live match per volunteer and request (the service checks first; this is the backstop)
create unique index match_live_pair on match (request_id, volunteer_id)
    where status in ('PROPOSED', 'ACCEPTED', 'ACTIVE');
create index match_volunteer_status on match (volunteer_id, status);
