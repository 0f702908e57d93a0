-- Vacancies ("vacatures"): what an organisation looks for. No personal data: the public read shows all of it.
create table vacancy (
    id             uuid primary key,
    version        bigint      not null,
    organisation   text        not null,
    title          text        not null,
    description    text        not null,
    theme          text        not null references theme (code),
    talents        text[]      not null default '{}',
    -- empty: anywhere in the coalition
    kernen         text[]      not null default '{}',
    hours_per_week integer check (hours_per_week between 1 and 40),
    -- the weekly slots (WeeklySlots' 21 bits); 0: none named
    slots          integer     not null default 0 check (slots between 0 and 2097151),
    vog_required   boolean     not null,
    trainings      text[]      not null default '{}',
    status         text        not null check (status in ('OPEN', 'CLOSED')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index vacancy_organisation on vacancy (organisation, status);
create index vacancy_open on vacancy (status, updated_at);
