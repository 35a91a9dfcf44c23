package dev.moomoo.config;

/** A bad setting: the message is one line that names the setting and what it accepts. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
