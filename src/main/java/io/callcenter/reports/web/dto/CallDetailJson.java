package io.callcenter.reports.web.dto;

import io.callcenter.reports.cdr.CallDetail;
import io.callcenter.reports.cdr.CallLeg;
import io.callcenter.reports.cdr.QueueStay;
import io.callcenter.reports.cdr.TimelineEntry;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything about one call for its detail page.
 *
 * @param call the record
 * @param zone the centre's zone the times are in
 * @param stays its stays per queue
 * @param legs its channels
 * @param timeline ACD steps and ARI events in time order
 * @param recordingUrl where the browser plays the recording (the call's own route, checked like its detail), null when the
 *     call has none or its Asterisk is not connected
 */
public record CallDetailJson(CallJson call, String zone, List<Stay> stays, List<Leg> legs, List<Line> timeline,
        String recordingUrl) {

    /** A stay in one queue. */
    public record Stay(int seq, String queue, String enqueuedAt, String leftAt, String outcome, int position,
            String agent) {
    }

    /** A channel of the call. */
    public record Leg(String role, String channelId, String agent, String name, String number, String created,
            String answered, String destroyed, String result, Integer cause) {
    }

    /** A line of the timeline. */
    public record Line(String at, String source, String kind, String queue, String agent, String channelId,
            String detail, Integer cause) {
    }

    public static CallDetailJson of(CallDetail d, ZoneId zone, String recordingUrl) {
        return new CallDetailJson(CallJson.of(d.record(), zone), zone.getId(),
                d.stays().stream().map(s -> stay(s, zone)).toList(), d.legs().stream().map(l -> leg(l, zone)).toList(),
                d.timeline().stream().map(t -> line(t, zone)).toList(), recordingUrl);
    }

    private static Stay stay(QueueStay s, ZoneId zone) {
        return new Stay(s.seq(), s.queue(), Times.local(s.enqueuedAt(), zone), Times.local(s.leftAt(), zone),
                s.outcome().map(Times::slug).orElse(null), s.position(),
                s.agent().orElse(null));
    }

    private static Leg leg(CallLeg l, ZoneId zone) {
        return new Leg(l.role(), l.channelId(), l.agent().orElse(null), l.name().orElse(null), l.number().orElse(null),
                Times.local(l.created(), zone), Times.local(l.answered(), zone), Times.local(l.destroyed(), zone),
                l.result().orElse(null), l.cause().orElse(null));
    }

    private static Line line(TimelineEntry t, ZoneId zone) {
        return new Line(Times.local(t.at(), zone), t.source(), t.kind(), t.queue().orElse(null),
                t.agent().orElse(null), t.channelId().orElse(null), t.detail().orElse(null), t.cause().orElse(null));
    }
}
