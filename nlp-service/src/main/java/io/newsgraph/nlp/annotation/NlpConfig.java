package io.newsgraph.nlp.annotation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.OptionalInt;

/** Limits and sizing of the annotation path. */
@ConfigMapping(prefix = "newsgraph.nlp")
public interface NlpConfig {

    /** Longest article text accepted, in UTF-16 code units; longer is INVALID_ARGUMENT. */
    @WithDefault("1000000")
    int maxTextLength();

    /** Annotation threads; the number of cores when unset, since CoreNLP is CPU-bound. */
    OptionalInt workers();

    /** Articles waiting for a thread before callers get RESOURCE_EXHAUSTED. */
    @WithDefault("256")
    int queueCapacity();
}
