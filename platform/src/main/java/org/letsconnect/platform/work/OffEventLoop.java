package org.letsconnect.platform.work;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * CPU work (reading a large upload, matching names, building a calendar) kept off the event loop: it runs on the
 * worker pool and its result comes back on the Vert.x context of the caller, to which the Hibernate Reactive session
 * belongs, so the pipeline goes on using the session after it.
 */
public final class OffEventLoop {

    private OffEventLoop() {
    }

    /**
     * Runs {@code work} on a worker thread. Call it on the context the result should come back to (a request's,
     * a consumer's); called off any Vert.x context, the result stays on the worker thread.
     */
    public static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> computed = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? computed : computed.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
