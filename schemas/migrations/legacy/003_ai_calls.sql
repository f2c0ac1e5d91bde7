CREATE TABLE IF NOT EXISTS ai_calls (
    tenant_id         String,
    called_at         DateTime,
    environment       String,
    provider          String,
    host              String,
    region            String,
    model             String,
    policy_version    String,
    prompt_version    String,
    item_count        UInt16,
    prompt_tokens     UInt32,
    completion_tokens UInt32,
    latency_ms        UInt32,
    outcome           String,
    http_status       UInt16,
    request_id        String,
    payload_sha256    String
) ENGINE = MergeTree()
ORDER BY (tenant_id, called_at);
