/**
 * History of the ARI event stream in PostgreSQL (schema: {@code db/migration/V1__ari_history.sql}).
 *
 * <h2>Tables</h2>
 * <ul>
 * <li>{@code ari_event}: append-only raw log (jsonb payload as received, type, asterisk id, server, application,
 * event time = Asterisk's timestamp else receive time, receive time, extracted channel/bridge id), partitioned by
 * UTC day. The writer creates the partitions of today and {@code partitions-ahead} days (hourly) and of every day
 * it meets; a default partition catches anything else, so no row is ever refused. A frame is stored once per
 * Asterisk: its dedupe key is the first 128 bits of sha-256(asterisk id, raw frame), unique with the event time
 * (identical repeats, which Asterisk does send, count once). Ids are drawn from {@code ari_event_id_seq} in arrival
 * order before a batch is copied, so {@code order by event_time, id} is arrival order. A batch goes in with one
 * binary {@code COPY} per log connection ({@code log-connections}, rows split by dedupe key), repeats within it left
 * out; a batch that meets a row already logged is written again with {@code ON CONFLICT DO NOTHING}. Indexed:
 * (event time, dedupe key), time first so inserts land on the rightmost leaf (V107), and (asterisk id, channel id,
 * event time); the bridge id is a plain column (V105).</li>
 * <li>{@code channel_history}, {@code bridge_history}: one row per object; {@code bridge_membership}: one row per
 * stay of a channel in a bridge; {@code endpoint_state_change}, {@code device_state_change}: one row per change.
 * All upserts are idempotent (latest non-null, first dialplan location, earliest created/answered, first close),
 * so replays and duplicates change nothing.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * {@link io.callcenter.mirror.history.HistoryRecorder} (an {@code AriEventListener}) only enqueues; one writer
 * thread drains the bounded buffer in batches, one transaction per batch, events and resyncs in stream order.
 * On a resync every row still open for that Asterisk and absent from the snapshot is closed with
 * {@code close_reason = 'vanished while disconnected'} at the snapshot time.
 * PostgreSQL away: the batch is retried with backoff (nothing is lost); the readiness check "History writer" is
 * DOWN while writes fail or the buffer is past {@code high-water-mark}. See {@code HistoryBuffer} for what happens
 * when the buffer is full (counted and logged, never silent).
 */
package io.callcenter.mirror.history;
