package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages from the server to one client (notices, broadcasts, answers to admin commands), each shown
 * the way that client can show it. This project's own client has a notice panel and gets the whole
 * text at once as chat from sid -1. The real client shows chat only as a bubble over a player it
 * draws, one unwrapped line for 3 s, replaced by the next; so it gets the text as bubbles over its
 * own player, cut into short lines and paced one per bubble lifetime. These go to that player only:
 * an admin's answers are private. Tick thread only.
 */
public final class Notices {
    /** Characters in one bubble line: a third of the real client's screen in its 32 px font. */
    public static final int BUBBLE_CHARS = 40;
    /** How long the real client shows a bubble before the next may replace it. */
    public static final double BUBBLE_MILLIS = 3000;
    /**
     * Lines one client may have waiting, so memory stays bounded; the lines of a message that do not
     * fit are dropped and its last line says how many (24 lines take 72 s to show).
     */
    public static final int MAX_WAITING = 24;
    /** A line that waited this long for its player to be alive is dropped: it is stale news by then. */
    public static final double MAX_WAIT_MILLIS = 30_000;
    /** Longest notice the panel of the own client is sent. */
    public static final int PANEL_CHARS = 200;

    /** One client's waiting bubble lines, and when its next bubble may come. */
    private static final class Queue {
        private ArrayDeque<Line> lines; // made at the first line of a message, dropped when all are shown
        private double nextAt;
    }

    private record Line(String text, double queuedAt) {
    }

    /** World time adds up tick lengths of 1000/9 ms, so 27 ticks may come to a hair under 3000 ms. */
    private static final double TIME_SLACK_MILLIS = 1e-6;

    private final Outbound out;
    private final Roster roster;
    /** The queue of every client shown bubbles, until it leaves: its pace outlives its empty spells. */
    private final Map<Client, Queue> queues = new HashMap<>();
    /** Clients with lines waiting, in the order they got them, so a tick never walks every client for this. */
    private final Map<Client, Queue> waiting = new LinkedHashMap<>();

    public Notices(Outbound out, Roster roster) {
        this.out = out;
        this.roster = roster;
    }

    /** Shows {@code text} to {@code client} as it can show it; lines of the text stay lines. */
    public void deliver(Client client, String text, double now) {
        if (client.noticeDisplay() == Client.NoticeDisplay.PANEL) {
            for (String line : text.split("\n")) {
                String clean = Text.sanitizeLine(line, PANEL_CHARS);
                if (!clean.isEmpty()) {
                    out.send(client, new ServerPacket.Chat(-1, clean));
                }
            }
            return;
        }
        Queue q = queues.computeIfAbsent(client, c -> new Queue());
        if (q.lines == null) {
            q.lines = new ArrayDeque<>();
        }
        List<String> lines = bubbleLines(text);
        int room = MAX_WAITING - q.lines.size();
        if (lines.size() > room) {
            int shown = Math.max(0, room - 1);
            int cut = lines.size() - shown;
            lines = new ArrayList<>(lines.subList(0, shown));
            if (room > 0) {
                lines.add("(" + cut + " more line" + (cut == 1 ? "" : "s") + " not shown)");
            }
        }
        for (String line : lines) {
            q.lines.addLast(new Line(line, now));
        }
        if (!q.lines.isEmpty()) {
            waiting.put(client, q);
        }
    }

    /** Sends each waiting client its next bubble once the last one has had its time. */
    public void update(double now) {
        for (Iterator<Map.Entry<Client, Queue>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Client, Queue> waitingLines = it.next();
            Client c = waitingLines.getKey();
            Queue q = waitingLines.getValue();
            Player p = roster.playerOf(c);
            if (p == null || !p.alive()) {
                q.lines.removeIf(line -> now - line.queuedAt() > MAX_WAIT_MILLIS);
            } else if (now >= q.nextAt - TIME_SLACK_MILLIS) {
                out.send(c, new ServerPacket.Chat(p.sid(), q.lines.removeFirst().text()));
                q.nextAt = now + BUBBLE_MILLIS;
            }
            if (q.lines.isEmpty()) {
                q.lines = null;
                it.remove();
            }
        }
    }

    /** Forgets a client that left. */
    public void remove(Client c) {
        waiting.remove(c);
        queues.remove(c);
    }

    /**
     * {@code text} as bubble lines: each line of it sanitised, then wrapped at spaces into pieces of at
     * most {@link #BUBBLE_CHARS} characters (a longer word is cut).
     */
    public static List<String> bubbleLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = Text.sanitizeLine(raw, Integer.MAX_VALUE);
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                while (word.codePointCount(0, word.length()) > BUBBLE_CHARS) {
                    flush(current, out);
                    int cut = word.offsetByCodePoints(0, BUBBLE_CHARS);
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (word.isEmpty()) {
                    continue;
                }
                int length = current.codePointCount(0, current.length());
                if (length > 0 && length + 1 + word.codePointCount(0, word.length()) > BUBBLE_CHARS) {
                    flush(current, out);
                }
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(word);
            }
            flush(current, out);
        }
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
