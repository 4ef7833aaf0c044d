package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code DialplanCEP}: Dialplan location (context/extension/priority) Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DialplanCEP(
        @JsonProperty("context") String context,
        @JsonProperty("exten") String exten,
        @JsonProperty("priority") Long priority,
        @JsonProperty("app_name") String appName,
        @JsonProperty("app_data") String appData) {
}
