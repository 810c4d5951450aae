package org.letsconnect.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.letsconnect.registry.importing.CentralIdResolver.Account;
import org.letsconnect.registry.importing.CentralIdResolver.Locked;
import org.letsconnect.registry.importing.CentralIdResolver.NoAccount;

import io.vertx.core.json.JsonObject;

/** Meta-Wiki's globaluserinfo answers (format=json, formatversion=2) as the resolver reads them. */
class CentralIdResolverAnswerTest {

    @Test
    void anAccountAMissingOneALockedOne() {
        assertEquals(new Account("48291734", "Amina Yusuf"), CentralIdResolver.answer("amina_Yusuf", new JsonObject(
                "{\"batchcomplete\":true,\"query\":{\"globaluserinfo\":{\"home\":\"hawiki\",\"id\":48291734,"
                        + "\"registration\":\"2019-02-01T10:00:00Z\",\"name\":\"Amina Yusuf\"}}}")));
        assertEquals(new NoAccount(), CentralIdResolver.answer("Nobody", new JsonObject(
                "{\"batchcomplete\":true,\"query\":{\"globaluserinfo\":{\"missing\":true}}}")));
        assertEquals(new Locked("Spammer"), CentralIdResolver.answer("Spammer", new JsonObject(
                "{\"query\":{\"globaluserinfo\":{\"id\":7,\"name\":\"Spammer\",\"locked\":true}}}")));
        assertEquals(new NoAccount(), CentralIdResolver.answer("a|b", new JsonObject(
                "{\"error\":{\"code\":\"baduser_guiuser\",\"info\":\"Invalid value for user parameter guiuser\"}}")));
    }

    @Test
    void anythingElseMeansMetaWikiCouldNotAnswer() {
        assertThrows(CentralAuthUnavailableException.class, () -> CentralIdResolver.answer("x", new JsonObject(
                "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server\"}}")));
        assertThrows(CentralAuthUnavailableException.class, () -> CentralIdResolver.answer("x", new JsonObject(
                "{\"batchcomplete\":true}")));
        assertThrows(CentralAuthUnavailableException.class, () -> CentralIdResolver.answer("x", new JsonObject(
                "{\"query\":{\"globaluserinfo\":{\"name\":\"x\"}}}")));
    }
}
