package io.newsgraph.nlp.annotation;

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
 * The contract's gRPC security statuses: no or bad token is UNAUTHENTICATED (Quarkus would answer
 * PERMISSION_DENIED to an anonymous caller), a valid token without the role is PERMISSION_DENIED.
 */
@ApplicationScoped
// An alternative, so it replaces the default provider wherever one provider is looked up.
@Alternative
@Priority(1)
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
                    Throwable failure, ServerCall<Q, R> serverCall, Metadata trailers) {
                if (handlesException(failure)) {
                    serverCall.close(status(failure), trailers);
                } else {
                    super.handleException(failure, serverCall, trailers);
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
        return Status.PERMISSION_DENIED.withDescription(
                "the token does not carry the role this call needs");
    }
}
