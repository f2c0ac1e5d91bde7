-- Reduced DDL for ClickHouse 18.16 (no DateTime64, UUID columns as String,
-- no LowCardinality without an experimental setting). Same columns and
-- the same idempotency: ReplacingMergeTree ordered by (tenant_id, event_id).
CREATE TABLE IF NOT EXISTS events (
    tenant_id          String,
    event_id           String,
    type               String,
    occurred_at        DateTime,
    received_at        DateTime,
    environment        String,
    schema_version     UInt16,
    anonymizer_version String,
    site               String,
    severity           String,
    category           String,
    text               String,
    data               String
) ENGINE = ReplacingMergeTree()
ORDER BY (tenant_id, event_id);
