/**
 * ACD configuration, read side: what the runtime needs to route calls, as immutable records.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>A <b>queue</b> ({@link io.callcenter.acd.config.QueueConfig}) owns DIDs/extensions (a DID routes to at most one
 * queue), a strategy, timers, an overflow and an after-hours {@link io.callcenter.acd.config.Target}, required
 * skills and optional named business hours ({@link io.callcenter.acd.config.BusinessHours}: weekly wall-clock
 * intervals in a zone plus holidays; {@code isOpen} follows the zone's DST rules).</li>
 * <li>An <b>agent</b> ({@link io.callcenter.acd.config.AgentConfig}) is a user account with role agent, enabled and
 * with an endpoint ({@code UserAccount.endpoint} is the only place the phone is stored). Its ACD data are skills with
 * levels and ordered queue memberships with a penalty.</li>
 * <li><b>Pause reasons</b> are codes with labels; V20 seeds break, lunch, training, meeting.</li>
 * </ul>
 *
 * <h2>Agents' queues: one rule, kept both ways</h2>
 * For a user with role agent, <em>its membership queues are exactly the queues in {@code UserAccount.queues} that
 * are defined ACD queues</em>. The ACD admin API writes memberships (with penalty and order) and updates the account's
 * links in the same transaction; the users API ({@code /api/admin/users/{u}/queues}, roles) fires
 * {@code UserAccountChanged}, upon which the ACD adds missing memberships (penalty 0, appended) and drops unlisted
 * ones. Names that are not ACD queues stay on the account untouched (a supervisor's queues, queues not defined yet:
 * creating the queue later makes the listed agents members). A user who is both agent and supervisor has one list
 * for both. Losing the agent role clears the memberships; the account links stay.
 *
 * <h2>Snapshot</h2>
 * {@link io.callcenter.acd.config.LiveAcdDirectory} (the {@link io.callcenter.acd.config.AcdDirectory} to inject) holds
 * one {@link io.callcenter.acd.config.AcdSnapshot}, loaded at startup and replaced after every committed change
 * ({@link io.callcenter.acd.config.AcdChanges}); then {@code AcdConfigChanged} is fired. Lookups never touch the
 * database. Storage (tables of V20, entities in {@code store}) is private to this feature; writers are in
 * {@code io.callcenter.acd.admin}.
 */
package io.callcenter.acd.config;
