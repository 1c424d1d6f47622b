package io.newsgraph.ingest.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.quarkus.grpc.auth.AuthExceptionHandler;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Maps security failures of gRPC calls as the contract says: no or bad token UNAUTHENTICATED, valid
 * token without the role PERMISSION_DENIED. (Quarkus answers PERMISSION_DENIED for a call without
 * any token.) An alternative, because Quarkus looks up exactly one such provider.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class GrpcAuthFailures implements AuthExceptionHandlerProvider {

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <Q, R> AuthExceptionHandler<Q, R> createHandler(
            ServerCall.Listener<Q> listener, ServerCall<Q, R> call, Metadata metadata) {
        return new AuthExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(
                    Throwable failure, ServerCall<Q, R> call, Metadata metadata) {
                if (handlesException(failure)) {
                    call.close(status(failure), metadata);
                } else {
                    super.handleException(failure, call, metadata);
                }
            }
        };
    }

    @Override
    public StatusException transformToStatusException(Throwable failure) {
        return new StatusException(status(failure));
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof SecurityException;
    }

    private static Status status(Throwable failure) {
        if (failure instanceof AuthenticationException
                || failure instanceof UnauthorizedException) {
            return Status.UNAUTHENTICATED.withDescription("a valid bearer token is required");
        }
        return Status.PERMISSION_DENIED.withDescription("the token lacks role ingest");
    }
}
