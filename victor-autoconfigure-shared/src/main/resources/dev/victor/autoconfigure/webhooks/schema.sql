-- Webhook deliveries recorded by the Victor starter (victor.webhooks.store=jdbc).
-- Portable SQL: runs as is on PostgreSQL and H2. Times are epoch milliseconds.
CREATE TABLE IF NOT EXISTS victor_webhook_delivery (
	delivery_key VARCHAR(200) NOT NULL PRIMARY KEY,
	payload VARCHAR(1048576) NOT NULL,
	state VARCHAR(16) NOT NULL,
	received_at BIGINT NOT NULL,
	dispatched_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS victor_webhook_delivery_state ON victor_webhook_delivery (state, dispatched_at);
