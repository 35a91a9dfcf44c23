package dev.moomoo.protocol.keyed;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The build module's {@code mixKey(keyBytes, seed)}: the Java twin the server runs and the JavaScript
 * it serves, side by side so that neither changes without the other (a test runs both on many keys).
 * Its design, and why it is only obfuscation, is in src/site/keyed-protocol.md, "The key mixer":
 *
 * <ul>
 *   <li>four 32-bit lanes, started from this build's secret words, the seed and the key's length;</li>
 *   <li>each 4-byte little-endian word of the key XORed into one lane, then a round;</li>
 *   <li>four more rounds, so the last word reaches every lane; the lanes, little-endian, are the 16 bytes out.</li>
 * </ul>
 * A round updates each lane from itself, its neighbour rotated, and a secret word, then multiplies and
 * folds the high bits down. Only 32-bit integer steps that JavaScript computes exactly
 * ({@code Math.imul}, {@code | 0}, shifts, XOR), so the two twins agree bit for bit.
 */
final class KeyMixer {
    /** Words of secret per build: four start the lanes, four key the rounds. */
    static final int SECRET_WORDS = 8;
    /** The mixed key's length: the client reads bytes 0 to 7 for its masks, and HMAC takes any length. */
    static final int OUT_BYTES = 16;
    private static final int LANES = 4;
    private static final int FINAL_ROUNDS = 4;
    /** How far each lane's neighbour is rotated in a round. */
    private static final int[] ROTATE = {5, 11, 19, 26};
    /** An odd multiplier: it carries every bit of a lane upwards; the fold afterwards carries them back down. */
    private static final int MULTIPLIER = 0x2C1B3C6D;

    private final int[] secret;

    KeyMixer(int[] secret) {
        if (secret.length != SECRET_WORDS) {
            throw new IllegalArgumentException("a mixer takes " + SECRET_WORDS + " secret words, not " + secret.length);
        }
        this.secret = secret.clone();
    }

    int[] secret() {
        return secret.clone();
    }

    byte[] mix(byte[] key, int seed) {
        int[] h = {secret[0] ^ seed, secret[1] ^ key.length, secret[2], secret[3]};
        for (int i = 0; LANES * i < key.length; i++) {
            h[i & 3] ^= word(key, LANES * i);
            round(h, secret[LANES + (i & 3)]);
        }
        for (int r = 0; r < FINAL_ROUNDS; r++) {
            round(h, ~secret[LANES + r]);
        }
        byte[] out = new byte[OUT_BYTES];
        for (int j = 0; j < OUT_BYTES; j++) {
            out[j] = (byte) (h[j >> 2] >>> 8 * (j & 3));
        }
        return out;
    }

    /** The little-endian word at {@code key[from..]}, zeros past the end. */
    private static int word(byte[] key, int from) {
        int w = 0;
        for (int b = 0; b < 4 && from + b < key.length; b++) {
            w |= (key[from + b] & 0xFF) << 8 * b;
        }
        return w;
    }

    private static void round(int[] h, int k) {
        for (int j = 0; j < LANES; j++) {
            int x = h[j] + Integer.rotateLeft(h[(j + 1) & 3], ROTATE[j]) + k;
            x = (x ^ (x >>> 16)) * MULTIPLIER;
            h[j] = x ^ (x >>> 15);
        }
    }

    /** The same function in JavaScript, an exported {@code mixKey} and its helpers, for the ES module. */
    String javaScript() {
        return """
                const S = [%s];
                const R = [%s];
                function rotl(x, r) {
                  return (x << r) | (x >>> (32 - r));
                }
                function round(h, k) {
                  for (let j = 0; j < 4; j++) {
                    let x = (h[j] + rotl(h[(j + 1) & 3], R[j]) + k) | 0;
                    x = Math.imul(x ^ (x >>> 16), %d);
                    h[j] = x ^ (x >>> 15);
                  }
                }
                export function mixKey(keyBytes, seed) {
                  const n = keyBytes.length;
                  const h = [S[0] ^ seed, S[1] ^ n, S[2] | 0, S[3] | 0];
                  for (let i = 0; 4 * i < n; i++) {
                    let w = 0;
                    for (let b = 0; b < 4 && 4 * i + b < n; b++) {
                      w |= keyBytes[4 * i + b] << (8 * b);
                    }
                    h[i & 3] ^= w;
                    round(h, S[4 + (i & 3)]);
                  }
                  for (let r = 0; r < %d; r++) {
                    round(h, ~S[4 + r]);
                  }
                  const out = new Uint8Array(%d);
                  for (let j = 0; j < %d; j++) {
                    out[j] = h[j >> 2] >>> (8 * (j & 3));
                  }
                  return out;
                }
                """.formatted(join(secret), join(ROTATE), MULTIPLIER, FINAL_ROUNDS, OUT_BYTES, OUT_BYTES);
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyMixer m && Arrays.equals(secret, m.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "key mixer";
    }
}
