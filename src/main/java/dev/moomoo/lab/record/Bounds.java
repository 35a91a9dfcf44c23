package dev.moomoo.lab.record;

/**
 * How far one file of a recording goes before the next begins, and how many files are kept
 * (src/site/recording-format.md, "Rotation").
 *
 * @param maxBytes   a file's size, zip directory and summary included
 * @param maxSeconds the time a file covers
 * @param keep       the newest files kept; older parts of the recording are deleted
 */
public record Bounds(long maxBytes, long maxSeconds, int keep) {
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_SECONDS = 600;
    public static final int DEFAULT_KEEP = 6;
    /** Below this a file would hold little more than its metadata. */
    public static final long MIN_BYTES = 16 << 10;

    public Bounds {
        if (maxBytes < MIN_BYTES || maxSeconds < 1 || keep < 1) {
            throw new IllegalArgumentException("bounds of at least " + MIN_BYTES + " bytes, 1 second and 1 file, not "
                    + maxBytes + ", " + maxSeconds + ", " + keep);
        }
    }

    public static Bounds defaults() {
        return new Bounds(DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, DEFAULT_KEEP);
    }

    long maxNanos() {
        return maxSeconds * 1_000_000_000L;
    }
}
