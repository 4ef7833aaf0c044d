/**
 * Originate: call an endpoint, and when it answers send it into the dialplan (the seed's {@code ari_originate.py}
 * as a feature). REST contract: {@code frontend/CONSOLE_API.md}, section "Originate".
 *
 * <h2>Flow</h2>
 * <ol>
 * <li>{@code POST /api/originate} is validated (400 naming the field), the server resolved, and the call is
 * <b>followed before ARI is asked</b>: its channel id ({@code originate-<id>}) is pre-assigned, because Asterisk
 * often sends a request's events before its HTTP answer.</li>
 * <li>{@code POST /channels/{channelId}} into our own Stasis app with {@code appArgs=originate,<id>}, the endpoint,
 * caller id and ring timeout. ARI's refusal (e.g. {@code 500 "Allocation failed"} for an unknown endpoint or one
 * without contact, as Asterisk 22 answers) or an unreachable server ends the record at once as {@code error}
 * with ARI's message.</li>
 * <li>Through the mirror ({@link io.callcenter.mirror.MirrorListener}, never raw ARI JSON): the channel goes Up
 * ({@code up}, answer time), then enters Stasis (Asterisk sends StasisStart only after the answer); it is then
 * continued to context/extension/priority on a worker thread. A refused continue hangs the channel up and the
 * call ends as {@code error}.</li>
 * <li>ChannelDestroyed ends it: {@code completed} if it was answered, else {@code error} (ring timeout gives
 * "User alerting, no answer (19)", busy "User busy (17)"); {@code message} is "&lt;cause_txt&gt; (&lt;cause&gt;)".
 * The duration runs from the answer to ChannelDestroyed, both by Asterisk's event times.</li>
 * </ol>
 *
 * <h2>Records</h2>
 * Kept in memory (bounded by {@code callcenter.originate.max-records}; finished ones whose final state is saved
 * are dropped first) and in PostgreSQL table {@code originate_call}, written by one thread of its own, so
 * {@code GET /api/originate/{id}} answers after the memory copy is gone. {@code ?waitSeconds=N} long-polls
 * without holding a thread. A stored record still {@code dialing} or {@code up} that nothing here follows was left by
 * an earlier run of the app (a restart mid-call): a read ends it as its channel's history row ended (cause, answer,
 * destroy time; vanished → {@code error}, cause unknown) and saves that; while the history has no end, it stays.
 *
 * <h2>For other features</h2>
 * Channels whose StasisStart arguments begin with {@code originate} belong to this feature: leave them alone.
 * A channel that ended while the events websocket was down ends as {@code error} (cause unknown).
 */
package io.callcenter.originate;
