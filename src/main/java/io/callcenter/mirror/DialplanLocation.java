package io.callcenter.mirror;

import io.callcenter.ari.model.DialplanCEP;
import java.util.Objects;

/** Where a channel is in the dialplan (and which application it runs there). */
public record DialplanLocation(String context, String exten, Long priority, String appName, String appData) {

    static DialplanLocation of(DialplanCEP cep) {
        return cep == null ? null
                : new DialplanLocation(cep.context(), cep.exten(), cep.priority(),
                        Party.blankToNull(cep.appName()), Party.blankToNull(cep.appData()));
    }

    /** Written out, as in {@link ChannelView#equals}: compared on every channel update. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DialplanLocation d && ChannelView.same(context, d.context)
                && ChannelView.same(exten, d.exten) && Objects.equals(priority, d.priority)
                && ChannelView.same(appName, d.appName) && ChannelView.same(appData, d.appData);
    }
}
