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
 * world's name and a number, counting the servers that run a world of that name in the region in the
 * order of their ids ({@code main-1}, {@code main-2}). When the source as a whole cannot be read the
 * last list stays. Any thread; {@link #refresh} from one at a time.
 */
final class FleetList {
    /** One poll's list, swapped as one. */
    private record Listing(List<ListedWorld> entries, Map<String, FleetWorld> byKey) {
        static final Listing EMPTY = new Listing(List.of(), Map.of());
    }

    private final FleetSource source;
    private volatile Listing current = Listing.EMPTY;

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

    private static Listing listing(List<FleetWorld> found) {
        List<FleetWorld> worlds = new ArrayList<>(found);
        worlds.sort(Comparator.comparing(FleetWorld::region).thenComparing(FleetWorld::world).thenComparing(FleetWorld::serverId));
        Map<String, Set<String>> namesByRegion = new HashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        List<ListedWorld> entries = new ArrayList<>();
        Map<String, FleetWorld> byKey = new LinkedHashMap<>();
        for (FleetWorld w : worlds) {
            if (byKey.containsKey(w.key())) {
                continue; // a server listed twice (two base URLs of one server): once is enough
            }
            Set<String> names = namesByRegion.computeIfAbsent(w.region(), r -> new HashSet<>());
            String name;
            do {
                name = w.world() + "-" + counted.merge(w.region() + "/" + w.world(), 1, Integer::sum);
            } while (!names.add(name));
            entries.add(w.listed(name));
            byKey.put(w.key(), w);
        }
        return new Listing(List.copyOf(entries), Map.copyOf(byKey));
    }
}
