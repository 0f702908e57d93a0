-- After acceptance (DESIGN.md, "Lifecycles"): ACCEPTED -> ACTIVE -> COMPLETED | ENDED, the hours worked, feedback
-- from both sides, and the requester's pseudonymous key so a later request of the same person can prefer the
-- volunteer who helped before (continuity). Reports read these columns; nothing here names a person.

alter table match add column activated_at timestamptz;
-- when the match became COMPLETED or ENDED
alter table match add column closed_at    timestamptz;
-- why an ACTIVE match ended early (free text, never in events or reports)
alter table match add column end_reason   varchar(500);
-- total of match_hours, kept with each entry so reports sum one column
alter table match add column hours_logged numeric(8, 2) not null default 0;
-- the request's pseudonymous requester key (request feed, field requesterKey); null when the feed has none
alter table match add column requester_key varchar(100);

create index match_requester_key on match (requester_key, volunteer_id) where requester_key is not null;
create index match_organisation_status on match (organisation, status);

-- hours worked on a match, one row per entry (volunteer or coordinator)
create table match_hours (
    id        uuid          primary key,
    match_id  uuid          not null references match (id) on delete cascade,
    worked_on date          not null,
    hours     numeric(5, 2) not null check (hours > 0 and hours <= 24),
    logged_by varchar(255)  not null,
    logged_at timestamptz   not null
);
create index match_hours_match on match_hours (match_id);

-- one feedback per side (VOLUNTEER, COORDINATOR) per match
create table match_feedback (
    match_id uuid          not null references match (id) on delete cascade,
    side     varchar(20)   not null check (side in ('VOLUNTEER', 'COORDINATOR')),
    rating   smallint      not null check (rating between 1 and 5),
    comment  varchar(1000),
    given_at timestamptz   not null,
    primary key (match_id, side)
);
