package io.newsgraph.nlp.normalise;

import java.util.HashSet;
import java.util.Set;

/**
 * The shipped list of common given names of the world ({@code knowledge/given-names.txt}): a name
 * that starts with one ("Robert Holzmann", "Jordi Alba", "Mukesh Ambani") is evidence of a person
 * when nothing else about it says otherwise. Names that also start places, organisations or brands
 * ("Paris", "Victoria", "Morgan") are left out of the list on purpose.
 */
final class GivenNames {

    static final String RESOURCE = "knowledge/given-names.txt";

    /** The list nlp-service ships. */
    static final GivenNames SHIPPED = load(RESOURCE);

    private final Set<String> folded;

    private GivenNames(Set<String> folded) {
        this.folded = folded;
    }

    static GivenNames load(String resource) {
        Set<String> names = new HashSet<>();
        for (String line : KnowledgeFiles.lines(resource)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(NameLexicon.fold(name));
            }
        }
        return new GivenNames(Set.copyOf(names));
    }

    /** Whether {@code word} (any case and accents) is a given name of the list. */
    boolean contains(String word) {
        return folded.contains(NameLexicon.fold(word));
    }
}
