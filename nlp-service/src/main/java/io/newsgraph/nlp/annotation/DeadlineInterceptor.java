package io.newsgraph.nlp.annotation;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the caller's {@code grpc-timeout} header into the call's {@link Context} deadline: the gRPC
 * server sharing the HTTP port passes the header through without setting one.
 */
@GlobalInterceptor
@ApplicationScoped
// Innermost, so the deadline is attached whenever the service itself is reached.
@Priority(-1000)
public class DeadlineInterceptor implements ServerInterceptor {

    private static final Metadata.Key<String> TIMEOUT =
            Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER);
    private static final Pattern TIMEOUT_VALUE = Pattern.compile("(\\d{1,8})([HMSmun])");

    /** Cancels contexts whose deadline passes; one daemon thread is enough for timers. */
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(
                    task -> {
                        Thread thread = new Thread(task, "nlp-deadline-timer");
                        thread.setDaemon(true);
                        return thread;
                    });

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Context current = Context.current();
        String timeout = headers.get(TIMEOUT);
        if (timeout == null || current.getDeadline() != null) {
            return next.startCall(call, headers);
        }
        Matcher value = TIMEOUT_VALUE.matcher(timeout);
        if (!value.matches()) {
            return next.startCall(call, headers);
        }
        long nanos = toNanos(Long.parseLong(value.group(1)), value.group(2).charAt(0));
        Context.CancellableContext withDeadline =
                current.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS, TIMER);
        ServerCall.Listener<Q> listener = Contexts.interceptCall(withDeadline, call, headers, next);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onComplete() {
                try {
                    super.onComplete();
                } finally {
                    withDeadline.cancel(null);
                }
            }

            @Override
            public void onCancel() {
                try {
                    super.onCancel();
                } finally {
                    withDeadline.cancel(null);
                }
            }
        };
    }

    private static long toNanos(long amount, char unit) {
        return switch (unit) {
            case 'H' -> TimeUnit.HOURS.toNanos(amount);
            case 'M' -> TimeUnit.MINUTES.toNanos(amount);
            case 'S' -> TimeUnit.SECONDS.toNanos(amount);
            case 'm' -> TimeUnit.MILLISECONDS.toNanos(amount);
            case 'u' -> TimeUnit.MICROSECONDS.toNanos(amount);
            default -> amount;
        };
    }
}
