package io.newsgraph.nlp.annotation;

import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsgraph.nlp.annotation.GrpcErrors.Violation;
import io.newsgraph.nlp.engine.LanguageCodes;
import io.newsgraph.nlp.engine.NlpModels;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Annotates one article: checks the request, picks the language, runs NER on an annotation thread
 * and normalises the entities. Callers on the event loop get a {@link Uni} and never block.
 */
@ApplicationScoped
public class ArticleAnnotator {

    private static final Logger LOG = Logger.getLogger(ArticleAnnotator.class);

    private final NlpModels models;
    private final AnnotationWorkers workers;
    private final NlpConfig config;
    private final MeterRegistry registry;

    ArticleAnnotator(
            NlpModels models, AnnotationWorkers workers, NlpConfig config, MeterRegistry registry) {
        this.models = models;
        this.workers = workers;
        this.config = config;
        this.registry = registry;
    }

    /**
     * @param deadline the caller's deadline, or null for none: work that cannot finish before it is
     *     not started
     */
    public Uni<AnnotateResponse> annotate(AnnotateRequest request, Deadline deadline) {
        List<Violation> violations = violations(request);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(GrpcErrors.invalidArgument(violations));
        }
        if (!models.ready()) {
            return Uni.createFrom()
                    .failure(
                            Status.UNAVAILABLE
                                    .withDescription("the NER models are still loading")
                                    .asRuntimeException());
        }
        if (expired(deadline)) {
            return Uni.createFrom().failure(deadlineExceeded());
        }
        Uni<AnnotateResponse> work =
                workers.submit(
                        () -> {
                            if (expired(deadline)) {
                                throw deadlineExceeded();
                            }
                            return annotateNow(request);
                        });
        if (deadline != null) {
            long remaining = Math.max(1, deadline.timeRemaining(TimeUnit.MILLISECONDS));
            work =
                    work.ifNoItem()
                            .after(Duration.ofMillis(remaining))
                            .failWith(this::deadlineExceeded);
        }
        return work;
    }

    private List<Violation> violations(AnnotateRequest request) {
        List<Violation> violations = new ArrayList<>(2);
        String text = request.getText();
        if (text.isBlank()) {
            violations.add(new Violation("text", "must not be empty"));
        } else if (text.length() > config.maxTextLength()) {
            violations.add(
                    new Violation(
                            "text",
                            "must be at most "
                                    + config.maxTextLength()
                                    + " characters, was "
                                    + text.length()));
        }
        String hint = request.getLanguageHint();
        if (!hint.isEmpty() && !LanguageCodes.isIso6391(hint.toLowerCase(Locale.ROOT))) {
            violations.add(
                    new Violation(
                            "language_hint",
                            "must be a two-letter ISO 639-1 code such as \"fr\" or \"en\","
                                    + " or empty to detect the language"));
        }
        return violations;
    }

    private AnnotateResponse annotateNow(AnnotateRequest request) {
        Timer.Sample sample = Timer.start(registry);
        AnnotateResponse response =
                new AnnotationPipeline(models.engine(), models.detector()).annotate(request);
        String language = response.getLanguage();
        sample.stop(
                registry.timer(
                        "newsgraph.nlp.annotations",
                        "language",
                        language,
                        "support",
                        response.getLanguageSupport().name()));
        if (response.getLanguageSupport() == LanguageSupport.SUPPORTED) {
            registry.counter("newsgraph.nlp.tokens", "language", language)
                    .increment(response.getTokenCount());
        }
        LOG.debugf(
                "Annotated %s (%s, %d tokens): %d entities",
                request.getCorrelationId(),
                language,
                response.getTokenCount(),
                response.getEntitiesCount());
        return response;
    }

    private static boolean expired(Deadline deadline) {
        return deadline != null && deadline.isExpired();
    }

    private StatusRuntimeException deadlineExceeded() {
        registry.counter("newsgraph.nlp.deadlines.exceeded").increment();
        return Status.DEADLINE_EXCEEDED
                .withDescription("the caller's deadline passed before the article was annotated")
                .asRuntimeException();
    }
}
