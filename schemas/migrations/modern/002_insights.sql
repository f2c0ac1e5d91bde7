-- AI insights on anonymised text. provider/model/prompt_version say where an
-- insight came from; is_local marks the built-in offline model.
CREATE TABLE IF NOT EXISTS insights (
    tenant_id         UUID,
    event_id          UUID,
    type              LowCardinality(String),
    occurred_at       DateTime64(3, 'UTC'),
    environment       LowCardinality(String),
    provider          LowCardinality(String),
    model             LowCardinality(String),
    prompt_version    LowCardinality(String),
    is_local          UInt8,
    category          LowCardinality(String),
    severity_estimate LowCardinality(String),
    hazards           Array(String),
    summary           String,
    created_at        DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, event_id);
