package dev.moomoo.protocol.keyed;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One build of the ES module the v1.9 page imports as {@code moomoo-protocol}: its {@code BUILD_ID}
 * (the page sends it back as {@code ?b=}; a page of another build gets 4002), its {@code BUILD_SALT}
 * (salts the pinned mode's tables) and its {@code mixKey} (src/site/keyed-protocol.md, "The build
 * module"). This server makes its own builds, keeps the current one in the state directory
 * ({@link BuildModuleFile}) and rolls it when told. Immutable.
 */
public final class BuildModule {
    /** What a build id may be: it is appended to the socket URL as it is, unencoded. */
    static final Pattern ID = Pattern.compile("[0-9a-z]{4,32}");
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    /** 10 characters of 36: about 52 bits, so two builds never share an id. */
    private static final int ID_LENGTH = 10;

    private final String buildId;
    private final int buildSalt;
    private final KeyMixer mixer;

    BuildModule(String buildId, int buildSalt, KeyMixer mixer) {
        if (!ID.matcher(buildId).matches()) {
            throw new IllegalArgumentException("build id '" + buildId + "': expected 4 to 32 of 0-9 and a-z");
        }
        this.buildId = buildId;
        this.buildSalt = buildSalt;
        this.mixer = mixer;
    }

    /** A new build: a fresh id, salt and mixer secret. */
    public static BuildModule generate(SecureRandom random) {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        int[] secret = new int[KeyMixer.SECRET_WORDS];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = random.nextInt();
        }
        return new BuildModule(id.toString(), random.nextInt(), new KeyMixer(secret));
    }

    /** {@code BUILD_ID}. */
    public String buildId() {
        return buildId;
    }

    /** {@code BUILD_SALT}, a 32-bit number (the module writes it unsigned). */
    public int buildSalt() {
        return buildSalt;
    }

    KeyMixer mixer() {
        return mixer;
    }

    /** {@code mixKey(keyBytes, seed)}, as the module computes it in the browser: 16 bytes. */
    public byte[] mixKey(byte[] keyBytes, int seed) {
        return mixer.mix(keyBytes, seed);
    }

    /** The module's JavaScript text, served as {@code text/javascript}. */
    public String script() {
        return """
                // moomoo-protocol, build %s: made by this server (src/site/keyed-protocol.md, "The build module").
                // Another build (a restart keeps this one; a roll makes a new one) refuses pages of this one.
                export const BUILD_ID = "%s";
                export const BUILD_SALT = %s;
                """.formatted(buildId, buildId, Integer.toUnsignedString(buildSalt)) + mixer.javaScript();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuildModule b && buildId.equals(b.buildId) && buildSalt == b.buildSalt && mixer.equals(b.mixer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(buildId, buildSalt, mixer);
    }

    @Override
    public String toString() {
        return "build " + buildId;
    }
}
