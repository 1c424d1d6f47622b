package io.newsgraph.nlp.engine;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The NER pipelines and the language detector, loaded once at startup on their own threads so the
 * HTTP port opens at once and readiness turns UP only when annotation can really be served.
 */
@ApplicationScoped
public class NlpModels {

    private static final Logger LOG = Logger.getLogger(NlpModels.class);

    private volatile NerEngine engine;
    private volatile LanguageDetector detector;
    private volatile Throwable failure;
    private volatile long loadMillis = -1;

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "nlp-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        // The detector loads beside CoreNLP, which serialises the loading of its own models.
        Thread detectorLoader = new Thread(this::loadDetector, "nlp-langdetect-loader");
        detectorLoader.setDaemon(true);
        detectorLoader.start();
        try {
            NerEngine loaded = NerEngine.load();
            detectorLoader.join();
            if (failure != null) {
                return;
            }
            engine = loaded;
            loadMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof(
                    "NER pipelines %s and language detector ready in %d ms",
                    NerEngine.LANGUAGES, loadMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("Loading the NER pipelines failed; nlp-service stays not ready", e);
        }
    }

    private void loadDetector() {
        try {
            detector = LanguageDetector.load();
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("Loading the language detector failed; nlp-service stays not ready", e);
        }
    }

    /** Whether annotation can be served. */
    public boolean ready() {
        return engine != null && detector != null;
    }

    /** The loading error, if loading failed. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Milliseconds the models took to load, or -1 while loading. */
    public long loadMillis() {
        return loadMillis;
    }

    public NerEngine engine() {
        return engine;
    }

    public LanguageDetector detector() {
        return detector;
    }
}
