package io.callcenter.demo.world;

import java.util.List;
import java.util.Map;

/** The parameters of POST /channels, /channels/{id} and /channels/create, as ARI names them. */
public record OriginateRequest(String endpoint, String app, String appArgs, String channelId, String otherChannelId,
        String callerId, Integer timeout, String context, String extension, Integer priority, Map<String, String> variables) {

    List<String> args() {
        return appArgs == null || appArgs.isEmpty() ? List.of() : List.of(appArgs.split(","));
    }

    /** "Name" <number>, or a bare number. */
    String[] caller() {
        if (callerId == null || callerId.isBlank()) {
            return new String[] {"", ""};
        }
        String s = callerId.strip();
        int lt = s.indexOf('<');
        if (lt >= 0 && s.endsWith(">")) {
            String name = s.substring(0, lt).strip().replaceAll("^\"|\"$", "");
            return new String[] {name, s.substring(lt + 1, s.length() - 1)};
        }
        return new String[] {"", s};
    }
}
