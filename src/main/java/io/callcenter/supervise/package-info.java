/**
 * Supervisor tools: what a supervisor sees of its queues, listen / whisper / barge on an agent's call, and
 * broadcasts to agents. Agent state changes (pause, ready, logout) and membership / penalty changes reuse the ACD's
 * own APIs ({@code /api/acd/agents/{username}}, {@code /api/admin/acd/agents/{username}/memberships/{queue}}),
 * which check the supervisor's queues and audit on its name. REST contract: {@code frontend/CONSOLE_API.md},
 * section "Supervisor".
 *
 * <h2>Who may do what</h2>
 * Admins everything; a supervisor only agents that are members of a queue in its account, waiting callers of those
 * queues, broadcasts to those queues. Other users get 403 (agents too). Every action is audited as
 * {@code supervise.<action>} with its outcome.
 *
 * <h2>Listen / whisper / barge ({@code monitor})</h2>
 * Ids are chosen before ARI is asked (StasisStart often precedes the REST answer): bridge {@code sup-bridge-<id>},
 * the supervisor's leg {@code sup-leg-<id>}, snoop channels {@code sup-snoop-<id>-<n>}; all enter our Stasis app
 * with arguments {@code supervise,<id>}, which the ACD (it acts only on {@code inbound} arrivals and its own
 * {@code acd-} channels) and the originate feature leave alone.
 * <ol>
 * <li>A private mixing bridge is created and the supervisor's own endpoint (its account's, or one given) is rung.
 * For listen and whisper a snoop on the agent's channel is created at once ({@code spy=both}; whisper adds
 * {@code whisper=out}: only the agent hears the supervisor).</li>
 * <li>Each channel joins when its StasisStart arrives: snoop and leg into the private bridge; for barge the leg
 * joins the call's own mixing bridge (caller, agent and supervisor hear each other).</li>
 * <li>Switching mode replaces the snoop (Asterisk cannot change a snoop's directions) or moves the leg between the
 * bridges. Stop, the supervisor hanging up, the agent's or caller's channel going, or the snoop ending (Asterisk
 * ends a snoop whose target hung up) ends the session: every channel of ours hung up, the private bridge
 * destroyed.</li>
 * </ol>
 * Sessions live in memory; after a restart or reconnect, {@code sup-} channels and bridges nobody owns are removed.
 *
 * <h2>Live</h2>
 * {@code waitingCallers}, {@code broadcast} and {@code monitorUpsert} deltas (see {@code io.callcenter.live}); what a
 * connection sees is decided by {@link io.callcenter.supervise.live.AccountAudience}.
 */
package io.callcenter.supervise;
