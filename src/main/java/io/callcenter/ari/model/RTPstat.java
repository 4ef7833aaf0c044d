package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code RTPstat}: A statistics of a RTP. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RTPstat(
        @JsonProperty("txcount") Integer txcount,
        @JsonProperty("rxcount") Integer rxcount,
        @JsonProperty("txjitter") Double txjitter,
        @JsonProperty("rxjitter") Double rxjitter,
        @JsonProperty("remote_maxjitter") Double remoteMaxjitter,
        @JsonProperty("remote_minjitter") Double remoteMinjitter,
        @JsonProperty("remote_normdevjitter") Double remoteNormdevjitter,
        @JsonProperty("remote_stdevjitter") Double remoteStdevjitter,
        @JsonProperty("local_maxjitter") Double localMaxjitter,
        @JsonProperty("local_minjitter") Double localMinjitter,
        @JsonProperty("local_normdevjitter") Double localNormdevjitter,
        @JsonProperty("local_stdevjitter") Double localStdevjitter,
        @JsonProperty("txploss") Integer txploss,
        @JsonProperty("rxploss") Integer rxploss,
        @JsonProperty("remote_maxrxploss") Double remoteMaxrxploss,
        @JsonProperty("remote_minrxploss") Double remoteMinrxploss,
        @JsonProperty("remote_normdevrxploss") Double remoteNormdevrxploss,
        @JsonProperty("remote_stdevrxploss") Double remoteStdevrxploss,
        @JsonProperty("local_maxrxploss") Double localMaxrxploss,
        @JsonProperty("local_minrxploss") Double localMinrxploss,
        @JsonProperty("local_normdevrxploss") Double localNormdevrxploss,
        @JsonProperty("local_stdevrxploss") Double localStdevrxploss,
        @JsonProperty("rtt") Double rtt,
        @JsonProperty("maxrtt") Double maxrtt,
        @JsonProperty("minrtt") Double minrtt,
        @JsonProperty("normdevrtt") Double normdevrtt,
        @JsonProperty("stdevrtt") Double stdevrtt,
        @JsonProperty("local_ssrc") Integer localSsrc,
        @JsonProperty("remote_ssrc") Integer remoteSsrc,
        @JsonProperty("txoctetcount") Integer txoctetcount,
        @JsonProperty("rxoctetcount") Integer rxoctetcount,
        @JsonProperty("channel_uniqueid") String channelUniqueid) {
}
