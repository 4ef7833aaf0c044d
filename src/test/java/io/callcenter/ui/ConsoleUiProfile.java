package io.callcenter.ui;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app as a browser sees it: the UI built and served by Quinoa (off in other tests), its Vitest unit tests run
 * by the same build, and the demo PBX on with quiet, predictable traffic so the tests' own calls stand out. Every
 * agent phone stays registered: a phone going offline at a random moment made a test's call to it fail
 * ("Allocation failed").
 */
public class ConsoleUiProfile implements QuarkusTestProfile {

    public static final String DEMO_PASSWORD = "console-ui-test-pw";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.quinoa", "true"),
                Map.entry("quarkus.quinoa.run-tests", "true"),
                Map.entry("callcenter.demo.enabled", "true"),
                Map.entry("callcenter.demo.password", DEMO_PASSWORD),
                Map.entry("callcenter.demo.agents", "4"),
                Map.entry("callcenter.demo.calls-per-hour", "1"),
                Map.entry("callcenter.demo.unregistered-rate", "0"),
                Map.entry("callcenter.demo.registration-changes-per-hour", "0"),
                Map.entry("callcenter.demo.no-answer-rate", "0"),
                Map.entry("callcenter.demo.busy-rate", "0"),
                Map.entry("callcenter.demo.answer-delay-min-ms", "300"),
                Map.entry("callcenter.demo.answer-delay-max-ms", "600"),
                Map.entry("callcenter.demo.seed", "11"));
    }
}
