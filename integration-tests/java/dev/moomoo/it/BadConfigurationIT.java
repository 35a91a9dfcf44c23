package dev.moomoo.it;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A container started with a bad setting exits non-zero with one line naming the setting (or the folder it names). */
class BadConfigurationIT {

    @BeforeAll
    static void docker() {
        Docker.requireDocker();
    }

    @Test
    void aPortOutOfRangeIsNamedInOneLineAndTheContainerExitsNonZero() throws Exception {
        assertEquals("error: invalid value '99999' for setting port: expected an integer from 0 to 65535", theOneLineOfAContainerWith("MOOMOO_PORT=99999"));
    }

    @Test
    void aSavedPageFolderThatIsNotThereIsNamedInOneLineAndTheContainerExitsNonZero() throws Exception {
        assertEquals("error: client-page /no/saved/page: no such folder", theOneLineOfAContainerWith("MOOMOO_CLIENT_PAGE=/no/saved/page"));
    }

    /** Starts a container with {@code env}, requires it to exit non-zero with one line of output, and returns that line. */
    private static String theOneLineOfAContainerWith(String env) throws Exception {
        String imageId = Docker.image().get();
        DockerClient docker = DockerClientFactory.instance().client();
        String id = docker.createContainerCmd(imageId).withEnv(env).exec().getId();
        try {
            docker.startContainerCmd(id).exec();
            int code = docker.waitContainerCmd(id).start().awaitStatusCode(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            assertNotEquals(0, code, "exit code");
            StringBuilder output = new StringBuilder();
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    output.append(new String(frame.getPayload()));
                }
            }).awaitCompletion(10, TimeUnit.SECONDS);
            String[] lines = output.toString().strip().split("\n");
            assertEquals(1, lines.length, "one line: " + output);
            return lines[0].strip();
        } finally {
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }
}
