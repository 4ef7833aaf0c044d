package io.callcenter.acd.admin;

import io.callcenter.acd.config.Target;
import io.callcenter.acd.config.store.QueueEntity;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Checks an overflow / after-hours target: a QUEUE must exist and not be the queue itself. */
final class Targets {

    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9]{1,20}/[A-Za-z0-9_.@:+-]{1,79}");

    private Targets() {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Validates the target (null or empty = goodbye + hangup) and hands its kind and value to {@code store}. */
    static void apply(QueueDto.TargetDto in, String field, String ownQueue, FieldErrors errors,
            BiConsumer<String, String> store) {
        Target fallback = Target.goodbye();
        if (in == null || blank(in.kind()) && blank(in.value())) {
            store.accept(fallback.kind().name(), fallback.value());
            return;
        }
        Target.Kind kind = Names.parseEnum(Target.Kind.class, in.kind(), null, field + ".kind", errors);
        String value = in.value() == null ? "" : in.value().trim();
        if (kind == null) {
            errors.check(in.kind() != null, field + ".kind", "is required (QUEUE, ENDPOINT or HANGUP)");
            store.accept(fallback.kind().name(), fallback.value());
            return;
        }
        switch (kind) {
            case QUEUE -> {
                if (value.equals(ownQueue)) {
                    errors.add(field + ".value", "a queue cannot overflow to itself ('" + value + "')");
                } else {
                    errors.check(QueueEntity.findById(value) != null, field + ".value", "no queue named '" + value + "'");
                }
            }
            case ENDPOINT -> errors.check(ENDPOINT.matcher(value).matches(), field + ".value",
                    "an endpoint looks like TECH/resource, e.g. PJSIP/2000; got '" + value + "'");
            case HANGUP -> errors.check(value.length() <= 200, field + ".value", "has at most 200 characters");
        }
        store.accept(kind.name(), value);
    }
}
