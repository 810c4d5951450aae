package org.letsconnect.platform.security.wikimedia;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token to be verified through Meta-Wiki's profile endpoint. */
public class WikimediaTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public WikimediaTokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
