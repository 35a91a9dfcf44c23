package dev.moomoo.game.data;

/** A game table that cannot be read: names the file, the line and what is wrong there. */
public final class GameDataException extends RuntimeException {
    public GameDataException(String message) {
        super(message);
    }
}
