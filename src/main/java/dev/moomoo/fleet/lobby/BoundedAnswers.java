package dev.moomoo.fleet.lobby;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * What the lobby reads of a game server or of the Kubernetes API, bounded: a body of at most
 * {@link #MAX_BYTES}, and the whole answer, body included, within the timeout (the request's own timeout
 * bounds only the wait for the head, so a peer that sends its head and then trickles its body would hold
 * a poll, and with it the whole list, for ever). An answer over either bound is cancelled, which ends its
 * exchange, and fails.
 */
final class BoundedAnswers {
    /** Far above a Fleet's list of hundreds of GameServers (about 2 KB each), far below what hurts the lobby. */
    static final int MAX_BYTES = 4 << 20;

    private BoundedAnswers() {
    }

    static CompletableFuture<HttpResponse<String>> send(HttpClient http, HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, info -> new Capped(MAX_BYTES));
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> answer.cancel(true));
        return answer;
    }

    /** A UTF-8 body of at most {@code max} bytes; more cancels the subscription and fails. */
    private static final class Capped implements BodySubscriber<String> {
        private final int max;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (body.size() + b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("an answer of more than " + max + " bytes"));
                    return;
                }
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                body.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(body.toString(StandardCharsets.UTF_8));
        }
    }
}
