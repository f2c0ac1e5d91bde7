-- Anonymised events. One row per event id; ReplacingMergeTree keeps the last
-- write, so a redelivered or replayed event never counts twice (read with FINAL).
-- tenant_id leads the sort key: every analyst query filters on it.
CREATE TABLE IF NOT EXISTS events (
    tenant_id          UUID,
    event_id           UUID,
    type               LowCardinality(String),
    occurred_at        DateTime64(3, 'UTC'),
    received_at        DateTime64(3, 'UTC'),
    environment        LowCardinality(String),
    schema_version     UInt16,
    anonymizer_version LowCardinality(String),
    site               String,
    severity           LowCardinality(String),
    category           LowCardinality(String),
    text               String,
    data               String
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, event_id);
