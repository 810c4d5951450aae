package org.letsconnect.local;

/** The four services as the local stack runs them: module, port and database. */
enum LocalService {
    REGISTRY("registry-service", 8081, "registry"),
    CLINIC("clinic-service", 8082, "clinic"),
    MATCHING("matching-service", 8083, "matching"),
    NOTIFICATION("notification-service", 8084, "notification");

    private final String moduleName;
    private final int port;
    private final String database;

    LocalService(String moduleName, int port, String database) {
        this.moduleName = moduleName;
        this.port = port;
        this.database = database;
    }

    String moduleName() {
        return moduleName;
    }

    int port() {
        return port;
    }

    String database() {
        return database;
    }
}
