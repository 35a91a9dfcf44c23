package dev.moomoo.lab.inspect;

import dev.moomoo.net.http.HttpResponse;
import org.tinylog.Logger;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recordings in the inspector (README, "Recordings"): {@code GET /inspect/recordings} lists them,
 * {@code GET /inspect/recordings/<name>} downloads one, and a session that may change things starts and
 * stops a recording ({@code POST /inspect/record}, {@code /inspect/record/off}) and marks its timeline
 * ({@code POST /inspect/mark}) with the console's own commands. {@link Inspector} has checked the session
 * (and for a change, its rights and its Origin) before any of these is called.
 */
final class RecordingPages {
    static final String RECORD = Inspector.FOLDER + "record";
    static final String RECORD_OFF = Inspector.FOLDER + "record/off";
    static final String MARK = Inspector.FOLDER + "mark";
    /**
     * Where a page asks to watch a replay or a player's view in the own client: POST only, from any signed-in
     * session (watching changes nothing in the game), answered with a watch link.
     */
    static final String WATCH = Inspector.FOLDER + "watch";
    /** The watch link in a {@code to page} command's answer. */
    private static final Pattern WATCH_LINK = Pattern.compile("/\\?world=[^&\\s]+&watch=[0-9a-f]{32}");
    private static final Pattern WATCH_TOKEN = Pattern.compile("watch=[0-9a-f]{32}");
    /** The paths that change something: POST only, from a session that may change things. */
    static final Set<String> CHANGES = Set.of(RECORD, RECORD_OFF, MARK);
    /** How long a request waits for the world's tick thread to run its command. */
    private static final long ANSWER_SECONDS = 10;
    /** A connection's id, a sid, seconds, megabytes: one word the command reads, never more. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final int MAX_MARK = 200;

    private final RecordingDesk desk;
    private final InspectAssets assets;

    RecordingPages(RecordingDesk desk, InspectAssets assets) {
        this.desk = desk;
        this.assets = assets;
    }

    /** {@code GET /inspect/recordings}: the files, the worlds a recording may be made in, and whether this page may. */
    HttpResponse list(InspectSessions.Session session) {
        List<Object> files = new ArrayList<>();
        try {
            for (RecordingFile f : desk.list()) {
                files.add(f.json());
            }
        } catch (IOException e) {
            Logger.warn("the inspector could not list the recordings: {}", e.toString());
            return assets.json(500, Map.of("answer", "the recordings could not be listed: " + e.getMessage()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mayChange", session.mayChange());
        m.put("worlds", desk.worlds());
        m.put("recordings", files);
        return assets.json(200, m);
    }

    /** {@code GET /inspect/recordings/<name>}: the file as an attachment, or 404 for any name that is not one of the recordings. */
    HttpResponse download(String escapedName) {
        String name;
        try {
            name = URLDecoder.decode(escapedName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        try {
            RecordingDesk.Download d = desk.open(name);
            return InspectAssets.guarded(HttpResponse.streamed(200, "application/zip", d.length(), d.in()))
                    .withHeader("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
        } catch (NoSuchFileException e) {
            return notFound();
        } catch (IOException e) {
            Logger.warn("the inspector could not open recording {}: {}", name, e.toString());
            return assets.json(500, Map.of("answer", "the recording could not be read"));
        }
    }

    private HttpResponse notFound() {
        return InspectAssets.guarded(HttpResponse.text(404, "no such recording\n"));
    }

    /** One of {@link #CHANGES} with its form, for a session that may change things: the command's answer. */
    HttpResponse change(InspectSessions.Session session, String path, Map<String, String> form) {
        String line;
        try {
            line = switch (path) {
                case RECORD -> recordLine(form);
                case RECORD_OFF -> "record off";
                case MARK -> "mark " + markText(form.getOrDefault("text", ""));
                default -> throw new IllegalArgumentException("nothing to do at " + path);
            };
        } catch (IllegalArgumentException e) {
            return answer(400, e.getMessage());
        }
        return run(session, form.getOrDefault("world", ""), line);
    }

    /** Runs the console's {@code line} in {@code world} for {@code session}: its answer (and a watch link in it, as {@code link}). */
    private HttpResponse run(InspectSessions.Session session, String world, String line) {
        if (!desk.worlds().contains(world)) {
            return answer(400, "no world '" + world + "' here (" + String.join(", ", desk.worlds()) + ")");
        }
        String origin = session.label();
        try {
            String answer = desk.run(world, line, origin).get(ANSWER_SECONDS, TimeUnit.SECONDS);
            // a watch link opens a show once, from anywhere: the log keeps it only cut short
            Logger.info("{} in world {}: {} -> {}", origin, world, line, WATCH_TOKEN.matcher(answer).replaceAll("watch=(token)"));
            Matcher link = WATCH_LINK.matcher(answer);
            return link.find() ? assets.json(200, Map.of("answer", answer, "link", link.group())) : answer(200, answer);
        } catch (TimeoutException e) {
            return answer(503, "world " + world + " did not answer within " + ANSWER_SECONDS + " s");
        } catch (ExecutionException e) {
            Logger.error(e.getCause(), "{} in world {}: {} failed", origin, world, line);
            return answer(500, "the command failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer(503, "interrupted");
        }
    }

    /**
     * {@link #WATCH} with its form ({@code world}, and {@code kind} {@code replay} with the recording's
     * {@code name} and, for a recording of a whole world, the {@code sid} of the player whose view to play,
     * or {@code spectate} with the player's {@code sid}): the console's {@code replay} or
     * {@code spectate} {@code to page} in that world; the answer, and the watch link when one was armed.
     */
    HttpResponse watch(InspectSessions.Session session, Map<String, String> form) {
        String line;
        try {
            line = switch (form.getOrDefault("kind", "")) {
                case "replay" -> "replay " + word(form, "name", ID) + (form.getOrDefault("sid", "").isEmpty() ? "" : " view " + word(form, "sid", NUMBER))
                        + " to page";
                case "spectate" -> "spectate " + word(form, "sid", NUMBER) + " to page";
                default -> throw new IllegalArgumentException("kind must be replay or spectate");
            };
        } catch (IllegalArgumentException e) {
            return answer(400, e.getMessage());
        }
        return run(session, form.getOrDefault("world", ""), line);
    }

    /** {@code record <scope> [target] [for <seconds>] [max <MB>]} from the form's {@code scope}, {@code target}, {@code seconds}, {@code mb}. */
    private static String recordLine(Map<String, String> form) {
        String scope = form.getOrDefault("scope", "");
        StringBuilder line = new StringBuilder("record ").append(switch (scope) {
            case "world" -> "world";
            case "connection" -> "connection " + word(form, "target", ID);
            case "player" -> "player " + word(form, "target", NUMBER);
            default -> throw new IllegalArgumentException("scope must be world, connection or player, not '" + scope + "'");
        });
        if (!form.getOrDefault("seconds", "").isEmpty()) {
            line.append(" for ").append(word(form, "seconds", NUMBER));
        }
        if (!form.getOrDefault("mb", "").isEmpty()) {
            line.append(" max ").append(word(form, "mb", NUMBER));
        }
        return line.toString();
    }

    private static String word(Map<String, String> form, String field, Pattern shape) {
        String v = form.getOrDefault(field, "");
        if (!shape.matcher(v).matches()) {
            throw new IllegalArgumentException(field + " must match " + shape.pattern() + ", not '" + v + "'");
        }
        return v;
    }

    /** A marker's text on one line: control characters become spaces. */
    private static String markText(String text) {
        String t = text.replaceAll("\\p{Cntrl}", " ").strip();
        if (t.isEmpty() || t.length() > MAX_MARK) {
            throw new IllegalArgumentException("a marker is 1 to " + MAX_MARK + " characters");
        }
        return t;
    }

    private HttpResponse answer(int status, String text) {
        return assets.json(status, Map.of("answer", text));
    }
}
