-- One row per HTTP call to an AI provider: who, where, what policy, how it
-- went. Never the text: only a SHA-256 of the payload that was sent.
CREATE TABLE IF NOT EXISTS ai_calls (
    tenant_id         UUID,
    called_at         DateTime64(3, 'UTC'),
    environment       LowCardinality(String),
    provider          LowCardinality(String),
    host              LowCardinality(String),
    region            LowCardinality(String),
    model             LowCardinality(String),
    policy_version    LowCardinality(String),
    prompt_version    LowCardinality(String),
    item_count        UInt16,
    prompt_tokens     UInt32,
    completion_tokens UInt32,
    latency_ms        UInt32,
    outcome           LowCardinality(String),
    http_status       UInt16,
    request_id        String,
    payload_sha256    FixedString(64)
) ENGINE = MergeTree
ORDER BY (tenant_id, called_at);
