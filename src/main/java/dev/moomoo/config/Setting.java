package dev.moomoo.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record component a setting, in the one place a setting is written: from it come the
 * flag {@code --name}, the environment variable {@code MOOMOO_NAME}, the key {@code name} of the
 * settings file, its line in {@code --help} (in component order), its default, its parser and range,
 * and the component's value ({@link ConfigRecord} reads it). A component of a config record that
 * has no {@code @Setting} must itself be a config record: its settings are listed in its place.
 *
 * <p>How the value is read follows the component's type: {@code int}, {@code long} and
 * {@link java.time.Duration} (whole milliseconds) are integers from {@link #min} to {@link #max};
 * {@code double} a number in that range; {@code boolean} a switch ({@code true}, {@code yes},
 * {@code on}, {@code 1} or their opposites; a bare {@code --name} is true); {@code String} any text,
 * or one of {@link #oneOf}; {@code Set<String>} a comma-separated list. Any other type names its
 * {@link #parser}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {
    /** Lower case words joined by dashes: {@code max-players}. */
    String name();

    /** The value when no source gives one, written as a user would write it. */
    String defaultValue();

    /** What it does, for {@code --help}: lower case, no final full stop. */
    String description();

    /** The smallest value a number accepts (required for numbers). */
    double min() default Double.NaN;

    /** The largest value a number accepts (required for numbers). */
    double max() default Double.NaN;

    /** The words a {@code String} setting accepts, in any case (read in lower case); empty: any text. */
    String[] oneOf() default {};

    /**
     * The type the value is read as when it is not the component's: {@code int.class} on a
     * {@code double} component accepts whole numbers only (the map's size).
     */
    Class<?> readAs() default void.class;

    /** The parser of a type of its own (at most one), made through its no-argument constructor. */
    Class<? extends SettingParser<?>>[] parser() default {};
}
