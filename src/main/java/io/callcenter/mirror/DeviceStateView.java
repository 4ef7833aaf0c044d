package io.callcenter.mirror;

/** A device state, e.g. {@code PJSIP/1001} INUSE or {@code Stasis:agent-1001} NOT_INUSE. */
public record DeviceStateView(String asteriskId, String name, String state) {
}
