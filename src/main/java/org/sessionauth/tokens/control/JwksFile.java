package org.sessionauth.tokens.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key set this node verifies tokens with, as a file of its own, and the MicroProfile Config
 * source that points {@code mp.jwt.verify.publickey.location} at it.
 * <p>
 * Why a file: the container's MP-JWT reads keys from a URL or the class path, and a URL of our
 * own HTTP endpoint would have to know the port the node was started on. The file is written by
 * {@link SigningKeys} before the first token can arrive. Its ordinal is below environment
 * variables, so an operator can still point verification elsewhere.
 */
public class JwksFile implements ConfigSource {

    private static final String LOCATION = "mp.jwt.verify.publickey.location";
    private static final Path PATH = Path.of(System.getProperty("java.io.tmpdir"),
            "session-auth-" + ProcessHandle.current().pid() + "-jwks.json");

    static void write(String jwks) {
        PATH.toFile().deleteOnExit();
        try {
            Path next = Files.createTempFile(PATH.getParent(), "session-auth-jwks", ".tmp");
            Files.writeString(next, jwks, StandardCharsets.UTF_8);
            Files.move(next, PATH, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the verification key set to " + PATH, e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(LOCATION, PATH.toUri().toString());
    }

    @Override
    public String getValue(String name) {
        return LOCATION.equals(name) ? PATH.toUri().toString() : null;
    }

    @Override
    public String getName() {
        return "session-auth verification keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
