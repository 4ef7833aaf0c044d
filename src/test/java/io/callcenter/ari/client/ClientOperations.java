package io.callcenter.ari.client;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the client interfaces declare, read by reflection over their JAX-RS annotations (root {@link AriRestClient} and its locators). */
final class ClientOperations {

    /** One parameter of an operation: kind is path, query or body. */
    record Param(String kind, String name, Class<?> type) {
    }

    /** One HTTP operation of the client. */
    record Operation(String group, String method, String path, String name, List<Param> params, Type returnType) {
        String key() {
            return method + " " + path;
        }
    }

    private ClientOperations() {
    }

    /** Every operation reachable from {@link AriRestClient}, with paths relative to {@code /ari} as in the spec. */
    static List<Operation> all() {
        List<Operation> result = new ArrayList<>();
        for (Method locator : AriRestClient.class.getMethods()) {
            if (locator.isAnnotationPresent(Path.class)) {
                String prefix = locator.getAnnotation(Path.class).value();
                for (Method m : locator.getReturnType().getMethods()) {
                    httpMethod(m).ifPresent(verb -> result.add(new Operation(locator.getName(), verb,
                            prefix + m.getAnnotation(Path.class).value(), m.getName(), params(m), m.getGenericReturnType())));
                }
            }
        }
        result.sort(Comparator.comparing(Operation::key));
        return result;
    }

    /** The names of the resource-group locators of {@link AriRestClient}. */
    static List<String> groups() {
        return java.util.Arrays.stream(AriRestClient.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Path.class)).map(Method::getName).sorted().toList();
    }

    /** Simple name of the return type: {@code void}, {@code Channel}, or {@code List[Channel]} as the spec writes it. */
    static String returnName(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "List[" + ((Class<?>) p.getActualTypeArguments()[0]).getSimpleName() + "]";
        }
        return ((Class<?>) type).getSimpleName();
    }

    private static Optional<String> httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static List<Param> params(Method m) {
        List<Param> result = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                result.add(new Param("path", p.getAnnotation(PathParam.class).value(), p.getType()));
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                result.add(new Param("query", p.getAnnotation(QueryParam.class).value(), p.getType()));
            } else if (!p.isNamePresent()) {
                throw new IllegalStateException("compile with -parameters: body parameter names of " + m + " are unknown");
            } else {
                result.add(new Param("body", p.getName(), p.getType()));
            }
        }
        return result;
    }
}
