package io.newsgraph.nlp.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with: "PARIS, 16 avril (AFP) -", "MANILA, Philippines (AP) —",
 * "LUCHON (Haute-Garonne), 27 juin (AFP) -", "WASHINGTON —", "HONG KONG/LONDON, Oct 27 (Reuters)
 * -", "ST. PAUL, Minn. (AP) —". Its capitalised places are where the story was filed; its credit
 * names the wire.
 *
 * @param placeBegin offset of the place ("SAN FRANCISCO")
 * @param placeEnd end of the place
 * @param creditBegin offset of the parenthesised credit ("(Reuters)"), or -1
 * @param creditEnd end of the credit, or -1
 * @param end offset of the dash that closes the dateline
 */
record Dateline(int placeBegin, int placeEnd, int creditBegin, int creditEnd, int end) {

    private static final Pattern DATELINE =
            Pattern.compile(
                    "^\\s*(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’./-]*\\p{Lu}\\.?(?:"
                            + " \\p{Lu}[\\p{Lu}\\p{M}'’./-]*){0,3})(?:\\s*\\([^()\\n"
                            + "]{1,30}\\)(?=,))?(?:,[^\\n"
                            + "()—–]{1,40}?)?\\s*(?<credit>\\([^()\\n"
                            + "]{1,30}\\))?\\s*(?<dash>[-—–])\\s");

    static Optional<Dateline> of(String text) {
        Matcher matcher = DATELINE.matcher(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(
                new Dateline(
                        matcher.start("place"),
                        matcher.end("place"),
                        matcher.start("credit"),
                        matcher.end("credit"),
                        matcher.start("dash")));
    }

    boolean contains(int begin, int end) {
        return begin >= placeBegin && end <= this.end;
    }
}
