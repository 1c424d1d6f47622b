package io.newsgraph.nlp.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that belong to the page or the wire, not to the article ("Début du contenu principal.", "À
 * VOIR AUSSI | …", "Read also: …"). They are blanked before the engine runs, keeping every offset,
 * so no entity can come from them even when ingestion left them in.
 */
public final class BoilerplateLines {

    private static final Pattern BOILERPLATE =
            Pattern.compile(
                    "^(?:(?:a |à )?(?:voir|lire|ecouter|écouter|regarder)"
                        + " (?:aussi|egalement|également|plus)\\b|(?:debut|début|fin) du contenu(?:"
                        + " principal)?\\b|aller au contenu\\b|(?:read|see|watch|listen)"
                        + " (?:also|more)\\b|also read\\b|related(?: articles?| stories)?\\s*:|skip"
                        + " to (?:main"
                        + " )?content\\b|(?:publicité|publicite|advertisement)\\s*$|abonnez-vous\\b|sign"
                        + " up for\\b"
                            // Agency credit lines: "(Reporting by …; Editing by …)", "(avec AFP)".
                            + "|\\(?(?:additional"
                            + " )?(?:reporting|writing|editing|compiled|edited|written)"
                            + " by\\b|\\(?avec (?:l['’])?(?:afp|reuters|ap|agences?)\\)?\\.?\\s*$"
                            // Photo credits: "Photo : Julien de Rosa / AFP", "(Photo : … / AFP)".
                            + "|\\(?(?:photos?|cr[ée]dits? photos?|photo"
                            + " credits?|images?)\\s*:.*(?:/|©|\\b(?:afp|reuters|ap|getty"
                            + " images|epa|maxppp|sipa)\\b)"
                            // "Associated Press writer … contributed to this report."
                            + "|.*\\bcontributed to this (?:report|story)\\.?\\s*$"
                            // Copyright lines: "© AFP", "© 2026 The Associated Press", "(c)
                            // Reuters".
                            + "|©|(?:\\(c\\)|copyright (?:©|\\(c\\)|\\d{4}))[^\\n]{0,80}$"
                            // A wire's footer link: "AP tennis: https://apnews.com/hub/tennis".
                            + "|[^:]{1,60}:\\s*https?://\\S+\\s*$)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A story opening with its date and the wire's credit, no place: "Nov 17 (Reuters) -". */
    private static final Pattern CREDIT_AFTER_A_DATE =
            Pattern.compile(
                    "^\\s*(?:\\p{L}{3,9}\\.? \\d{1,2}|\\d{1,2} \\p{L}{3,9})\\s*(\\([^()\\n"
                            + "]{1,30}\\))\\s*[-—–]\\s");

    private BoilerplateLines() {}

    /** The text with boilerplate lines replaced by spaces of the same length. */
    public static String blank(String text) {
        StringBuilder masked = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (isBoilerplate(text.substring(lineStart, lineEnd))) {
                if (masked == null) {
                    masked = new StringBuilder(text);
                }
                for (int i = lineStart; i < lineEnd; i++) {
                    if (masked.charAt(i) != '\r') {
                        masked.setCharAt(i, ' ');
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        // The wire credit of a dateline ("(AFP)") is not news either; its place is. A dateline
        // may have no place: "Nov 17 (Reuters) -".
        Dateline dateline = Dateline.of(text).orElse(null);
        int creditBegin = dateline == null ? -1 : dateline.creditBegin();
        int creditEnd = dateline == null ? -1 : dateline.creditEnd();
        Matcher dateOnly = CREDIT_AFTER_A_DATE.matcher(text);
        if (creditBegin < 0 && dateOnly.lookingAt()) {
            creditBegin = dateOnly.start(1);
            creditEnd = dateOnly.end(1);
        }
        if (creditBegin >= 0) {
            if (masked == null) {
                masked = new StringBuilder(text);
            }
            for (int i = creditBegin; i < creditEnd; i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked == null ? text : masked.toString();
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line.strip()).find();
    }
}
