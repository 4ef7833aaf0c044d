package io.callcenter.testsupport.ari;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link FakeAriServer} answers when the test registered nothing: an idle Asterisk. */
final class FakeAriDefaults {

    private static final Pattern APPLICATION = Pattern.compile("/ari/applications/([^/]+)(/subscription)?");

    private FakeAriDefaults() {
    }

    static FakeAriServer.Answer answer(String method, String path) {
        if (method.equals("GET")) {
            switch (path) {
                case "/ari/channels", "/ari/bridges", "/ari/endpoints", "/ari/deviceStates":
                    return new FakeAriServer.Answer(200, "[]");
                case "/ari/asterisk/info":
                    return new FakeAriServer.Answer(200, "{\"system\":{\"version\":\"22.10.1\",\"entity_id\":\""
                            + FakeAriServer.DEFAULT_ENTITY_ID + "\"}}");
                default:
                    break;
            }
        }
        Matcher app = APPLICATION.matcher(path);
        if (app.matches() && (method.equals("GET") || app.group(2) != null)) {
            return new FakeAriServer.Answer(200, application(app.group(1)));
        }
        return new FakeAriServer.Answer(404, "{\"message\":\"Resource not found\"}");
    }

    /** An Application as Asterisk 22 shows it for a subscribeAll app. */
    static String application(String name) {
        return "{\"name\":\"" + name + "\",\"channel_ids\":[\"__AST_CHANNEL_ALL_TOPIC\"],"
                + "\"bridge_ids\":[\"__AST_BRIDGE_ALL_TOPIC\"],\"endpoint_ids\":[\"__AST_ENDPOINT_ALL_TOPIC\"],"
                + "\"device_names\":[\"__AST_DEVICE_STATE_ALL_TOPIC\"],\"events_allowed\":[],\"events_disallowed\":[]}";
    }
}
