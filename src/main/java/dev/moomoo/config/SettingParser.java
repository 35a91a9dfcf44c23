package dev.moomoo.config;

/**
 * Reads a setting whose value has a type of its own (named by {@link Setting#parser}): what it
 * accepts, for the one-line error, and the value.
 */
public interface SettingParser<T> {
    /** What the setting accepts, as the end of "expected ...". */
    String allowed();

    /** The value of {@code raw} (already stripped), or null when it is refused. */
    T parse(String raw);

    /** The help text from the declared one, which the parser may complete with what only it knows. */
    default String description(String declared) {
        return declared;
    }
}
