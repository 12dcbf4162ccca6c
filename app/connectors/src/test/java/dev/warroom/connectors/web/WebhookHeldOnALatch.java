package dev.warroom.connectors.web;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A WireMock extension that holds every request until {@link #release()}: the request has arrived
 * ({@link #arrived}) but its answer has not left, as when a chat webhook hangs.
 */
final class WebhookHeldOnALatch implements ResponseTransformerV2 {

    final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        arrived.countDown();
        try {
            if (!released.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held webhook");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return response;
    }

    void release() {
        released.countDown();
    }

    @Override
    public String getName() {
        return "webhook-held-on-a-latch";
    }
}
