package org.letsconnect.local;

/** The four services as the local stack runs them: module, port, database and heap. */
enum LocalService {
    REGISTRY("registry-service", 8081, "registry", "384m"),
    CLINIC("clinic-service", 8082, "clinic", "384m"),
    // every profile in memory (the candidate index): 100,000 profiles take about 300 MB
    MATCHING("matching-service", 8083, "matching", "1g"),
    NOTIFICATION("notification-service", 8084, "notification", "384m");

    private final String moduleName;
    private final int port;
    private final String database;
    private final String maxHeap;

    LocalService(String moduleName, int port, String database, String maxHeap) {
        this.moduleName = moduleName;
        this.port = port;
        this.database = database;
        this.maxHeap = maxHeap;
    }

    /** The -Xmx of a module's process; that of the smaller services for a module not listed. */
    static String maxHeapOf(String moduleName) {
        for (LocalService service : values()) {
            if (service.moduleName.equals(moduleName)) {
                return service.maxHeap;
            }
        }
        return REGISTRY.maxHeap;
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
