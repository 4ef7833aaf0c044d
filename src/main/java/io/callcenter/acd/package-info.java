/**
 * The in-app ACD (ARI cannot drive app_queue): queues, agents and routing built from bridges, originates, device
 * states and user events. Configuration is read through {@link io.callcenter.acd.config.AcdDirectory}; this package
 * and its sub-packages are the runtime.
 *
 * <h2>Threads and the one invariant</h2>
 * Every piece of runtime state (calls, offers, agents) is owned by one thread, {@link io.callcenter.acd.AcdActor}.
 * The mirror listener ({@code acd.call.CallFlow}) only picks StasisStart / StasisEnd / ChannelRemoved /
 * PlaybackRemoved / Resynced on the ARI dispatch thread and hands them to the actor; REST commands, timers and
 * ARI results are actor tasks too. So "no agent is double-booked whatever arrives in which order" holds by
 * construction: an agent is offered a call only while READY, becomes RESERVED in the same task, and every handler
 * checks the current state first (an event seen twice, late, or in another order changes nothing).
 * ARI commands go out on {@code acd.call.AriOps}' own threads, chained per call so they reach Asterisk in order;
 * records go to PostgreSQL through {@code acd.record.RecordWriter} (one thread, in order, retried while the
 * database is away). Neither ever blocks the dispatch thread or the actor.
 *
 * <h2>Call flow</h2>
 * <ol>
 * <li>{@code StasisStart(inbound, DID)}: queue by DID ({@code Arrival}); a DID no queue takes is refused at once
 * (hangup "unallocated", cause 1; not a queued call, so nothing is recorded); answer. Outside business hours → the
 * after-hours target; queue full (max length) or nobody logged in (when joining then is not allowed) → overflow
 * target. Else the caller joins: holding bridge {@code acd-hold-<uuid>} (a fresh id each time, never reused) with
 * the queue's music on hold, priority from the DID (or a channel variable), timers for max wait, position /
 * estimated-wait announcements and skill relaxing ({@code Waiting}).</li>
 * <li>Matching ({@code Dispatcher}, coalesced to once per actor turn): waiting calls in queue order (higher caller
 * priority, then earlier enqueue time); candidates are READY agents logged in to the queue whose skills meet the
 * queue's (dropped after {@code skillRelaxAfter}); the lowest penalty tier wins, then the strategy
 * ({@code acd.routing.AgentPicker}: ring-all, longest-idle, round-robin with memory, fewest-calls today, random,
 * linear = the queue's member order, {@code AcdDirectory.members}). When every candidate failed in a round the call waits the queue's retry delay.</li>
 * <li>Offer ({@code Offers}): the agent goes RESERVED; originate to its endpoint with channel id
 * {@code acd-agent-<ext>-<uuid>}, app args {@code agent,<caller id>}, the queue's ring timeout. The agent leg's
 * StasisStart means answered (finding 9: only after the answer); its ChannelDestroyed before that means no answer
 * (19), busy (17) or unavailable, and an HTTP error of the originate (finding 6: 500 "Allocation failed") means
 * unavailable: the agent gets a miss (auto-pause after N in a row) and the next agent is tried. A leg that answers
 * after the call was taken (ring-all, caller gone) is hung up and its agent freed without a miss.</li>
 * <li>Connect ({@code Connector}): optional whisper to the agent (playback on its leg, then bridge); a fresh mixing
 * bridge {@code acd-call-<uuid>} with caller and agent; the holding bridge goes, so the music stops.</li>
 * <li>End ({@code Hangups}): caller gone while waiting = abandon (wait and position recorded); once connected the
 * side that hung up first is recorded and the other leg hung up; the agent goes to wrap-up for the queue's time (or
 * straight to its next status). Max wait / max length / no agents / after hours → {@code Leaving}: another queue
 * (keeping the enqueue time, at most {@code callcenter.acd.max-queue-hops}), an endpoint (bridged like an agent) or
 * a goodbye prompt and hangup.</li>
 * </ol>
 * Each call gets exactly one outcome ({@code answered}, {@code abandoned}, {@code overflowed}; moving to another
 * queue is not an outcome), recorded with its steps in {@code acd_call} / {@code acd_call_step}. The steps that open
 * a stay in a queue (enqueue, the move to another queue) carry that queue's service-level rules at that moment
 * ({@link io.callcenter.acd.config.SlRules}, V95), which metrics classify the call with.
 *
 * <h2>Agent states</h2>
 * {@code acd.agent.AgentMachine}: LOGGED_OUT → (login to all or some member queues) READY ⇄ PAUSED (reason code
 * from the directory); READY → RESERVED (offer) → ON_CALL (answered) → WRAP_UP (timer, can be ended early) → READY
 * or the "next status" (PAUSED with reason, LOGGED_OUT) requested meanwhile. Pause / logout while busy become the
 * next status. Every transition goes to every {@link io.callcenter.acd.agent.AgentStatePublisher} bean, is saved
 * in {@code acd_agent_runtime} and pushed live. REST: {@code /api/acd/agents/{username}} (GET state; POST login,
 * logout, ready, pause, end-wrap-up; PUT next-status) for the agent itself, its queues' supervisors and admins.
 *
 * <h2>Restarts</h2>
 * At startup agents come back from {@code acd_agent_runtime} (an offer does not survive: RESERVED → READY; a
 * wrap-up gets the time it had left). On every {@code Resynced} of a server ({@code Recovery} / {@code Adoption}):
 * in-memory calls whose channels vanished end; calls still open in {@code acd_call} are taken over from what ARI
 * shows: caller in an {@code acd-call-} bridge → connected (agent ON_CALL, hangups handled as usual); otherwise
 * waiting again with the original enqueue time (so the order is kept), re-parked if it lost its holding bridge;
 * gone → closed. Legs we rang before the restart are hung up.
 *
 * <h2>Live push</h2>
 * {@code acd.live.AcdLive} sends {@code agentUpsert} and {@code queueUpsert} deltas through
 * {@link io.callcenter.live.LiveHub#publish}, only when something changed, and their current state after every
 * snapshot.
 */
package io.callcenter.acd;
