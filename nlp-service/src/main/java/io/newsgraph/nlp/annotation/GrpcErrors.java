package io.newsgraph.nlp.annotation;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.List;

/** gRPC failures with the details a client can act on. */
final class GrpcErrors {

    private GrpcErrors() {}

    /** A bad request field, as google.rpc.BadRequest names it. */
    record Violation(String field, String description) {}

    /** INVALID_ARGUMENT carrying a google.rpc.BadRequest that names every bad field. */
    static StatusRuntimeException invalidArgument(List<Violation> violations) {
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        StringBuilder message = new StringBuilder();
        for (Violation violation : violations) {
            badRequest.addFieldViolations(
                    BadRequest.FieldViolation.newBuilder()
                            .setField(violation.field())
                            .setDescription(violation.description()));
            if (!message.isEmpty()) {
                message.append("; ");
            }
            message.append(violation.field()).append(": ").append(violation.description());
        }
        com.google.rpc.Status status =
                com.google.rpc.Status.newBuilder()
                        .setCode(Code.INVALID_ARGUMENT_VALUE)
                        .setMessage(message.toString())
                        .addDetails(Any.pack(badRequest.build()))
                        .build();
        return StatusProto.toStatusRuntimeException(status);
    }
}
