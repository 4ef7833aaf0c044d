package io.callcenter.desk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The agent desk's call control: disposition codes, how numbers are dialled, how long a control waits for ARI. */
@ConfigMapping(prefix = "callcenter.desk")
public interface DeskConfig {

    /** Disposition codes agents pick after a call, in display order, as {@code code:Label} ([a-z0-9_-]{1,40} codes). */
    @WithDefault("sale:Sale,no-sale:No sale,callback:Call back,info:Information only,wrong-number:Wrong number")
    List<String> dispositions();

    /** The endpoint a transfer or consult to a number dials; {@code {number}} is replaced by the number. */
    @WithDefault("PJSIP/{number}@trunk")
    String numberEndpoint();

    /** Numbers an agent may transfer to or consult (a Java regular expression over the whole number). */
    @WithDefault("\\+?[0-9]{2,20}")
    String numberPattern();

    /** Format of call recordings started from the desk (ARI bridge record). */
    @WithDefault("wav")
    String recordingFormat();

    /** How long a desk control waits for Asterisk to accept its commands before answering 502. */
    @WithDefault("10s")
    Duration ariTimeout();
}
