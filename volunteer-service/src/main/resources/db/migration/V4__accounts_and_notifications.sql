-- Notification preferences, part of the profile. reach_by null: the default (EMAIL when the profile has an e-mail
-- address, else PHONE); PHONE or EMAIL once someone chose. Quiet hours are both set or both null.
alter table volunteer add column reach_by text check (reach_by in ('EMAIL', 'PHONE'));
alter table volunteer add column notification_language text not null default 'nl'
    check (notification_language in ('nl', 'en'));
alter table volunteer add column quiet_from time;
alter table volunteer add column quiet_until time;
alter table volunteer add constraint volunteer_quiet_hours check ((quiet_from is null) = (quiet_until is null));

-- Accounts: the invitation of a registered volunteer to a Keycloak account. One row per profile (sent again: the
-- same row, a new expiry); accepted_at is set when the account first calls the API and the profile gets its subject.
create table invitation (
    volunteer_id     uuid primary key references volunteer (id),
    keycloak_user_id text        not null unique,
    sent_at          timestamptz not null,
    expires_at       timestamptz not null,
    times_sent       integer     not null check (times_sent > 0),
    accepted_at      timestamptz
);
