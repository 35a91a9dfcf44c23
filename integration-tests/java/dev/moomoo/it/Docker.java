package dev.moomoo.it;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The image under test, built once per JVM from the context that `mvn package` wrote. */
final class Docker {
    private static ImageFromDockerfile image;

    private Docker() {
    }

    /**
     * Fails (never skips) when no Docker engine answers: these tests are part of the suite, and a
     * suite that silently skipped them would not have passed.
     */
    static void requireDocker() {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (!available) {
            fail("no Docker engine available: the container tests cannot run (install docker.io and start dockerd, as .ci/run does)");
        }
    }

    static synchronized ImageFromDockerfile image() {
        if (image == null) {
            Path context = Path.of(System.getProperty("moomoo.dockerContext", "target/docker"));
            assertTrue(Files.isRegularFile(context.resolve("Dockerfile")), "docker context missing: run mvn package first (" + context + ")");
            // deleteOnExit=false: the image is reused by the tests of this run and replaced by the next build.
            image = new ImageFromDockerfile("moomoo-server-it:latest", false).withFileFromPath(".", context);
        }
        return image;
    }
}
