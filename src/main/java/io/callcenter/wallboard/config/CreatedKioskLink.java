package io.callcenter.wallboard.config;

/**
 * A new kiosk link: the only time its token is shown.
 *
 * @param link the stored link
 * @param token the secret; whoever has it sees this wallboard, nothing else, until the link is revoked
 * @param path where a TV opens it (the token travels in the fragment, which browsers never send to servers)
 */
public record CreatedKioskLink(KioskLinkView link, String token, String path) {
}
