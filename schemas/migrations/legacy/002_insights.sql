CREATE TABLE IF NOT EXISTS insights (
    tenant_id         String,
    event_id          String,
    type              String,
    occurred_at       DateTime,
    environment       String,
    provider          String,
    model             String,
    prompt_version    String,
    is_local          UInt8,
    category          String,
    severity_estimate String,
    hazards           Array(String),
    summary           String,
    created_at        DateTime
) ENGINE = ReplacingMergeTree()
ORDER BY (tenant_id, event_id);
