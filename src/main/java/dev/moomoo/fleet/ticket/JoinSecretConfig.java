package dev.moomoo.fleet.ticket;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.Setting;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The fleet's shared join ticket secret (README, "The lobby"), a part of the settings of the game server
 * and of the lobby alike. A value too short to be a key stops the start with one line that does not
 * repeat it.
 */
public record JoinSecretConfig(
        @Setting(name = "join-ticket-secret", defaultValue = "",
                description = "the secret the lobby signs join tickets with and game servers verify them with, at least 32 bytes (keep it out of the command line: env or settings file); empty: no signed tickets")
        String joinTicketSecret) {

    public JoinSecretConfig {
        int bytes = joinTicketSecret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 0 && bytes < TicketSecret.MIN_BYTES) {
            throw new ConfigException("invalid value for setting join-ticket-secret: expected at least " + TicketSecret.MIN_BYTES
                    + " bytes, it has " + bytes + " (openssl rand -base64 32 makes one)");
        }
    }

    /** The secret; empty when signed tickets are off. */
    public Optional<TicketSecret> secret() {
        return joinTicketSecret.isEmpty() ? Optional.empty() : Optional.of(new TicketSecret(joinTicketSecret));
    }

    @Override
    public String toString() {
        return "JoinSecretConfig[" + (joinTicketSecret.isEmpty() ? "off" : "set") + "]";
    }
}
