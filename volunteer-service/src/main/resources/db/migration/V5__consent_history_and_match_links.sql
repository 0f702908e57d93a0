-- Consent provenance: who recorded each change of a consent, in which role, through which channel, and when.
-- withdrawn_by on the current state says whose withdrawal it is: a coordinator may not give again what the volunteer
-- withdrew themselves. Before V5 nobody recorded it; such withdrawals count as the volunteer's own (the careful
-- reading: only the volunteer can undo them).
alter table consent add column withdrawn_by text check (withdrawn_by in ('VOLUNTEER', 'COORDINATOR'));
update consent set withdrawn_by = 'VOLUNTEER' where withdrawn_at is not null;
alter table consent add constraint consent_withdrawn_by check ((withdrawn_at is null) = (withdrawn_by is null));

-- One row per change (given or withdrawn), never updated; erasure deletes a volunteer's rows with the profile.
-- actor_role UNRECORDED and channel UNRECORDED: a change from before V5, copied from the consent row.
create table consent_history (
    id                 uuid primary key,
    volunteer_id       uuid        not null references volunteer (id) on delete cascade,
    purpose            text        not null,
    action             text        not null check (action in ('GIVEN', 'WITHDRAWN')),
    channel            text        not null check (channel in ('SELF', 'PAPER', 'PHONE', 'IN_PERSON', 'UNRECORDED')),
    actor_role         text        not null check (actor_role in ('VOLUNTEER', 'COORDINATOR', 'UNRECORDED')),
    actor_subject      text,
    actor_organisation text,
    recorded_at        timestamptz not null
);
create index consent_history_of_volunteer on consent_history (volunteer_id, recorded_at);

insert into consent_history (id, volunteer_id, purpose, action, channel, actor_role, recorded_at)
select gen_random_uuid(), volunteer_id, purpose, 'GIVEN', 'UNRECORDED', 'UNRECORDED', given_at from consent;
insert into consent_history (id, volunteer_id, purpose, action, channel, actor_role, recorded_at)
select gen_random_uuid(), volunteer_id, purpose, 'WITHDRAWN', 'UNRECORDED', 'UNRECORDED', withdrawn_at
from consent where withdrawn_at is not null;

-- Which organisation has which match with which volunteer, followed from matching-service's feed (ids, organisation
-- and status only): a coordinator of an organisation with a proposed or live match sees the volunteer's contact
-- details. The latest version of each match; a volunteer's rows go with their erasure.
create table match_link (
    match_id     uuid primary key,
    volunteer_id uuid   not null,
    organisation text   not null,
    status       text   not null,
    version      bigint not null
);
create index match_link_of_volunteer on match_link (volunteer_id);
