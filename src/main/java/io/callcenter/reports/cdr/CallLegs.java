package io.callcenter.reports.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A call's channels: the caller's, the agent phones its offers rang, overflow and consulted parties. */
final class CallLegs {

    private CallLegs() {
    }

    static List<CallLeg> of(Connection c, String asteriskId, String callId, List<StepRow> steps) throws SQLException {
        Map<String, CallLeg> legs = new LinkedHashMap<>();
        legs.put(callId, leg(c, asteriskId, "caller", callId, null, null, null));
        Map<String, StepRow> results = new LinkedHashMap<>();
        for (StepRow s : steps) {
            if ("offer_result".equals(s.kind()) && s.channelId() != null) {
                results.put(s.channelId(), s);
            }
        }
        for (StepRow s : steps) {
            if (s.channelId() == null || legs.containsKey(s.channelId())) {
                continue;
            }
            String role = switch (s.kind()) {
                case "offer", "answer" -> "agent";
                case "consult", "conference" -> "consult";
                case "transfer" -> "overflow";
                default -> null;
            };
            if (role != null) {
                StepRow result = results.get(s.channelId());
                legs.put(s.channelId(), leg(c, asteriskId, role, s.channelId(), s.agent(),
                        result == null ? null : result.detail(), result == null ? null : result.cause()));
            }
        }
        return new ArrayList<>(legs.values());
    }

    private static CallLeg leg(Connection c, String asteriskId, String role, String channelId, String agent,
            String result, Integer resultCause) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select name, caller_number, connected_number, created,"
                + " answered, destroyed, cause from channel_history where asterisk_id = ? and channel_id = ?")) {
            ps.setString(1, asteriskId);
            ps.setString(2, channelId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new CallLeg(role, channelId, Optional.ofNullable(agent), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(result),
                            Optional.ofNullable(resultCause));
                }
                String number = "caller".equals(role) ? rs.getString("caller_number") : rs.getString("connected_number");
                Integer cause = HistoryReader.integer(rs, "cause");
                return new CallLeg(role, channelId, Optional.ofNullable(agent), Optional.ofNullable(rs.getString("name")),
                        Optional.ofNullable(number), CdrRows.instant(rs, "created"), CdrRows.instant(rs, "answered"),
                        CdrRows.instant(rs, "destroyed"), Optional.ofNullable(result),
                        Optional.ofNullable(cause != null ? cause : resultCause));
            }
        }
    }
}
