package io.callcenter.reports.web;

import io.callcenter.reports.export.CsvColumn;
import io.callcenter.reports.web.dto.AbandonRowJson;
import io.callcenter.reports.web.dto.AgentRowJson;
import io.callcenter.reports.web.dto.CallJson;
import io.callcenter.reports.web.dto.QueueRowJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV columns of each report: the same rows as the JSON, durations in seconds and rates in percent so a
 * spreadsheet can compute with them; times with the centre's offset; "no value" is an empty field.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static List<CsvColumn<QueueRowJson>> queueInterval(List<Long> edgesSeconds) {
        List<CsvColumn<QueueRowJson>> c = new ArrayList<>(List.of(
                CsvColumn.of("queue", QueueRowJson::queue), CsvColumn.of("bucket", r -> r.bucket().label()),
                CsvColumn.of("start", r -> r.bucket().start()), CsvColumn.of("end", r -> r.bucket().end()),
                CsvColumn.of("offered", QueueRowJson::offered), CsvColumn.of("answered", QueueRowJson::answered),
                CsvColumn.of("abandoned", QueueRowJson::abandoned),
                CsvColumn.of("short_abandoned", QueueRowJson::shortAbandoned),
                CsvColumn.of("timed_out", QueueRowJson::timedOut), CsvColumn.of("overflowed", QueueRowJson::overflowed),
                CsvColumn.of("transferred", QueueRowJson::transferred),
                CsvColumn.of("after_hours", QueueRowJson::afterHours),
                CsvColumn.of("service_level_pct", QueueRowJson::serviceLevel),
                CsvColumn.of("service_level_definition", QueueRowJson::serviceLevelCaption),
                CsvColumn.of("asa_s", r -> seconds(r.asaMs())), CsvColumn.of("aht_s", r -> seconds(r.ahtMs())),
                CsvColumn.of("max_wait_s", r -> seconds(r.maxWaitMs())),
                CsvColumn.of("abandon_rate_pct", QueueRowJson::abandonRate),
                CsvColumn.of("abandon_rate_excl_short_pct", QueueRowJson::abandonRateExcludingShort)));
        for (int i = 0; i < edgesSeconds.size(); i++) {
            int edge = i;
            c.add(CsvColumn.of("answered_within_" + edgesSeconds.get(i) + "s_pct",
                    r -> edge < r.answeredWithin().size() ? r.answeredWithin().get(edge) : null));
        }
        return c;
    }

    static List<CsvColumn<AgentRowJson>> agents(List<String> pauseReasons) {
        List<CsvColumn<AgentRowJson>> c = new ArrayList<>(List.of(
                CsvColumn.of("agent", AgentRowJson::agent), CsvColumn.of("bucket", r -> r.bucket().label()),
                CsvColumn.of("start", r -> r.bucket().start()), CsvColumn.of("end", r -> r.bucket().end()),
                CsvColumn.of("logged_in_s", r -> seconds(r.loggedInMs())), CsvColumn.of("ready_s", r -> seconds(r.readyMs())),
                CsvColumn.of("ringing_s", r -> seconds(r.ringingMs())), CsvColumn.of("on_call_s", r -> seconds(r.onCallMs())),
                CsvColumn.of("wrap_up_s", r -> seconds(r.wrapUpMs())), CsvColumn.of("paused_s", r -> seconds(r.pausedMs())),
                CsvColumn.of("offers", AgentRowJson::offers), CsvColumn.of("answered", AgentRowJson::answered),
                CsvColumn.of("missed", AgentRowJson::missed), CsvColumn.of("handled", AgentRowJson::handled),
                CsvColumn.of("talk_s", r -> seconds(r.talkMs())), CsvColumn.of("hold_s", r -> seconds(r.holdMs())),
                CsvColumn.of("wrap_s", r -> seconds(r.wrapMs())), CsvColumn.of("aht_s", r -> seconds(r.ahtMs())),
                CsvColumn.of("occupancy_pct", AgentRowJson::occupancy)));
        for (String reason : pauseReasons) {
            c.add(CsvColumn.of("paused_" + reason + "_s", r -> seconds(r.pausedByReasonMs().getOrDefault(reason, 0L))));
        }
        return c;
    }

    static List<CsvColumn<AbandonRowJson>> abandons(List<Long> edgesSeconds, List<String> positionLabels) {
        List<CsvColumn<AbandonRowJson>> c = new ArrayList<>(List.of(
                CsvColumn.of("queue", AbandonRowJson::queue), CsvColumn.of("bucket", r -> r.bucket().label()),
                CsvColumn.of("start", r -> r.bucket().start()), CsvColumn.of("end", r -> r.bucket().end()),
                CsvColumn.of("offered", AbandonRowJson::offered), CsvColumn.of("abandoned", AbandonRowJson::abandoned),
                CsvColumn.of("short_abandoned", AbandonRowJson::shortAbandoned),
                CsvColumn.of("abandon_rate_pct", AbandonRowJson::abandonRate),
                CsvColumn.of("average_wait_s", r -> seconds(r.averageWaitMs())),
                CsvColumn.of("max_wait_s", r -> seconds(r.maxWaitMs())),
                CsvColumn.of("average_position", AbandonRowJson::averagePosition),
                CsvColumn.of("max_position", AbandonRowJson::maxPosition)));
        for (int i = 0; i <= edgesSeconds.size(); i++) {
            int bin = i;
            c.add(CsvColumn.of(i < edgesSeconds.size() ? "waited_up_to_" + edgesSeconds.get(i) + "s"
                    : "waited_over_" + edgesSeconds.get(i - 1) + "s", r -> r.waitBins().get(bin)));
        }
        for (int i = 0; i < positionLabels.size(); i++) {
            int bin = i;
            c.add(CsvColumn.of("position_" + positionLabels.get(i), r -> r.positionBins().get(bin)));
        }
        return c;
    }

    static final List<CsvColumn<CallJson>> CALLS = List.of(
            CsvColumn.of("enqueued_at", CallJson::enqueuedAt), CsvColumn.of("answered_at", CallJson::answeredAt),
            CsvColumn.of("ended_at", CallJson::endedAt), CsvColumn.of("caller_number", CallJson::callerNumber),
            CsvColumn.of("caller_name", CallJson::callerName), CsvColumn.of("did", CallJson::did),
            CsvColumn.of("queue", CallJson::queue), CsvColumn.of("queues", r -> String.join(" > ", r.queues())),
            CsvColumn.of("outcome", CallJson::outcome), CsvColumn.of("agent", CallJson::agent),
            CsvColumn.of("agents_offered", r -> String.join(" ", r.agentsOffered())),
            CsvColumn.of("wait_s", r -> seconds(r.waitMs())), CsvColumn.of("talk_s", r -> seconds(r.talkMs())),
            CsvColumn.of("hold_s", r -> seconds(r.holdMs())), CsvColumn.of("wrap_s", r -> seconds(r.wrapMs())),
            CsvColumn.of("duration_s", r -> seconds(r.durationMs())), CsvColumn.of("hangup_side", CallJson::hangupSide),
            CsvColumn.of("hangup_cause", CallJson::hangupCause), CsvColumn.of("disposition", CallJson::disposition),
            CsvColumn.of("transferred_to", CallJson::transferredTo),
            CsvColumn.of("overflow_reason", CallJson::overflowReason),
            CsvColumn.of("abandon_position", CallJson::abandonPosition), CsvColumn.of("recording", CallJson::recording),
            CsvColumn.of("asterisk_id", CallJson::asteriskId), CsvColumn.of("call_id", CallJson::callId));

    /** Milliseconds as seconds with three decimals, exact (null stays null). */
    static String seconds(Long ms) {
        return ms == null ? null : String.format(Locale.ROOT, "%d.%03d", ms / 1000, Math.abs(ms % 1000));
    }
}
