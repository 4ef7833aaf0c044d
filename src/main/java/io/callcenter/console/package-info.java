/**
 * The operator console's REST API: every ARI action an operator can take from the browser, one thin JAX-RS
 * resource per area, all under {@code /api/console/servers/{server}/...} ({@code server} = the configured ARI
 * server name, as in {@code /api/mirror}). The contract the frontend builds against is {@code frontend/CONSOLE_API.md}.
 *
 * <h2>How a request flows</h2>
 * browser → resource (roles checked by {@code @RolesAllowed}, CSRF header by the security filter, body validated:
 * bad input is a 400 problem naming the field) → {@link io.callcenter.console.ConsoleAri} (finds the server's
 * {@code AriApi}: unknown server is a 404 problem; calls ARI; audits the attempt as
 * {@code console.<action>} on {@code <server>/<objectId>} with its outcome) → ARI.
 * <ul>
 * <li>success: {@link io.callcenter.console.ActionResult} {@code {"ok":true,"action","target","message"}}, or 201
 * with ARI's created object (bridge, playback, live recording, snoop channel);</li>
 * <li>ARI refused (400, 404, 409, 412, 422): the same status with an {@link io.callcenter.console.AriProblem}
 * whose {@code detail} and {@code ariMessage} are ARI's words, e.g. "Channel not in Stasis application";</li>
 * <li>ARI failed (5xx, 401/403 of our own ARI credentials) or did not answer: 502 with the reason in words.</li>
 * </ul>
 * Effects are not awaited: the live mirror (and {@code /api/live}) shows them when Asterisk's events arrive,
 * which may be before or after the HTTP answer.
 *
 * <h2>Who may do what</h2>
 * Admins and supervisors use the console; agents get 403, anonymous requests 401. Admins only: changing a global
 * variable and deleting a stored recording (both reach beyond one call). A supervisor's
 * {@code AccessPolicy} limits it to calls of its queues, but no ARI channel or bridge carries a queue yet (the
 * ACD will attach it); until then a supervisor may act on every channel and bridge, and every action is
 * audited under its name. When calls carry a queue, the check belongs in {@code ConsoleAri} before the ARI call,
 * through {@code CurrentUser.requireCall(queue, endpoints)}.
 *
 * <h2>Layout</h2>
 * {@code channel} (call control, media, routing), {@code bridge}, {@code signal} (Stasis device states, user
 * events), {@code system} (info, modules, global variables, sounds, mailboxes, stored recordings streamed from
 * ARI's {@code /recordings/stored/{name}/file}).
 */
package io.callcenter.console;
