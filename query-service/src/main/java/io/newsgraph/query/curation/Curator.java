package io.newsgraph.query.curation;

/** Who curates: the token's preferred_username (else its subject) and its subject. */
public record Curator(String name, String subject) {

    /** The shipped alias table, applied at start-up. */
    public static final Curator SHIPPED_ALIASES = new Curator("system:shipped-aliases", null);
}
