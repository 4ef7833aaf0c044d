package io.callcenter.mirror;

/** A caller id or connected line as shown to users; blank fields from Asterisk become null. */
public record Party(String name, String number) {

    static Party of(io.callcenter.ari.model.CallerID id) {
        if (id == null) {
            return null;
        }
        String name = blankToNull(id.name());
        String number = blankToNull(id.number());
        return name == null && number == null ? null : new Party(name, number);
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Written out, as in {@link ChannelView#equals}: compared on every channel update. */
    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof Party p && ChannelView.same(name, p.name) && ChannelView.same(number, p.number);
    }
}
