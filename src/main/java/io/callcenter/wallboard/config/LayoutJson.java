package io.callcenter.wallboard.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** The layout column's JSON text, written and read with the application's mapper (metric ids as on the wire). */
@ApplicationScoped
public class LayoutJson {

    private final ObjectMapper mapper;

    LayoutJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Layout layout) {
        try {
            return mapper.writeValueAsString(layout);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated layout always serialises", e);
        }
    }

    public Layout read(String json) {
        try {
            return mapper.readValue(json, Layout.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored wallboard layout is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
