package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds an ARI record (an event or a model object) straight from parser tokens into its canonical constructor.
 * <p>
 * Why: Jackson's creator binding of the records ({@code _deserializeUsingPropertyBased}) was ~70 % of the frame
 * parsing samples on the websocket reader, the busiest thread of ingest. This binder handles only the plain cases of
 * the recorded traffic: strings, whole numbers into {@code Integer}/{@code Long}, {@code true}/{@code false}, nested
 * records, string lists, objects into {@code JsonNode}, nulls, unknown fields skipped, missing fields null. Anything
 * else (a number where a string is declared, a repeated field, a null inside a list, a record with another
 * component type, ...) {@linkplain #bind gives up} and the caller binds the frame with Jackson as before, so every
 * odd frame gets exactly Jackson's result. {@code RecordBinderTest} compares both on every recorded frame.
 */
final class RecordBinder {

    /** Thrown when a frame leaves the plain cases; carries no stack trace (it is control flow, and rare). */
    static final class GiveUp extends Exception {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not a plain frame", null, false, false);
        }
    }

    private enum Kind { STRING, INTEGER, LONG, BOOLEAN, RECORD, STRING_LIST, JSON_NODE }

    private static final Map<Class<?>, RecordBinder> BINDERS = new ConcurrentHashMap<>();
    /** Marks a record this binder does not handle (cached like the others). */
    private static final RecordBinder UNSUPPORTED = new RecordBinder();

    private final ObjectMapper mapper;
    private final Constructor<?> constructor;
    private final String[] names;
    private final Kind[] kinds;
    private final RecordBinder[] nested;
    private final Map<String, Integer> index;
    /**
     * The field that followed each field (last slot: the first field) the last time, so a name is mostly matched by
     * one identity check (the parser interns names) instead of a map lookup. Written racily on purpose: any value is
     * a valid guess, and a wrong guess only costs the lookup.
     */
    private final int[] next;

    private RecordBinder() {
        mapper = null;
        constructor = null;
        names = null;
        kinds = null;
        nested = null;
        index = null;
        next = null;
    }

    private RecordBinder(ObjectMapper mapper, Constructor<?> constructor, String[] names, Kind[] kinds,
            RecordBinder[] nested) {
        this.mapper = mapper;
        this.constructor = constructor;
        this.names = names;
        this.kinds = kinds;
        this.nested = nested;
        this.index = new HashMap<>();
        this.next = new int[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
    }

    /** The binder of a record class, or null when one of its components (or theirs) is of a type not handled. */
    static RecordBinder of(Class<?> type, ObjectMapper mapper) {
        RecordBinder b = BINDERS.get(type);
        if (b == null) {
            b = build(type, mapper);
            BINDERS.put(type, b);
        }
        return b == UNSUPPORTED ? null : b;
    }

    private static RecordBinder build(Class<?> type, ObjectMapper mapper) {
        if (!type.isRecord()) {
            return UNSUPPORTED;
        }
        RecordComponent[] components = type.getRecordComponents();
        int n = components.length;
        String[] names = new String[n];
        Kind[] kinds = new Kind[n];
        RecordBinder[] nested = new RecordBinder[n];
        Class<?>[] types = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
            if (name == null || name.value().isEmpty()) {
                return UNSUPPORTED; // only the generated models, every component named explicitly
            }
            names[i] = name.value();
            Kind kind = kind(c.getGenericType());
            if (kind == null) {
                return UNSUPPORTED;
            }
            if (kind == Kind.RECORD) {
                nested[i] = of(c.getType(), mapper);
                if (nested[i] == null) {
                    return UNSUPPORTED;
                }
            }
            kinds[i] = kind;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return new RecordBinder(mapper, ctor, names, kinds, nested);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return UNSUPPORTED;
        }
    }

    private static Kind kind(Type t) {
        if (t == String.class) {
            return Kind.STRING;
        } else if (t == Integer.class) {
            return Kind.INTEGER;
        } else if (t == Long.class) {
            return Kind.LONG;
        } else if (t == Boolean.class) {
            return Kind.BOOLEAN;
        } else if (t == JsonNode.class) {
            return Kind.JSON_NODE;
        } else if (t instanceof Class<?> c && c.isRecord()) {
            return Kind.RECORD;
        } else if (t instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] == String.class) {
            return Kind.STRING_LIST;
        }
        return null;
    }

    /**
     * Binds the object whose {@code START_OBJECT} is the parser's current token, leaving the parser on its
     * {@code END_OBJECT}.
     *
     * @throws GiveUp when the object is not plain (see the class comment); the parser is then somewhere inside it
     */
    Object bind(JsonParser p) throws IOException, GiveUp {
        Object[] args = new Object[names.length];
        boolean[] seen = new boolean[names.length];
        int previous = names.length;
        String field;
        while ((field = p.nextFieldName()) != null) {
            int i;
            int guess = next[previous];
            if (guess < names.length && names[guess] == field) {
                i = guess;
            } else {
                Integer at = index.get(field);
                if (at == null) {
                    p.nextToken();
                    p.skipChildren(); // unknown: ignored, as Jackson with ignoreUnknown
                    continue;
                }
                i = at;
            }
            if (seen[i]) {
                throw GiveUp.INSTANCE; // Jackson's handling of repeats is its own business
            }
            seen[i] = true;
            next[previous] = i;
            previous = i;
            args[i] = value(p, p.nextToken(), i);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw GiveUp.INSTANCE;
        }
    }

    private Object value(JsonParser p, JsonToken t, int i) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            if (kinds[i] == Kind.JSON_NODE) {
                throw GiveUp.INSTANCE; // Jackson binds it to a NullNode
            }
            return null;
        }
        switch (kinds[i]) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                break;
            case INTEGER:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                break;
            case LONG:
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    return p.getLongValue();
                }
                break;
            case BOOLEAN:
                if (t == JsonToken.VALUE_TRUE) {
                    return Boolean.TRUE;
                } else if (t == JsonToken.VALUE_FALSE) {
                    return Boolean.FALSE;
                }
                break;
            case RECORD:
                if (t == JsonToken.START_OBJECT) {
                    return nested[i].bind(p);
                }
                break;
            case STRING_LIST:
                if (t == JsonToken.START_ARRAY) {
                    return strings(p);
                }
                break;
            case JSON_NODE:
                if (t == JsonToken.START_OBJECT) {
                    return mapper.readTree(p);
                }
                break;
            default:
                break;
        }
        throw GiveUp.INSTANCE;
    }

    private static List<String> strings(JsonParser p) throws IOException, GiveUp {
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            out.add(p.getText());
        }
        if (t != JsonToken.END_ARRAY) {
            throw GiveUp.INSTANCE;
        }
        return out;
    }
}
