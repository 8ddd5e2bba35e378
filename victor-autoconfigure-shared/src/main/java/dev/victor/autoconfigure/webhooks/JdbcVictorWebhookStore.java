package dev.victor.autoconfigure.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A {@link VictorWebhookStore} in the application's database, shared by its replicas: a
 * plain {@code INSERT} on the primary key decides which replica publishes a delivery (the
 * loser sees a duplicate key), and a compare-and-set on the dispatch time decides which
 * replica re-dispatches a stale one. The table is {@code victor_webhook_delivery}; its
 * portable DDL is {@link #SCHEMA}.
 *
 * @since 0.1.0
 */
public class JdbcVictorWebhookStore implements VictorWebhookStore {

	/** The table's DDL, for PostgreSQL and H2 alike. */
	public static final String SCHEMA = "classpath:dev/victor/autoconfigure/webhooks/schema.sql";

	private static final String RECEIVED = "RECEIVED";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	/**
	 * Create a store.
	 * @param dataSource the database holding {@code victor_webhook_delivery}
	 */
	public JdbcVictorWebhookStore(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Create the table if it is missing.
	 */
	public void initializeSchema() {
		Resource schema = new ClassPathResource(SCHEMA.substring("classpath:".length()));
		DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(schema), this.dataSource);
	}

	@Override
	public boolean claim(StoredDelivery delivery) {
		long receivedAt = delivery.receivedAt().toEpochMilli();
		try {
			this.jdbc.update(
					"INSERT INTO victor_webhook_delivery (delivery_key, payload, state, received_at, "
							+ "dispatched_at) VALUES (?, ?, ?, ?, ?)",
					delivery.key(), delivery.payload(), RECEIVED, receivedAt, receivedAt);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public void markPublished(String deliveryKey) {
		mark(deliveryKey, "PUBLISHED");
	}

	@Override
	public void markFailed(String deliveryKey) {
		mark(deliveryKey, "FAILED");
	}

	private void mark(String deliveryKey, String state) {
		this.jdbc.update("UPDATE victor_webhook_delivery SET state = ? WHERE delivery_key = ?", state, deliveryKey);
	}

	@Override
	public List<StoredDelivery> takeStale(Instant staleBefore, Instant now, int limit) {
		List<StaleRow> candidates = this.jdbc.query(
				"SELECT delivery_key, payload, received_at, dispatched_at FROM victor_webhook_delivery "
						+ "WHERE state = ? AND dispatched_at < ? ORDER BY received_at LIMIT ?",
				(row, number) -> new StaleRow(
						new StoredDelivery(row.getString(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3))),
						row.getLong(4)),
				RECEIVED, staleBefore.toEpochMilli(), limit);
		List<StoredDelivery> taken = new ArrayList<>();
		for (StaleRow candidate : candidates) {
			int won = this.jdbc.update(
					"UPDATE victor_webhook_delivery SET dispatched_at = ? "
							+ "WHERE delivery_key = ? AND state = ? AND dispatched_at = ?",
					now.toEpochMilli(), candidate.delivery().key(), RECEIVED, candidate.dispatchedAt());
			if (won == 1) {
				taken.add(candidate.delivery());
			}
		}
		return taken;
	}

	@Override
	public void forget(Instant receivedBefore) {
		this.jdbc.update("DELETE FROM victor_webhook_delivery WHERE state <> ? AND received_at < ?", RECEIVED,
				receivedBefore.toEpochMilli());
	}

	private record StaleRow(StoredDelivery delivery, long dispatchedAt) {
	}

}
