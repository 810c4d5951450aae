package org.letsconnect.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One instance of each piece of infrastructure per JVM, even when Quarkus loads the testkit classes in more
 * than one class loader (an application restart in tests may create a new class loader). The registry is the
 * static map of this class as the system class loader loads it (surefire puts the test class path there), which
 * every class loader can reach; an instance found there that belongs to another class loader is wrapped
 * ("attached") instead of starting a second server. The system properties would be reachable too, but a
 * non-text value there breaks libraries that copy them (Narayana's transaction manager does).
 */
final class Shared {

    private Shared() {
    }

    private static final Map<String, Object> LOCAL_REGISTRY = new ConcurrentHashMap<>();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    private static volatile Map<String, Object> registry;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> registry() {
        if (registry == null) {
            Map<String, Object> found = LOCAL_REGISTRY;
            try {
                Class<?> systemCopy = Class.forName(Shared.class.getName(), true, ClassLoader.getSystemClassLoader());
                Field field = systemCopy.getDeclaredField("LOCAL_REGISTRY");
                field.setAccessible(true);
                found = (Map<String, Object>) field.get(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // testkit is not on the system class path: this class loader's registry is the only one
            }
            registry = found;
        }
        return registry;
    }

    /**
     * The JVM-wide instance under {@code key}: created with {@code create} the first time, returned as is when it
     * was created by this class loader, attached with {@code attach} when another class loader created it.
     */
    static <T> T get(String key, Class<T> type, Supplier<T> create, Function<Object, T> attach) {
        Object lock = registry().computeIfAbsent(key + ".lock", k -> new Object());
        synchronized (lock) {
            Object existing = registry().get(key);
            if (existing == null) {
                T created = create.get();
                registry().put(key, created);
                return created;
            }
            if (type.isInstance(existing)) {
                return type.cast(existing);
            }
            return attach.apply(existing);
        }
    }

    /** A JVM-wide counter (e.g. Kafka node ids, so that two brokers in one JVM don't clash on their MBeans). */
    static int next(String key) {
        Object lock = registry().computeIfAbsent(key + ".lock", k -> new Object());
        synchronized (lock) {
            int value = (Integer) registry().getOrDefault(key, 0) + 1;
            registry().put(key, value);
            return value;
        }
    }

    /** Calls a method by name on an instance loaded by another class loader. */
    static Object call(Object target, String method, Object... args) {
        for (Method candidate : target.getClass().getDeclaredMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                try {
                    candidate.setAccessible(true);
                    return candidate.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("No method " + method + "/" + args.length + " on " + target.getClass());
    }

    /**
     * A port free right now that this JVM has not handed out before. The socket is closed before the server binds
     * the port, so the operating system may offer the same port to two calls in a row (seen: Kafka's broker and
     * controller listeners given one port under load); remembering what was handed out rules that out.
     */
    static synchronized int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
        throw new IllegalStateException("No free port that was not handed out already");
    }

    static void onShutdown(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "testkit-stop-" + name));
    }
}
