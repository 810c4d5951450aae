package org.letsconnect.registry.importing;

/** Meta-Wiki could not say who the usernames of an import are: the import is refused as a whole (503). */
public class CentralAuthUnavailableException extends RuntimeException {

    public CentralAuthUnavailableException(String message) {
        super(message);
    }

    public CentralAuthUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
