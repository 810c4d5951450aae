package org.letsconnect.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process from its packaged application, its output in a log file. */
record ServiceProcess(LocalService service, Process process, Path logFile) {

    static ServiceProcess launch(LocalService service, LocalStack.LocalSettings settings, Map<String, String> environment)
            throws IOException {
        Path application = settings.repository().resolve(service.moduleName()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build first with ./mvnw -DskipTests -Plocal verify");
        }
        Path logFile = settings.logDirectory().resolve(service.moduleName() + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-jar", application.toString()))
                .directory(settings.repository().resolve(service.moduleName()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        LocalStack.say("Starting " + service.moduleName() + " (log: " + logFile + ")");
        return new ServiceProcess(service, builder.start(), logFile);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void stop() {
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
