package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The few dialplan contexts of the recorded setup (default, echo, dtmf-gen, audio-src), run step by step with ChannelDialplan events. */
final class Dialplan {

    /** One priority: application, its data, and how long it keeps the channel before the next priority (-1 = until hangup). */
    record Step(String app, String data, long holdMs) {
    }

    static final Map<String, List<Step>> CONTEXTS = Map.of(
            "default", List.of(new Step("Answer", "", 0), new Step("Wait", "1", 1000), new Step("Hangup", "", 0)),
            "echo", List.of(new Step("Answer", "", 500), new Step("Echo", "", -1)),
            "dtmf-gen", List.of(new Step("Answer", "", 0), new Step("Wait", "1", 1000), new Step("SendDTMF", "1234#", 1850),
                    new Step("Wait", "2", 2000), new Step("Hangup", "", 0)),
            "audio-src", List.of(new Step("Answer", "", 0), new Step("MusicOnHold", "default", -1)));

    private final World w;

    Dialplan(World w) {
        this.w = w;
    }

    static boolean known(String context) {
        return CONTEXTS.containsKey(context);
    }

    /** Runs context/priority on a channel; an unknown context ends the call as the PBX would (no such extension). */
    void run(SimChannel ch, String context, int priority) {
        List<Step> steps = CONTEXTS.get(context);
        ch.context = context;
        ch.exten = "s";
        if (steps == null || priority < 1 || priority > steps.size()) {
            w.channelOps.teardown().hangup(ch, w.channelOps.teardown().request(ch, 16, null, true), 16, null);
            return;
        }
        step(ch, steps, priority);
    }

    private void step(SimChannel ch, List<Step> steps, int priority) {
        if (!w.channels.containsKey(ch.id) || ch.hangingUp || ch.stasisApp != null) {
            return;
        }
        Step s = steps.get(priority - 1);
        ch.priority = priority;
        ch.dialplan(s.app(), s.data());
        ObjectNode e = w.channelEvent("ChannelDialplan", ch);
        e.put("dialplan_app", s.app()).put("dialplan_app_data", s.data());
        w.emitChannel(e, ch);
        switch (s.app()) {
            case "Answer" -> w.channelOps.answered(ch);
            case "SendDTMF" -> sendDtmf(ch, s.data());
            case "Hangup" -> {
                Teardown t = w.channelOps.teardown();
                t.hangup(ch, ch.partnerId != null || ch.kind == SimChannel.Kind.INBOUND ? t.request(ch, 16, null, true) : null, 16, null);
                return;
            }
            default -> {
            }
        }
        if (s.holdMs() >= 0 && priority < steps.size()) {
            if (s.holdMs() == 0) {
                step(ch, steps, priority + 1);
            } else {
                ch.timer = w.clock.after(s.holdMs(), () -> step(ch, steps, priority + 1));
            }
        }
    }

    /** SendDTMF on a Local half: the other half hears each digit (100 ms, 350 ms apart). */
    private void sendDtmf(SimChannel ch, String digits) {
        SimChannel target = ch.partnerId == null ? ch : w.channels.get(ch.partnerId);
        for (int i = 0; i < digits.length(); i++) {
            String digit = String.valueOf(digits.charAt(i));
            w.clock.after(200 + 350L * i, () -> dtmf(target, digit));
        }
    }

    void dtmf(SimChannel ch, String digit) {
        if (ch == null || !w.channels.containsKey(ch.id)) {
            return;
        }
        ObjectNode e = w.channelEvent("ChannelDtmfReceived", ch);
        e.put("digit", digit).put("duration_ms", 100);
        w.emitChannel(e, ch);
    }
}
