package org.letsconnect.matching.round;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native libraries once. {@link Loader#loadNativeLibraries()} copies the {@code ortools-linux-x86-64/}
 * directory of the natives jar (about 70 MB) to a new {@code ortools-java…} directory under {@code java.io.tmpdir}
 * and loads them from there; its {@code deleteOnExit} cannot remove a directory that is not empty, so every JVM
 * would leave a copy behind. Once loaded, the libraries are mapped into the process, and Linux keeps mapped files
 * until they are unmapped: the copy this process loaded (found in {@code /proc/self/maps}) is deleted at once.
 * <p>
 * Works from a plain class path, in {@code @QuarkusTest}s and from the packaged {@code quarkus-app} (Quarkus's class
 * loaders answer the natives jar's directory entry as a {@code jar:} URL, which the Loader opens as a zip file
 * system).
 */
final class OrToolsNatives {

    private static final System.Logger LOG = System.getLogger(OrToolsNatives.class.getName());
    private static final String JNI_LIBRARY = "/" + System.mapLibraryName("jniortools");
    private static boolean loaded;

    private OrToolsNatives() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        loaded = true;
        Optional<Path> copy = extractedCopy();
        copy.ifPresent(OrToolsNatives::delete);
        LOG.log(Level.DEBUG, () -> "OR-Tools natives loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms"
                + copy.map(path -> ", the extracted copy " + path + " deleted").orElse(""));
    }

    /** The temporary directory the Loader extracted the loaded library into, if it did (not from java.library.path). */
    private static Optional<Path> extractedCopy() {
        try {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            List<String> maps = Files.readAllLines(Path.of("/proc/self/maps"));
            return maps.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(path -> path.endsWith(JNI_LIBRARY)).map(Path::of)
                    // <tmpdir>/ortools-java<random>/ortools-<platform>/libjniortools.so
                    .map(library -> library.getParent() == null ? null : library.getParent().getParent())
                    .filter(directory -> directory != null && temporary.equals(directory.getParent())
                            && directory.getFileName().toString().startsWith("ortools-java"))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "No extracted copy of the OR-Tools natives found to delete", e);
            return Optional.empty();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the extracted OR-Tools natives in " + directory, e);
        }
    }
}
