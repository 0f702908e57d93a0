-- volunteer-service's catalogue, projected from the catalogue events of its feed (aggregate type catalog): kernen
-- with their centroids, themes, talents and trainings, each entry's whole snapshot. Replaces the CSV copy this service
-- shipped: a talent or training an admin adds is scored from the moment its event is applied. seq is the event's
-- position, so an older event never replaces a newer one (and the index fingerprint sees every change).
create table catalog_entry (
    kind    text   not null check (kind in ('kern', 'theme', 'talent', 'training')),
    code    text   not null,
    seq     bigint not null,
    payload jsonb  not null,
    primary key (kind, code)
);
