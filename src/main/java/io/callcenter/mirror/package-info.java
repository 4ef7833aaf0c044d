/**
 * The live mirror of the ARI objects of every connected Asterisk, and (in {@code .history}) their history.
 *
 * <h2>Reading</h2>
 * {@link io.callcenter.mirror.LiveMirror} holds channels, bridges (with member channel ids), endpoints, device
 * states, playbacks and live recordings keyed by (asterisk id, id). Reads are safe from any thread and return
 * immutable records ({@link io.callcenter.mirror.ChannelView}, {@link io.callcenter.mirror.BridgeView}, ...).
 * {@code GET /api/mirror} serves the same as JSON, one entry per server.
 *
 * <h2>Observing: {@link io.callcenter.mirror.MirrorListener}</h2>
 * Implement {@code MirrorListener} as a CDI bean to be told about every {@link io.callcenter.mirror.MirrorChange}:
 * <ul>
 * <li>changes arrive <b>after</b> the mirror applied them, so reading the mirror from the callback shows the new
 * state;</li>
 * <li>they are delivered on the server's single dispatch thread, in event order, so a listener never sees the
 * events of one server reordered (different servers may call in parallel);</li>
 * <li>only real changes are reported: an event repeated two or three times (Asterisk does that) yields one
 * {@code ChannelUpdated}; late events about destroyed channels or bridges never resurrect them;</li>
 * <li>each event ends with an {@code EventObserved} carrying the typed event, also for events that change no
 * state (Dial, DTMF, user events), so no feature needs to re-parse ARI JSON;</li>
 * <li>after a (re)connect the objects that ended while we were away come as {@code ChannelRemoved} /
 * {@code BridgeRemoved} with reason {@code VANISHED}, followed by one {@code Resynced};</li>
 * <li>listeners must be quick (no blocking I/O): slow work goes onto a queue of the listener's own. A listener
 * that throws is logged and counted ({@code callcenter.mirror.listener.failures}); the others still run.</li>
 * </ul>
 *
 * <h2>Known limits</h2>
 * With {@code subscribeAll=false} Asterisk sends nothing about an inbound channel after its StasisEnd, so such a
 * channel stays in the mirror (out of Stasis) until the next resync removes it.
 */
package io.callcenter.mirror;
