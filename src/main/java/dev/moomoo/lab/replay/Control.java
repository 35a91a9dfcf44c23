package dev.moomoo.lab.replay;

import java.util.Locale;

/**
 * What a spectator or the console asks of a show: the words of the chat commands {@code /pause},
 * {@code /play}, {@code /speed 2}, {@code /seek 1:30} and the console's {@code replay} command.
 */
public sealed interface Control {
    /** Holds the frames where they are (a second pause plays on). */
    record Pause() implements Control {
    }

    record Play() implements Control {
    }

    /** Plays at {@code factor} times the recorded pace, 0.25 to 4. */
    record Speed(double factor) implements Control {
        public Speed {
            if (!(factor >= Playback.MIN_SPEED && factor <= Playback.MAX_SPEED)) {
                throw new IllegalArgumentException("a speed is from " + Playback.MIN_SPEED + " to " + Playback.MAX_SPEED);
            }
        }
    }

    /** Goes to {@code offsetNanos} on the recording's timeline (0 is its start). */
    record Seek(long offsetNanos) implements Control {
    }

    /**
     * The control {@code text} names ({@code pause}, {@code play}, {@code speed <x>}, {@code seek <m:ss>}
     * or {@code seek <seconds>}, a leading {@code /} ignored); an IllegalArgumentException naming what is
     * wrong otherwise.
     */
    static Control parse(String text) {
        String[] words = text.strip().replaceFirst("^/", "").split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1 && verb.equals("pause")) {
            return new Pause();
        }
        if (words.length == 1 && verb.equals("play")) {
            return new Play();
        }
        if (words.length == 2 && verb.equals("speed")) {
            try {
                return new Speed(Double.parseDouble(words[1].replaceFirst("x$", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a speed: " + words[1]);
            }
        }
        if (words.length == 2 && verb.equals("seek")) {
            return new Seek(time(words[1]));
        }
        throw new IllegalArgumentException("pause, play, speed <0.25 to 4> or seek <m:ss>");
    }

    /** {@code m:ss}, {@code h:mm:ss} or seconds (with a fraction) as nanoseconds. */
    private static long time(String word) {
        try {
            double seconds = 0;
            for (String part : word.split(":", -1)) {
                seconds = seconds * 60 + Double.parseDouble(part);
            }
            if (seconds < 0 || seconds > 86_400 * 7) {
                throw new NumberFormatException();
            }
            return Math.round(seconds * 1e9);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a time: " + word + " (m:ss or seconds)");
        }
    }
}
