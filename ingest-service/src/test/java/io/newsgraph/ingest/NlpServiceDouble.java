package io.newsgraph.ingest;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.newsgraph.proto.nlp.v1.AnnotateRequest;
import io.newsgraph.proto.nlp.v1.AnnotateResponse;
import io.newsgraph.proto.nlp.v1.ArticleError;
import io.newsgraph.proto.nlp.v1.Entity;
import io.newsgraph.proto.nlp.v1.EntityType;
import io.newsgraph.proto.nlp.v1.LanguageSupport;
import io.newsgraph.proto.nlp.v1.Mention;
import io.newsgraph.proto.nlp.v1.NlpServiceGrpc;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in nlp-service on its own gRPC port, so ingest-service talks to it over the network as it
 * does in production. It serves AnnotateStream only (unary Annotate answers UNIMPLEMENTED),
 * answering in request order as nlp-service does, one article after the other. It finds a fixed
 * lexicon of names (with exact UTF-16 offsets), insists on a bearer token, and fails on demand when
 * the article title carries a marker: {@value #DOWN} answers the article with an INTERNAL error
 * every time (an article the engine always crashes on), {@value #FAIL_THRICE} the first three times
 * for each revision, {@value #REJECT} with an INVALID_ARGUMENT error (the stream goes on, as with
 * nlp-service); {@value #FLAKY} ends the whole call with UNAVAILABLE (as nlp-service does while its
 * models load) the first two times each revision is sent; {@value #BAD_OFFSETS} answers a mention
 * whose offsets miss its text, {@value #SLOW} takes {@value #SLOW_MILLIS} ms. The whole service can
 * be stopped and started again on the same port ({@link #stopServer()}, {@link #startServer()}) for
 * outage drills.
 */
public class NlpServiceDouble implements QuarkusTestResourceLifecycleManager {

    public static final String DOWN = "[nlp-down]";
    public static final String FLAKY = "[nlp-flaky]";
    public static final String REJECT = "[nlp-reject]";
    public static final String BAD_OFFSETS = "[nlp-bad-offsets]";
    public static final String SLOW = "[nlp-slow]";
    public static final String FAIL_THRICE = "[nlp-fail-thrice]";

    public static final long SLOW_MILLIS = 300;

    private static final AtomicInteger CALLS = new AtomicInteger();
    private static NlpServiceDouble running;

    /** Failed calls a {@value #FLAKY} revision sees before it succeeds. */
    public static final int FLAKY_FAILURES = 2;

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    /** Canonical name, type, surface forms (longest first). */
    private static final List<LexiconEntry> LEXICON =
            List.of(
                    new LexiconEntry(
                            "Emmanuel Macron", EntityType.PERSON, "Emmanuel Macron", "Macron"),
                    new LexiconEntry("Marco Rubio", EntityType.PERSON, "Marco Rubio", "Rubio"),
                    new LexiconEntry(
                            "Steve Witkoff", EntityType.PERSON, "Steve Witkoff", "Witkoff"),
                    new LexiconEntry("Paris", EntityType.LOCATION, "Paris"),
                    new LexiconEntry("Ukraine", EntityType.LOCATION, "Ukraine"),
                    new LexiconEntry("OTAN", EntityType.ORGANIZATION, "OTAN"),
                    new LexiconEntry("NATO", EntityType.ORGANIZATION, "NATO"));

    private Server server;
    private int port;

    @Override
    public Map<String, String> start() {
        server = serve(0);
        port = server.getPort();
        running = this;
        String address = String.valueOf(port);
        // In test mode Quarkus dials the test-port, not the port, of a gRPC client.
        return Map.of(
                "quarkus.grpc.clients.nlp.host", "127.0.0.1",
                "quarkus.grpc.clients.nlp.port", address,
                "quarkus.grpc.clients.nlp.test-port", address);
    }

    @Override
    public void stop() {
        shutdown(server);
    }

    /** Stops the running double: calls fail as when nlp-service is down (connection refused). */
    public static synchronized void stopServer() {
        shutdown(running.server);
    }

    /** Starts the stopped double again on the port ingest-service is configured with. */
    public static synchronized void startServer() {
        if (running.server.isShutdown()) {
            running.server = serve(running.port);
        }
    }

    /** Articles answered or refused so far, by every double of this JVM. */
    public static int calls() {
        return CALLS.get();
    }

    private static Server serve(int port) {
        try {
            return NettyServerBuilder.forAddress(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    .withOption(io.netty.channel.ChannelOption.SO_REUSEADDR, true)
                    .addService(
                            ServerInterceptors.intercept(
                                    new FakeNlpService(), NlpServiceDouble::requireBearerToken))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("nlp-service double did not start", e);
        }
    }

    private static void shutdown(Server server) {
        if (server != null) {
            server.shutdownNow();
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The entities the double reports for a text, as ingest-service should publish them. */
    public static List<Entity> entitiesIn(String text) {
        List<int[]> taken = new ArrayList<>();
        List<List<Mention>> mentionsPerEntry = new ArrayList<>();
        int total = 0;
        for (LexiconEntry entry : LEXICON) {
            List<Mention> mentions = new ArrayList<>();
            for (String form : entry.forms()) {
                for (int begin = text.indexOf(form);
                        begin >= 0;
                        begin = text.indexOf(form, begin + 1)) {
                    int end = begin + form.length();
                    if (isWord(text, begin, end) && free(taken, begin, end)) {
                        taken.add(new int[] {begin, end});
                        mentions.add(
                                Mention.newBuilder()
                                        .setBegin(begin)
                                        .setEnd(end)
                                        .setText(form)
                                        .build());
                    }
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::getBegin));
            mentionsPerEntry.add(mentions);
            total += mentions.size();
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < LEXICON.size(); i++) {
            List<Mention> mentions = mentionsPerEntry.get(i);
            if (!mentions.isEmpty()) {
                entities.add(
                        Entity.newBuilder()
                                .setName(LEXICON.get(i).name())
                                .setType(LEXICON.get(i).type())
                                .setSalience((double) mentions.size() / total)
                                .addAllMentions(mentions)
                                .build());
            }
        }
        return entities;
    }

    private static boolean isWord(String text, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean free(List<int[]> taken, int begin, int end) {
        return taken.stream().noneMatch(span -> begin < span[1] && span[0] < end);
    }

    private record LexiconEntry(String name, EntityType type, String... forms) {}

    /** nlp-service answers UNAUTHENTICATED without a bearer token; so does the double. */
    private static <Q, R> ServerCall.Listener<Q> requireBearerToken(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String authorization = headers.get(AUTHORIZATION);
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || authorization.substring("Bearer ".length()).isBlank()) {
            call.close(
                    Status.UNAUTHENTICATED.withDescription("bearer token required"),
                    new Metadata());
            return new ServerCall.Listener<>() {};
        }
        return next.startCall(call, headers);
    }

    private static final class FakeNlpService extends NlpServiceGrpc.NlpServiceImplBase {

        private final Map<String, AtomicInteger> callsPerRevision = new ConcurrentHashMap<>();

        @Override
        public StreamObserver<AnnotateRequest> annotateStream(
                StreamObserver<AnnotateResponse> responses) {
            return new StreamObserver<>() {
                private boolean ended;

                @Override
                public void onNext(AnnotateRequest request) {
                    if (ended) {
                        return;
                    }
                    try {
                        responses.onNext(answer(request));
                    } catch (StatusRuntimeException callWide) {
                        ended = true;
                        responses.onError(
                                callWide.getStatus()
                                        .augmentDescription(
                                                "correlation_id=" + request.getCorrelationId())
                                        .asRuntimeException());
                    }
                }

                @Override
                public void onError(Throwable cancelled) {
                    ended = true;
                }

                @Override
                public void onCompleted() {
                    if (!ended) {
                        ended = true;
                        responses.onCompleted();
                    }
                }
            };
        }

        private AnnotateResponse answer(AnnotateRequest request) {
            CALLS.incrementAndGet();
            int call =
                    callsPerRevision
                            .computeIfAbsent(request.getCorrelationId(), id -> new AtomicInteger())
                            .incrementAndGet();
            if (request.getTitle().contains(DOWN)
                    || (request.getTitle().contains(FAIL_THRICE) && call <= 3)) {
                return error(request, Status.Code.INTERNAL, "annotator crashed on this article");
            }
            if (request.getTitle().contains(FLAKY) && call <= FLAKY_FAILURES) {
                throw Status.UNAVAILABLE
                        .withDescription("nlp-service is restarting")
                        .asRuntimeException();
            }
            if (request.getTitle().contains(REJECT)) {
                return error(
                        request, Status.Code.INVALID_ARGUMENT, "text cannot be annotated", "text");
            }
            if (request.getTitle().contains(SLOW)) {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<Entity> entities = entitiesIn(request.getText());
            if (request.getTitle().contains(BAD_OFFSETS)) {
                entities =
                        List.of(
                                Entity.newBuilder()
                                        .setName("Paris")
                                        .setType(EntityType.LOCATION)
                                        .setSalience(1)
                                        .addMentions(
                                                Mention.newBuilder()
                                                        .setBegin(1)
                                                        .setEnd(6)
                                                        .setText("Paris"))
                                        .build());
            }
            return AnnotateResponse.newBuilder()
                    .setLanguage(
                            request.getLanguageHint().isEmpty() ? "fr" : request.getLanguageHint())
                    .setLanguageSupport(LanguageSupport.SUPPORTED)
                    .setLanguageConfidence(1.0)
                    .setCorrelationId(request.getCorrelationId())
                    .addAllEntities(entities)
                    .build();
        }

        /** One article nlp-service cannot annotate: answered as such, the stream goes on. */
        private static AnnotateResponse error(
                AnnotateRequest request, Status.Code code, String message, String... fields) {
            return AnnotateResponse.newBuilder()
                    .setCorrelationId(request.getCorrelationId())
                    .setError(
                            ArticleError.newBuilder()
                                    .setCode(code.name())
                                    .setMessage(message)
                                    .addAllFields(List.of(fields)))
                    .build();
        }
    }
}
