package org.sessionauth;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

/**
 * Another node of the cluster: the same WAR on its own Payara Micro process, sharing the
 * database and Redis through the environment the tests run in.
 */
final class SecondNode implements AutoCloseable {

    private final Process process;
    private final URL base;

    private SecondNode(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    static SecondNode start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        File log = new File(new File(System.getProperty("payara.microJar")).getParentFile(), "second-node.log");
        Process process = new ProcessBuilder(
                Path.java(), "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("app.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        return new SecondNode(process, URI.create("http://127.0.0.1:" + port + "/").toURL());
    }

    /** Waits until the node answers. */
    URL awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second node exited with " + process.exitValue());
            }
            try {
                HttpURLConnection probe = (HttpURLConnection) base.toURI().resolve(".well-known/jwks.json").toURL()
                        .openConnection();
                if (probe.getResponseCode() == 200) {
                    return base;
                }
            } catch (IOException | java.net.URISyntaxException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the second node did not start within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static final class Path {
        static String java() {
            return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        }
    }
}
