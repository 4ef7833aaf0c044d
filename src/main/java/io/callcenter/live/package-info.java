/**
 * Live push to browsers over WebSockets Next: {@code /api/live}.
 *
 * <h2>Wire protocol</h2>
 * All messages are JSON text frames; binary frames are answered with an {@code error}. Records for every message
 * are in {@link io.callcenter.live.wire} ({@code ServerMessage}, {@code Delta}, {@code ClientMessage}).
 *
 * <h3>Server to client ({@code type})</h3>
 * <ul>
 * <li>{@code {"type":"snapshot","seq":0,"at":"...","heartbeatMs":15000,"idleTimeoutMs":45000,"servers":[{"asteriskId",
 * "server","connection","channels":[ChannelView],"bridges":[BridgeView],"endpoints":[EndpointView],
 * "deviceStates":[DeviceStateView]}]}}: first message after open and the answer to {@code resync}; holds what this
 * user may see (see {@link io.callcenter.live.LiveAudience}). The client replaces its whole state with it.</li>
 * <li>{@code {"type":"deltas","first":N,"changes":[{"kind":...},...]}}: consecutive deltas in one frame, the i-th
 * (from 0) of {@code changes} having seq N+i. Seq is 1 for the first delta after a snapshot and exactly +1 for each
 * next one, across frames. A client that sees another number ({@code first} not one more than the last seq it
 * applied) has missed something and sends {@code resync}. The server sends everything a connection has pending as
 * one such frame per flush (per-frame cost, not bytes, is what limits fan-out to many browsers); clients also accept
 * the single form {@code {"type":"delta","seq":N,"change":{...}}}, which means the same as a batch of one. Kinds (records in {@link io.callcenter.live.wire.Delta}):
 * {@code channelUpsert {asteriskId, channel}}, {@code channelRemove {asteriskId, channelId, reason, cause,
 * causeTxt}}, {@code bridgeUpsert {asteriskId, bridge}}, {@code bridgeRemove {asteriskId, bridgeId, reason}},
 * {@code endpointUpsert {asteriskId, endpoint}}, {@code deviceStateUpsert {asteriskId, deviceState}},
 * {@code resynced {asteriskId, server, takenAt}}, {@code agentUpsert {username, endpoint, state, since, queues,
 * reason, nextState, callId, queue, wrapUpUntil}} and {@code queueUpsert {name, waiting, oldestEnqueuedAt, loggedIn,
 * ready, reserved, onCall, wrapUp, paused}} (ACD state, asteriskId "acd"; its current state follows every snapshot
 * as deltas); later kinds are added the same way, so clients
 * must ignore kinds they do not know (but still count their seq).</li>
 * <li>{@code {"type":"heartbeat","seq":N,"at":"..."}} every heartbeat interval; N is the last delta's seq, so a
 * lost last delta shows as a gap too. Skipped while the connection's outbound buffer is full.</li>
 * <li>{@code {"type":"pong","id":"...","seq":N}} answers a ping, echoing its id.</li>
 * <li>{@code {"type":"error","reason":"..."}} for a client message that was not understood; the connection stays
 * open.</li>
 * </ul>
 *
 * <h3>Client to server ({@code type})</h3>
 * {@code {"type":"resync"}} (fresh snapshot, seq restarts) and {@code {"type":"ping","id":"optional"}}. Anything else
 * gets an {@code error} naming what was wrong (malformed JSON, not an object, missing type, unknown type).
 *
 * <h3>Coalescing and ordering</h3>
 * Upserts carry the whole object, so only the latest one of each object matters. Deltas are sent once per
 * {@code callcenter.live.flush-interval}: the deltas of one interval are coalesced (at most one per object: the
 * latest wins, a removal is not replaced by a later upsert) and encoded once for all connections that see the same
 * thing: the changes are UTF-8 encoded once per audience (and event loop), and each connection's frame is only its
 * own {@code first} followed by a copy of those bytes. Frames are written without waiting for the previous write: they queue in the
 * socket's outbound buffer until it is over its high-water mark (Vert.x {@code writeQueueFull}, 64 KiB); a
 * connection whose buffer is full keeps what arrives meanwhile in its own backlog, coalesced the same way, and sends
 * it in frames of at most 256 deltas (one per event-loop turn) once the buffer drains. A frame over 64 KiB (a burst)
 * is sent as continuation frames of 64 KiB. Websocket compression (permessage-deflate) is off for the server
 * ({@code quarkus.websockets-next.server.per-message-compression-supported=false}): it would deflate each frame once
 * per connection instead of writing the shared bytes; a connection that did negotiate it still gets correct frames
 * (through the encoder, one by one). Deltas of one server keep their order except
 * that a coalesced object moves to its latest position. Deltas may repeat what the snapshot already shows (a change
 * made while the snapshot was read): clients apply them as idempotent upserts/removals.
 *
 * <h3>Closing</h3>
 * {@code 4008 "too slow: resync"}: the connection's backlog stayed over {@code callcenter.live.max-pending}
 * objects for longer than {@code callcenter.live.slow-close-grace}. {@code 4001 "idle: ..."}: no client message
 * within {@code callcenter.live.client-idle-timeout} (clients ping at least every half of it). In both cases the
 * client reconnects and gets a snapshot. {@code 4003 "session ended, log in again"}: the login session of the upgrade
 * ended (logout, password change or reset, user disabled, or expired by time: {@code SessionExpiry} checks every
 * {@code callcenter.security.session.expiry-check}; see {@code SessionsEnded}); the client does not reconnect and
 * tells the user to log in again.
 * Counted in {@code callcenter.live.closed{reason}} (slow, idle, session);
 * {@code callcenter.live.connections} is the number of open connections.
 *
 * <h2>Threads</h2>
 * {@link io.callcenter.live.LiveHub} is a {@code MirrorListener}: on the ARI dispatch thread it only appends the
 * delta to one log ({@code DeltaLog}, lock-free), O(1) whatever the number of browsers. Each event loop that carries
 * browsers flushes on its own timer, once per flush interval ({@code LoopSessions}, an array of its connections owned
 * by that loop; loop i of n at i/n of the interval, so the loops write in turn rather than all at once): it takes
 * what the log got since its own last flush, builds one {@code SharedFrame} per audience of its
 * connections (connections whose {@link io.callcenter.live.Visibility} is {@code equals}; found once when a connection
 * starts, not at every flush: filtered, coalesced, each delta JSON encoded once for all loops) and hands each
 * connection its frame, {@code LoopSessions.SLICE} connections per turn: between two slices the loop polls its
 * sockets, so a socket that shares the loop is read within a slice rather than after all of the loop's browsers were
 * written. That matters for the ARI events socket: WebSockets Next's client connector opens it on an event loop of
 * its own choosing (a new event-loop context, round-robin), which also carries browsers. A loop never waits for
 * another one; an interval that comes while the loop is still writing the last flush is taken up as soon as that one
 * is written: an overloaded loop sends fewer, larger frames rather than a frame per connection per interval. Each
 * {@link io.callcenter.live.LiveSession} sends on its own event
 * loop, at most a bounded batch per turn from its backlog when it fell behind, so a slow browser delays only
 * itself. Audiences share frames only if their visibilities are {@code equals}: implementations should be value
 * objects (records) so that, e.g., all supervisors of one queue share one.
 *
 * <h2>Security</h2>
 * The endpoint does no authentication itself: HTTP permissions on {@code /api/*} guard the upgrade, and the
 * upgrade's {@code SecurityIdentity} (when an authentication extension is present) is handed to
 * {@link io.callcenter.live.LiveAudience} to restrict what the connection sees.
 */
package io.callcenter.live;
