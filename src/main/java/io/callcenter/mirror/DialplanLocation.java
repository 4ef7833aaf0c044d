package io.callcenter.mirror;

import io.callcenter.ari.model.DialplanCEP;

/** Where a channel is in the dialplan (and which application it runs there). */
public record DialplanLocation(String context, String exten, Long priority, String appName, String appData) {

    static DialplanLocation of(DialplanCEP cep) {
        return cep == null ? null
                : new DialplanLocation(cep.context(), cep.exten(), cep.priority(),
                        Party.blankToNull(cep.appName()), Party.blankToNull(cep.appData()));
    }
}
