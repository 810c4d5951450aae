package org.letsconnect.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

import io.vertx.mutiny.core.Vertx;

/** A CSV file sent as a form's file field. */
class CsvUploadTest {

    private static final Vertx VERTX = Vertx.vertx();
    private static final CsvHints HINTS = new CsvHints("x-hint-export", "x-hint-smaller");

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    private static FileUpload part(Path file) throws IOException {
        long size = Files.size(file);
        return new FileUpload() {
            @Override
            public String name() {
                return "file";
            }

            @Override
            public Path filePath() {
                return file;
            }

            @Override
            public String fileName() {
                return "report.csv";
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public String contentType() {
                return "text/csv";
            }

            @Override
            public String charSet() {
                return null;
            }

            @Override
            public MultivaluedMap<String, String> getHeaders() {
                return new MultivaluedHashMap<>();
            }
        };
    }

    private static InvalidField refused(FileUpload part, long maxBytes) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> CsvUpload.read(part, "file", maxBytes, HINTS, VERTX).await().indefinitely());
        assertEquals(400, problem.status());
        return problem.invalidFields().get(0);
    }

    @Test
    void theFilesBytesAreRead() throws IOException {
        Path file = Files.writeString(dir.resolve("report.csv"), "Name,Email\nAmina,\n", StandardCharsets.UTF_8);
        assertArrayEquals(Files.readAllBytes(file),
                CsvUpload.read(part(file), "file", 100, HINTS, VERTX).await().indefinitely());
    }

    @Test
    void aMissingFileOrOneTooLargeIsRefusedOnTheField() throws IOException {
        InvalidField missing = refused(null, 100);
        assertEquals("file", missing.field());
        assertEquals("platform-field-required", missing.messageKey());
        Path file = Files.write(dir.resolve("big.csv"), new byte[101]);
        InvalidField tooLarge = refused(part(file), 100);
        assertEquals("file", tooLarge.field());
        assertEquals("platform-csv-too-large", tooLarge.messageKey());
        assertEquals(List.of(1L, Message.of("x-hint-smaller")), List.of(tooLarge.params()));
    }
}
