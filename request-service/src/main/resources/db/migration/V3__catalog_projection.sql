-- volunteer-service's catalogue, projected from its feed (aggregate type catalog): every code a help request may name,
-- and whether it can still be chosen (a retired talent or training is kept, not assignable). Replaces the REST reads
-- of /api/catalog: an entry an admin adds is checked here as soon as its event is applied.
create table catalog_entry (
    list       text    not null check (list in ('KERNEN', 'THEMES', 'TALENTS', 'TRAININGS')),
    code       text    not null,
    assignable boolean not null,
    primary key (list, code)
);
