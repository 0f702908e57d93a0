-- The coalition's directory (issue 16): one entry per organisation, keyed by the realm organisation's alias (the
-- token's organization claim), kept by that organisation's coordinators. Nothing personal: the public read shows all
-- of it. Offers and opening hours are small lists, kept as JSON text (the service reads and writes them whole).
create table directory_entry (
    alias         text primary key check (alias ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(alias) <= 80),
    version       bigint      not null,
    name          text        not null,
    description   text,
    -- [{"theme": "digital", "kernen": ["breukelen"], "summary": "..."}]; kernen empty: the whole coalition
    offers        text        not null default '[]',
    -- [{"day": "MONDAY", "from": "09:00", "until": "12:30"}]
    opening_hours text        not null default '[]',
    opening_note  text,
    phone         text,
    email         text,
    website       text,
    address_line  text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
