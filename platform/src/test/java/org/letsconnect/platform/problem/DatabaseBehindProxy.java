package org.letsconnect.platform.problem;

import java.util.Map;

import org.letsconnect.testkit.Postgres;
import org.letsconnect.testkit.TestInfrastructure;

/** The usual test infrastructure, with the application's reactive connections going through a {@link TcpProxy}. */
public class DatabaseBehindProxy extends TestInfrastructure {

    static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.LinkedHashMap<>(super.start());
        Postgres postgres = Postgres.shared();
        proxy = new TcpProxy(postgres.port());
        String direct = "localhost:" + postgres.port() + "/";
        config.put("quarkus.datasource.reactive.url",
                config.get("quarkus.datasource.reactive.url").replace(direct, "localhost:" + proxy.port() + "/"));
        return config;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        super.stop();
    }
}
