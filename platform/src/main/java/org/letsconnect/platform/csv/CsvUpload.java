package org.letsconnect.platform.csv;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.letsconnect.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** A CSV file sent as a form's file field ({@code multipart/form-data}), as browsers upload it. */
public final class CsvUpload {

    private CsvUpload() {
    }

    /**
     * The file's bytes, read without blocking; refused (400 on {@code field}) when the form has no such file, or when
     * the file is larger than {@code maxBytes}, before it is read into memory.
     */
    public static Uni<byte[]> read(FileUpload file, String field, long maxBytes, CsvHints hints, Vertx vertx) {
        if (file == null || file.uploadedFile() == null) {
            return Uni.createFrom().failure(ProblemException.invalidField(field, "platform-field-required"));
        }
        if (file.size() > maxBytes) {
            return Uni.createFrom().failure(CsvRefusal.tooLarge(maxBytes).problem(field, hints));
        }
        return vertx.fileSystem().readFile(file.uploadedFile().toString()).map(buffer -> buffer.getBytes());
    }
}
