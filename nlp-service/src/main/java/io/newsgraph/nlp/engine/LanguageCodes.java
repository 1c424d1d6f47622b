package io.newsgraph.nlp.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 639 codes: what a client may hint (639-1) and how the detector's 639-3 codes map to it. */
public final class LanguageCodes {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> ISO_639_3_TO_1 = new HashMap<>();

    static {
        for (String code : ISO_639_1) {
            ISO_639_3_TO_1.put(new Locale(code).getISO3Language(), code);
        }
        // Individual-language codes the detector uses where Java knows the macrolanguage.
        ISO_639_3_TO_1.putAll(
                Map.ofEntries(
                        Map.entry("cmn", "zh"),
                        Map.entry("nob", "nb"),
                        Map.entry("nno", "nn"),
                        Map.entry("pes", "fa"),
                        Map.entry("arb", "ar"),
                        Map.entry("ekk", "et"),
                        Map.entry("lvs", "lv"),
                        Map.entry("swh", "sw"),
                        Map.entry("zsm", "ms"),
                        Map.entry("uzn", "uz"),
                        Map.entry("azj", "az"),
                        Map.entry("khk", "mn"),
                        Map.entry("ydd", "yi"),
                        Map.entry("plt", "mg"),
                        Map.entry("npi", "ne"),
                        Map.entry("gug", "gn")));
    }

    private LanguageCodes() {}

    /** Whether {@code code} is a lower-case ISO 639-1 code. */
    public static boolean isIso6391(String code) {
        return code.length() == 2 && ISO_639_1.contains(code);
    }

    /** The ISO 639-1 code for an ISO 639-3 one, or the 639-3 code when 639-1 has none. */
    public static String toIso6391(String iso6393) {
        return ISO_639_3_TO_1.getOrDefault(iso6393, iso6393);
    }
}
