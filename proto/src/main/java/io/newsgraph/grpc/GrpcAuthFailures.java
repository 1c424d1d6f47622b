package io.newsgraph.grpc;

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
 * Gives every service's gRPC callers the statuses of the contract: a call without a (valid) token
 * is UNAUTHENTICATED, like HTTP's 401; only a valid token lacking the role is PERMISSION_DENIED.
 * Quarkus' default answers PERMISSION_DENIED for both. An enabled alternative, so it is the one
 * provider every gRPC exception handler resolves; it ships with the contract so that the three
 * services cannot drift apart.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class GrpcAuthFailures implements AuthExceptionHandlerProvider {

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <ReqT, RespT> AuthExceptionHandler<ReqT, RespT> createHandler(
            ServerCall.Listener<ReqT> listener, ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new AuthExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(
                    Throwable failure, ServerCall<ReqT, RespT> serverCall, Metadata trailers) {
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
        return status(failure).asException();
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return failure instanceof SecurityException;
    }

    static Status status(Throwable failure) {
        if (failure instanceof AuthenticationException
                || failure instanceof UnauthorizedException) {
            return Status.UNAUTHENTICATED.withDescription("A valid bearer token is required.");
        }
        return Status.PERMISSION_DENIED.withDescription(
                "The token lacks the role this call needs.");
    }
}
