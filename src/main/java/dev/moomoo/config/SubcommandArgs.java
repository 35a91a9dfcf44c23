package dev.moomoo.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a subcommand ({@code load}, {@code trace-report}): {@code --name value} or
 * {@code --name=value}, positional arguments, and {@code --help}. Every mistake is one line naming
 * the option: an unknown one, one without its value, a value of the wrong kind.
 */
public final class SubcommandArgs {
    private final Map<String, String> values;
    private final List<String> positional;
    private final boolean help;

    private SubcommandArgs(Map<String, String> values, List<String> positional, boolean help) {
        this.values = values;
        this.positional = positional;
        this.help = help;
    }

    /** @param options the option names the subcommand takes, each with a value */
    public static SubcommandArgs parse(String[] args, Set<String> options) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
            if (!options.contains(name)) {
                throw new ConfigException("unknown option --" + name + " (see --help)");
            }
            if (eq >= 0) {
                values.put(name, a.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                throw new ConfigException("option --" + name + " needs a value (see --help)");
            }
        }
        return new SubcommandArgs(values, positional, help);
    }

    /** What a subcommand that reads one file was asked: read {@code file} with {@code options}, or end at once with {@code status}. */
    public sealed interface OneFile {
        record Read(SubcommandArgs options, Path file) implements OneFile {
        }

        /** {@code --help} (its usage printed: 0) or a mistake (one line on the error stream: 2). */
        record Exit(int status) implements OneFile {
        }
    }

    /**
     * The arguments of a subcommand that reads one file ({@code what}, for the error that names it missing)
     * and takes {@code options}: {@code --help} prints {@code usage} on {@code out}, a mistake its one line on
     * {@code err}, as every such subcommand does.
     */
    public static OneFile oneFile(String[] args, Set<String> options, String what, String usage, PrintStream out, PrintStream err) {
        try {
            SubcommandArgs opts = parse(args, options);
            if (opts.help()) {
                out.println(usage);
                return new OneFile.Exit(0);
            }
            return new OneFile.Read(opts, opts.onlyFile(what));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return new OneFile.Exit(2);
        }
    }

    public boolean help() {
        return help;
    }

    public List<String> positional() {
        return positional;
    }

    /**
     * The one file a subcommand reads, its only positional argument; refused, for the usual one-line
     * error, when there is none ("which {@code what}? (see --help)") or more than one.
     */
    public Path onlyFile(String what) {
        if (positional.size() != 1) {
            throw new ConfigException(positional.isEmpty() ? "which " + what + "? (see --help)"
                    : "one " + what + " at a time, not " + positional.size());
        }
        return Path.of(positional.getFirst());
    }

    public String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public String get(String name) {
        return values.get(name);
    }

    public int integer(String name, int otherwise, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new ConfigException("option --" + name + ": expected an integer from " + min + " to " + max + ", not '" + v + "'");
    }
}
