package org.letsconnect.platform.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** The work runs on a worker thread and its result comes back on the caller's Vert.x context. */
class OffEventLoopTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    record Seen(boolean workOnEventLoop, Context resultContext, boolean resultOnEventLoop) {
    }

    @Test
    void computesOnAWorkerAndEmitsOnTheCallersContext() throws Exception {
        Context caller = vertx.getOrCreateContext();
        CompletableFuture<Seen> seen = new CompletableFuture<>();
        caller.runOnContext(ignored -> OffEventLoop.compute(Context::isOnEventLoopThread)
                .subscribe().with(onEventLoop -> seen.complete(new Seen(onEventLoop, Vertx.currentContext(),
                        Context.isOnEventLoopThread())), seen::completeExceptionally));

        Seen result = seen.get(10, TimeUnit.SECONDS);
        assertFalse(result.workOnEventLoop(), "the work ran on the event loop");
        assertSame(caller, result.resultContext());
        assertTrue(result.resultOnEventLoop());
    }

    @Test
    void offAnyContextTheResultStaysWhereTheWorkRan() {
        assertEquals(42, OffEventLoop.compute(() -> 42).await().atMost(java.time.Duration.ofSeconds(10)));
    }
}
