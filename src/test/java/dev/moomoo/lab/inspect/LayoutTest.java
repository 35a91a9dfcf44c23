package dev.moomoo.lab.inspect;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Naming a packet's arguments: positions, flat rows, and what does not fit left as it is. */
class LayoutTest {

    @Test
    void argumentsPastTheNamesKeepTheirPlace() {
        assertEquals(Map.of("what", "tp", "#1", 100L, "#2", 200L), Layout.named(Layout.args("what"), List.of("tp", 100L, 200L)));
    }

    @Test
    void aFlatListIsCutIntoRowsAndALastShortRowKeepsWhatItHas() {
        Object rows = Layout.named(Layout.rows("x", "y"), List.of(1L, 2L, 3L, 4L, 5L));
        assertEquals(List.of(Map.of("x", 1L, "y", 2L), Map.of("x", 3L, "y", 4L), Map.of("x", 5L)), rows);
    }

    @Test
    void aValueThatIsNotAListIsShownAsItIs() {
        assertEquals("junk", Layout.named(Layout.rows("x", "y"), "junk"));
        assertEquals(7L, Layout.named(Layout.args("a"), 7L));
    }

    @Test
    void nilArgumentsAreNamedToo() {
        assertEquals(Arrays.asList("id", "isWeapon"), List.copyOf(((Map<?, ?>) Layout.named(PacketLayouts.of(ClientKind.SELECT),
                Arrays.asList(3L, null))).keySet()));
    }

    @Test
    void thePageGetsALayoutForEveryCodeOfEveryProfile() {
        Map<String, Object> all = PacketLayouts.json();
        for (Profile p : Profile.ALL) {
            Map<?, ?> profile = (Map<?, ?>) all.get(p.name());
            Map<?, ?> in = (Map<?, ?>) profile.get("in");
            Map<?, ?> out = (Map<?, ?>) profile.get("out");
            for (ClientKind k : ClientKind.values()) {
                assertEquals(p.codes().has(k), in.containsKey(p.codes().clientCode(k) == null ? "" : p.codes().clientCode(k)), p + " " + k);
            }
            for (ServerKind k : ServerKind.values()) {
                assertEquals(p.codes().has(k), out.containsKey(p.codes().serverCode(k) == null ? "" : p.codes().serverCode(k)), p + " " + k);
            }
        }
        // protocol.md, "The v1.9 profile": D carries 13 values, the 10 and then aura, bossMode, clan
        assertEquals(Map.of("tuple", List.of(List.of("player", Map.of("tuple", List.of(
                        List.of("id", 0), List.of("sid", 0), List.of("name", 0), List.of("x", 0), List.of("y", 0), List.of("dir", 0), List.of("hp", 0),
                        List.of("maxHp", 0), List.of("scale", 0), List.of("skin", 0), List.of("aura", 0), List.of("bossMode", 0), List.of("clan", 0)))),
                List.of("isYou", 0))), ((Map<?, ?>) ((Map<?, ?>) all.get("v19")).get("out")).get("D"));
    }
}
