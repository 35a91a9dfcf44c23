package dev.moomoo.fleet.lobby;

import dev.moomoo.server.services.ListedWorld;
import org.tinylog.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lobby's list as of the last poll of its {@link FleetSource}: the entries both clients read, and
 * the world behind each key (which a join ticket is signed for). Names are unique within a region: the
 * world's name and a number, given in the order the servers appear (by id within one poll) and kept for
 * as long as the server is listed ({@code main-1}, {@code main-2}; a server that comes later is
 * {@code main-3} even when {@code main-1} has gone). When the source as a whole cannot be read the last
 * list stays. Any thread; {@link #refresh} from one at a time.
 */
final class FleetList {
    /** One poll's list, swapped as one. */
    private record Listing(List<ListedWorld> entries, Map<String, FleetWorld> byKey) {
        static final Listing EMPTY = new Listing(List.of(), Map.of());
    }

    private final FleetSource source;
    private volatile Listing current = Listing.EMPTY;
    /** Each listed world's name, by key, and the last number given in each region to each world's name; refresh's thread only. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    /** Keys already warned of as shared by two worlds, so that a poll every two seconds does not repeat it. */
    private final Set<String> warnedKeys = new HashSet<>();

    FleetList(FleetSource source) {
        this.source = source;
    }

    /** Asks the source once and lists what it found; false when it could not be read (the last list stays). */
    boolean refresh() throws InterruptedException {
        List<FleetWorld> worlds;
        try {
            worlds = source.poll();
        } catch (IOException e) {
            Logger.warn("fleet not read, keeping the last list of {} worlds: {}", current.entries().size(), e.getMessage());
            return false;
        } catch (RuntimeException e) { // a bug: said loudly, and the polls go on
            Logger.error(e, "fleet not read, keeping the last list of {} worlds", current.entries().size());
            return false;
        }
        current = listing(worlds);
        return true;
    }

    /** The entries of {@code GET /servers}. */
    List<ListedWorld> entries() {
        return current.entries();
    }

    /** The world listed under {@code key}, or null. */
    FleetWorld world(String key) {
        return current.byKey().get(key);
    }

    /**
     * The list of {@code found}, each world under the name it had in the last list, a new one under the
     * next number of its region and world. Numbers are never given twice while the lobby runs: a page that
     * chose {@code main-1} and is told that server is restarting must not find {@code main-1} again on
     * another server (the v1.9 page then moves its player off to a world of another name).
     */
    private Listing listing(List<FleetWorld> found) {
        List<FleetWorld> worlds = new ArrayList<>(found);
        worlds.sort(Comparator.comparing(FleetWorld::region).thenComparing(FleetWorld::world).thenComparing(FleetWorld::serverId));
        Map<String, Set<String>> namesByRegion = new HashMap<>();
        Map<String, FleetWorld> byKey = new LinkedHashMap<>();
        for (FleetWorld w : worlds) {
            String name = names.get(w.key());
            if (name != null && !byKey.containsKey(w.key())) {
                namesByRegion.computeIfAbsent(w.region(), r -> new HashSet<>()).add(name);
                byKey.put(w.key(), w);
            }
        }
        for (FleetWorld w : worlds) {
            FleetWorld first = byKey.get(w.key());
            if (first != null) {
                // named before, or a server listed twice (two base URLs of one server): once is enough
                if (!first.serverId().equals(w.serverId()) && warnedKeys.add(w.key())) {
                    Logger.warn("two worlds under one key {}: server {} world {} and server {} world {}; only the first is listed"
                            + " (give the servers ids that no world name can extend)", w.key(), first.serverId(), first.world(), w.serverId(), w.world());
                }
                continue;
            }
            Set<String> taken = namesByRegion.computeIfAbsent(w.region(), r -> new HashSet<>());
            String name;
            do {
                name = w.world() + "-" + lastNumber.merge(w.region() + "/" + w.world(), 1, Integer::sum);
            } while (!taken.add(name));
            names.put(w.key(), name);
            byKey.put(w.key(), w);
        }
        names.keySet().retainAll(byKey.keySet()); // a server gone is forgotten; its number is not given again
        warnedKeys.retainAll(byKey.keySet());
        List<ListedWorld> entries = worlds.stream().filter(w -> byKey.get(w.key()) == w).map(w -> w.listed(names.get(w.key()))).toList();
        return new Listing(entries, Map.copyOf(byKey));
    }
}
