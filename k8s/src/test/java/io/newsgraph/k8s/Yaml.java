package io.newsgraph.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads the YAML documents of a manifest file as plain maps and lists. */
final class Yaml {

    private Yaml() {}

    static List<Map<String, Object>> documents(String text) {
        Load load = new Load(LoadSettings.builder().setLabel("manifest").build());
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : load.loadAllFromString(text)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(
                        "a manifest document must be a mapping: " + document);
            }
            documents.add(Maps.cast(document));
        }
        return documents;
    }

    static List<Map<String, Object>> documents(Path file) {
        return documents(read(file));
    }

    static Object value(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    static Object value(Path file) {
        return value(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
