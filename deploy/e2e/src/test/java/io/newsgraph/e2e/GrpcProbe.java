package io.newsgraph.e2e;

import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Calls one unary gRPC method of a running service the way any client would (HTTP/2, bearer token
 * in the {@code authorization} metadata) and reports the status it answers. Requests are the
 * proto's wire encoding written by hand; the services decide authentication and authorisation
 * before they read the message.
 */
final class GrpcProbe implements AutoCloseable {

    static final String SUBMIT_ARTICLE = "newsgraph.ingest.v1.IngestService/SubmitArticle";
    static final String SEARCH_ENTITIES = "newsgraph.query.v1.QueryService/SearchEntities";
    static final String ANNOTATE = "newsgraph.nlp.v1.NlpService/Annotate";

    private static final MethodDescriptor.Marshaller<byte[]> BYTES =
            new MethodDescriptor.Marshaller<>() {
                @Override
                public InputStream stream(byte[] value) {
                    return new ByteArrayInputStream(value);
                }

                @Override
                public byte[] parse(InputStream stream) {
                    try {
                        return stream.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };

    private final ManagedChannel channel;

    GrpcProbe(URI service) {
        this.channel =
                NettyChannelBuilder.forAddress(service.getHost(), service.getPort())
                        .usePlaintext()
                        .build();
    }

    /** The status code of one call; {@code token} null sends no authorization metadata. */
    Status.Code call(String fullMethodName, byte[] request, String token) {
        MethodDescriptor<byte[], byte[]> method =
                MethodDescriptor.<byte[], byte[]>newBuilder()
                        .setType(MethodDescriptor.MethodType.UNARY)
                        .setFullMethodName(fullMethodName)
                        .setRequestMarshaller(BYTES)
                        .setResponseMarshaller(BYTES)
                        .build();
        Metadata headers = new Metadata();
        if (token != null) {
            headers.put(
                    Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + token);
        }
        try {
            ClientCalls.blockingUnaryCall(
                    ClientInterceptors.intercept(
                            channel, MetadataUtils.newAttachHeadersInterceptor(headers)),
                    method,
                    CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS),
                    request);
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }

    /** SubmitArticleRequest{external_id = 1, source = 2, title = 4, body = 5}. */
    static byte[] submitArticle(String externalId, String title, String body) {
        return message(1, externalId, 2, "e2e-security", 4, title, 5, body);
    }

    /** SearchEntitiesRequest{q = 1}. */
    static byte[] searchEntities(String q) {
        return message(1, q);
    }

    /** AnnotateRequest{text = 1, language_hint = 2}. */
    static byte[] annotate(String text, String languageHint) {
        return message(1, text, 2, languageHint);
    }

    /** Length-delimited string fields: tag (field << 3 | 2), varint length, UTF-8 bytes. */
    private static byte[] message(Object... fieldsAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            int field = (Integer) fieldsAndValues[i];
            byte[] value = ((String) fieldsAndValues[i + 1]).getBytes(StandardCharsets.UTF_8);
            varint(out, (field << 3) | 2);
            varint(out, value.length);
            out.writeBytes(value);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
