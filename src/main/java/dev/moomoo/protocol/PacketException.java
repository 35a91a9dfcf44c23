package dev.moomoo.protocol;

/** A message that is not a valid packet: the reason is one line naming what was wrong. */
public final class PacketException extends Exception {
    public PacketException(String reason) {
        super(reason, null, false, false);
    }
}
