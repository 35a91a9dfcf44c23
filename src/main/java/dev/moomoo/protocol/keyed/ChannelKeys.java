package dev.moomoo.protocol.keyed;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * What one connection's two ends agree on after io-init: its mode, both packet tables, the bases of
 * the mask seeds and the tag key (src/site/keyed-protocol.md). Immutable; each end keeps its own
 * counters and its own {@link Tagger}. Nothing here is ever printed.
 */
final class ChannelKeys {
    /** The bytes of a client frame's tag: the first of its HMAC-SHA-256. */
    static final int TAG_BYTES = 6;
    /** The client's mask base differs from the key's first word by this, the server's from its second by {@link #SERVER_MASK_XOR}. */
    static final int CLIENT_MASK_XOR = 0xC2B2AE35;
    static final int SERVER_MASK_XOR = 0x27D4EB2F;
    /** Spreads the number of a server frame over its seed. */
    static final int FRAME_MULTIPLIER = 0x9E3779B1; // 2654435761
    /** The mask bases read the key's first 8 bytes. */
    static final int MIN_KEY_BYTES = 8;
    private static final String HMAC = "HmacSHA256";

    final KeyedMode mode;
    final PacketTable client;
    final PacketTable server;
    private final int clientBase;
    private final int serverBase;
    private final SecretKeySpec tagKey;

    private ChannelKeys(KeyedMode mode, PacketTable client, PacketTable server, int clientBase, int serverBase, SecretKeySpec tagKey) {
        this.mode = mode;
        this.client = client;
        this.server = server;
        this.clientBase = clientBase;
        this.serverBase = serverBase;
        this.tagKey = tagKey;
    }

    /**
     * @param key  the key as both ends use it: mixed by the build module in the pinned mode, raw in the
     *             unpinned one; ignored in the plain mode
     * @param seed the seed of io-init
     * @param salt the salt of the tables ({@link KeyedMode#tableSalt})
     */
    static ChannelKeys of(KeyedMode mode, byte[] key, int seed, int salt) {
        if (!mode.keyed()) {
            return new ChannelKeys(mode, null, null, 0, 0, null);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a key of " + key.length + " bytes: the mask seeds need " + MIN_KEY_BYTES);
        }
        return new ChannelKeys(mode, PacketTable.client(seed, salt, mode.clientNames()), PacketTable.server(seed, salt, mode.serverNames()),
                le32(key, 0) ^ CLIENT_MASK_XOR, le32(key, 4) ^ SERVER_MASK_XOR, new SecretKeySpec(key, HMAC));
    }

    /** The little-endian 32-bit number at {@code b[offset..offset + 3]}. */
    static int le32(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16 | (b[offset + 3] & 0xFF) << 24;
    }

    /** The mask seed of a client frame whose tag starts at {@code frame[0]}. */
    int clientFrameSeed(byte[] frame) {
        return clientBase ^ le32(frame, 0);
    }

    /** The mask seed of the {@code n}-th server frame after io-init (n from 1). */
    int serverFrameSeed(int n) {
        return serverBase ^ n * FRAME_MULTIPLIER;
    }

    int clientMaskBase() {
        return clientBase;
    }

    int serverMaskBase() {
        return serverBase;
    }

    Tagger tagger() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(tagKey);
            return new Tagger(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC, e);
        }
    }

    @Override
    public String toString() {
        return mode + " keys";
    }

    /** Tags with one connection's key: one per end, used by one thread at a time. */
    static final class Tagger {
        private final Mac mac;
        private final byte[] digest;

        private Tagger(Mac mac) {
            this.mac = mac;
            this.digest = new byte[mac.getMacLength()];
        }

        /** Writes the tag of {@code body[offset, offset + length)} to {@code out[outOffset..]}. */
        void tag(byte[] body, int offset, int length, byte[] out, int outOffset) {
            sign(body, offset, length);
            System.arraycopy(digest, 0, out, outOffset, TAG_BYTES);
        }

        /** Whether {@code tag[0, TAG_BYTES)} is the tag of {@code body}: every byte compared, however early one differs. */
        boolean verify(byte[] body, byte[] tag) {
            sign(body, 0, body.length);
            int differ = 0;
            for (int i = 0; i < TAG_BYTES; i++) {
                differ |= digest[i] ^ tag[i];
            }
            return differ == 0;
        }

        private void sign(byte[] body, int offset, int length) {
            mac.update(body, offset, length);
            try {
                mac.doFinal(digest, 0);
            } catch (ShortBufferException e) {
                throw new IllegalStateException(e); // the digest holds a whole MAC
            }
        }

        @Override
        public String toString() {
            return "tagger";
        }
    }
}
