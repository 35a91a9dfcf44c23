package dev.moomoo.server;

import dev.moomoo.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** How the server's command line is read (the whole command line is tested through the launcher). */
class ServerCommandTest {
    @Test
    void flagForms() {
        assertEquals(Map.of("port", "1", "echo", Settings.NO_VALUE, "bind", "127.0.0.1"),
                ServerCommand.parseFlags(new String[] {"--port=1", "--echo", "--bind", "127.0.0.1"}));
    }
}
