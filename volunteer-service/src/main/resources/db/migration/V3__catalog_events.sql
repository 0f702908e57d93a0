-- The catalogue in the feed: one event for every kern, theme, talent and training already in the database (the
-- shipped data of V2, plus whatever an admin added or retired before this upgrade), so a consumer that reads the
-- feed from 0, or from its head after the upgrade, receives the whole catalogue. From here on CatalogFeed
-- publishes every change in the same shape.
--
-- The snapshot functions are the SQL twin of CatalogSnapshots (CatalogEventsTest compares them with the Java
-- payloads); a later migration that changes a kern or theme appends its event with them. jsonb keeps no key
-- order and stores numbers as numeric, so Jackson's text and jsonb_build_object's give the same document.
create function catalog_kern_snapshot(k kern) returns jsonb language sql stable as $$
    select jsonb_build_object('code', k.code, 'name', k.name, 'municipality', k.municipality,
                              'lat', k.lat, 'lon', k.lon, 'note', k.note)
$$;

create function catalog_theme_snapshot(t theme) returns jsonb language sql stable as $$
    select jsonb_build_object('code', t.code, 'nameNl', t.name_nl, 'nameEn', t.name_en, 'source', t.source)
$$;

-- UTC with microseconds, always six digits: CatalogSnapshots.TIMESTAMP
create function catalog_timestamp(ts timestamptz) returns text language sql stable as $$
    select to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

create function catalog_talent_snapshot(t talent) returns jsonb language sql stable as $$
    select jsonb_build_object('code', t.code, 'theme', t.theme_code, 'nameNl', t.name_nl, 'nameEn', t.name_en,
                              'retiredAt', catalog_timestamp(t.retired_at))
$$;

create function catalog_training_snapshot(t training) returns jsonb language sql stable as $$
    select jsonb_build_object('code', t.code, 'nameNl', t.name_nl, 'nameEn', t.name_en,
                              'validYears', t.valid_years, 'retiredAt', catalog_timestamp(t.retired_at))
$$;

-- Seq order must equal commit order (OutboxWriter, ADR 1). Quarkus migrates at start-up, before this instance
-- serves a request, so no writer of this instance runs now, and Flyway's own lock keeps a second instance from
-- migrating at the same time. An instance of the previous version may still serve during a rolling upgrade,
-- though, so the migration takes OutboxWriter's lock (OutboxWriter.OUTBOX_LOCK = 0x7461_6c65_6e74) like any
-- writer: Flyway runs this file in one transaction, and the lock is held until it commits.
select pg_advisory_xact_lock(127961779236468);

-- themes before talents (a talent names its theme); within a kind by code
insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at, payload)
select gen_random_uuid(), 'catalog', 'kern:' || k.code, 'KernChanged', now(), catalog_kern_snapshot(k)
from kern k order by k.code;

insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at, payload)
select gen_random_uuid(), 'catalog', 'theme:' || t.code, 'ThemeChanged', now(), catalog_theme_snapshot(t)
from theme t order by t.code;

insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at, payload)
select gen_random_uuid(), 'catalog', 'talent:' || t.code, 'TalentChanged', now(), catalog_talent_snapshot(t)
from talent t order by t.code;

insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at, payload)
select gen_random_uuid(), 'catalog', 'training:' || t.code, 'TrainingChanged', now(), catalog_training_snapshot(t)
from training t order by t.code;
