package io.callcenter.acd.admin;

/** A pause reason: code (e.g. "lunch"), label shown to people, position in lists (absent = last). */
public record PauseReasonDto(String code, String label, Integer position) {
}
