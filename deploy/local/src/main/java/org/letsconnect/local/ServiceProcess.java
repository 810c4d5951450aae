package org.letsconnect.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child process from its packaged application, its output in a log file. Public for the
 * bench module, which starts a service the same way and kills it mid-run.
 */
public record ServiceProcess(String moduleName, Process process, Path logFile) {

    static ServiceProcess launch(LocalService service, LocalStack.LocalSettings settings, Map<String, String> environment)
            throws IOException {
        Path logFile = settings.logDirectory().resolve(service.moduleName() + ".log");
        LocalStack.say("Starting " + service.moduleName() + " (log: " + logFile + ")");
        return launch(service.moduleName(), settings.repository(), logFile, environment);
    }

    /**
     * Starts {@code <repository>/<moduleName>/target/quarkus-app/quarkus-run.jar} in the module's directory with the
     * environment overrides, its output in {@code logFile}.
     */
    public static ServiceProcess launch(String moduleName, Path repository, Path logFile, Map<String, String> environment)
            throws IOException {
        Path application = repository.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw -DskipTests -Plocal verify");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                List.of(java, "-Xmx" + LocalService.maxHeapOf(moduleName), "-jar", application.toString()))
                .directory(repository.resolve(moduleName).toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        return new ServiceProcess(moduleName, builder.start(), logFile);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process at once (SIGKILL), as a crash would: no shutdown hook runs, nothing is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(15, TimeUnit.SECONDS);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
