package io.newsgraph.ingest;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.newsgraph.proto.ingest.v1.MutinyIngestServiceGrpc;
import io.newsgraph.proto.ingest.v1.MutinyIngestServiceGrpc.MutinyIngestServiceStub;
import io.restassured.RestAssured;
import java.util.concurrent.TimeUnit;

/** A gRPC channel to the application under test, on the port it shares with REST. */
public final class IngestGrpc implements AutoCloseable {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ManagedChannel channel;

    public IngestGrpc() {
        // RestAssured.port is the port @QuarkusTest bound (random); it is set before each test.
        channel =
                NettyChannelBuilder.forAddress("127.0.0.1", RestAssured.port)
                        .usePlaintext()
                        .build();
    }

    /** A stub sending {@code Authorization: Bearer <token>}, or no token when null. */
    public MutinyIngestServiceStub stub(String token) {
        MutinyIngestServiceStub stub = MutinyIngestServiceGrpc.newMutinyStub(channel);
        if (token == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
