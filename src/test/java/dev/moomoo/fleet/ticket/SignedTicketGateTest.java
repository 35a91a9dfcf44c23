package dev.moomoo.fleet.ticket;

import dev.moomoo.gateway.JoinGate;
import dev.moomoo.gateway.JoinGate.Admission;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A game server's gate in a fleet, shown tickets made by hand in the documented form (README, "The
 * lobby": {@code v1.<server>.<world>.<device>.<expires>.<nonce>.<tag>}, base64url pieces, the tag an
 * HMAC-SHA256 of what precedes it), so the format is held to its description and not to the signer.
 */
class SignedTicketGateTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef-fleet";
    private static final Instant NOW = Instant.parse("2026-12-04T21:00:00Z");

    private Instant now = NOW;
    private final InstantSource clock = () -> now;
    private final JoinGate own = (world, token) -> new Admission.Refused("own gate asked");

    private SignedTicketGate gate(int maxNonces) {
        return new SignedTicketGate(new TicketSecret(SECRET), "moomoo-x7k2p-abcde", clock, maxNonces, own);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A ticket written out by hand, tagged with {@code secret}. */
    private static String ticket(String secret, String server, String world, String device, long expires, String nonce) throws Exception {
        String body = "v1." + b64(server) + "." + b64(world) + "." + b64(device) + "." + expires + "." + nonce;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "tk:" + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String good(String nonce) throws Exception {
        return ticket(SECRET, "moomoo-x7k2p-abcde", "main", "device-123456", NOW.getEpochSecond() + 30, nonce);
    }

    private static String reason(Admission a) {
        return assertInstanceOf(Admission.Refused.class, a).reason();
    }

    @Test
    void aGoodTicketLetsInOnceWithItsDevice() throws Exception {
        SignedTicketGate gate = gate(10);
        String t = good("AAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(t.length() < 200 && t.substring(3).matches("[A-Za-z0-9_.-]+"), "URL-safe as it is: " + t);
        assertEquals(new Admission.Admitted("device-123456"), gate.admit("main", t));
        assertTrue(reason(gate.admit("main", t)).contains("used before"), "replayed");
    }

    @Test
    void aTicketOfAnotherSecretOrAlteredDoesNotVerify() throws Exception {
        SignedTicketGate gate = gate(10);
        assertTrue(reason(gate.admit("main", ticket("another-secret-of-at-least-32-bytes!!", "moomoo-x7k2p-abcde", "main", "device-123456",
                NOW.getEpochSecond() + 30, "BBBBBBBBBBBBBBBBBBBBBB"))).contains("does not verify"));
        String t = good("CCCCCCCCCCCCCCCCCCCCCC");
        String[] p = t.split("\\.");
        String[] alterations = {
                t.replace("." + p[1] + ".", "." + b64("moomoo-other-abcde") + "."), // the server
                t.replace("." + p[2] + ".", "." + b64("sandbox") + "."),             // the world
                t.replace("." + p[4] + ".", "." + (NOW.getEpochSecond() + 300) + "."), // the expiry
                t.replace("." + p[5] + ".", ".DDDDDDDDDDDDDDDDDDDDDD."),               // the nonce
                t.substring(0, t.length() - 2) + (t.endsWith("A") ? "BB" : "AA"),       // the tag
        };
        for (String altered : alterations) {
            assertNotEquals(t, altered);
            assertTrue(reason(gate.admit("main", altered)).contains("does not verify"), altered);
        }
        assertEquals(new Admission.Admitted("device-123456"), gate.admit("main", t), "the unaltered one still lets in: nothing was used up");
    }

    @Test
    void aGoodTicketForAnotherServerOrWorldIsRefusedSayingWhich() throws Exception {
        SignedTicketGate gate = gate(10);
        assertEquals("a signed join ticket for server moomoo-other-abcde, not moomoo-x7k2p-abcde", reason(gate.admit("main",
                ticket(SECRET, "moomoo-other-abcde", "main", "device-123456", NOW.getEpochSecond() + 30, "EEEEEEEEEEEEEEEEEEEEEE"))));
        assertEquals("a signed join ticket for world main, not sandbox", reason(gate.admit("sandbox", good("FFFFFFFFFFFFFFFFFFFFFF"))));
    }

    @Test
    void expiryAllowsFiveSecondsOfSkewAndNoMore() throws Exception {
        SignedTicketGate gate = gate(10);
        now = NOW.plusSeconds(34);
        assertInstanceOf(Admission.Admitted.class, gate.admit("main", good("GGGGGGGGGGGGGGGGGGGGGG")), "4 s past its expiry: within the skew");
        now = NOW.plusSeconds(35);
        assertEquals("expired signed join ticket", reason(gate.admit("main", good("HHHHHHHHHHHHHHHHHHHHHH"))));
        now = NOW;
        assertTrue(reason(gate.admit("main", ticket(SECRET, "moomoo-x7k2p-abcde", "main", "d-12345678", NOW.getEpochSecond() + 3600,
                "IIIIIIIIIIIIIIIIIIIIII"))).contains("longer than 10 minutes"), "a year-long ticket would pin its nonce for a year");
    }

    @Test
    void pastTheBoundNewTicketsAreRefusedAndNoneIsForgottenEarly() throws Exception {
        SignedTicketGate gate = gate(3);
        String[] first = {good("JJJJJJJJJJJJJJJJJJJJJJ"), good("KKKKKKKKKKKKKKKKKKKKKK"), good("LLLLLLLLLLLLLLLLLLLLLL")};
        for (String t : first) {
            assertInstanceOf(Admission.Admitted.class, gate.admit("main", t));
        }
        String fourth = good("MMMMMMMMMMMMMMMMMMMMMM");
        assertTrue(reason(gate.admit("main", fourth)).contains("too many signed joins"));
        for (String t : first) {
            assertTrue(reason(gate.admit("main", t)).contains("used before"), "still remembered: no replay while full");
        }
        now = NOW.plusSeconds(35); // the first three's tickets are past expiry and skew: their nonces may go
        String later = ticket(SECRET, "moomoo-x7k2p-abcde", "main", "device-123456", now.getEpochSecond() + 30, "NNNNNNNNNNNNNNNNNNNNNN");
        assertInstanceOf(Admission.Admitted.class, gate.admit("main", later));
        assertEquals(1, gate.rememberedNonces());
    }

    @Test
    void aServersOwnTicketsAndOtherTokensGoToItsOwnGate() throws Exception {
        SignedTicketGate gate = gate(10);
        assertEquals("own gate asked", reason(gate.admit("main", "tk:AbCdEfGhIjKlMnOpQrStUv")));
        assertEquals("own gate asked", reason(gate.admit("main", "cf:turnstile")));
        assertEquals("own gate asked", reason(gate.admit("main", null)));
        assertTrue(reason(gate.admit("main", "tk:v1.broken")).startsWith("not a signed join ticket"));
    }

    @Test
    void theSignerWritesWhatTheGateReads() {
        TicketSigner signer = new TicketSigner(new TicketSecret(SECRET), clock, Duration.ofSeconds(30), new SecureRandom());
        String t = signer.issue("moomoo-x7k2p-abcde", "main", "device-123456");
        assertEquals(new Admission.Admitted("device-123456"), gate(10).admit("main", "tk:" + t));
        assertNotEquals(t, signer.issue("moomoo-x7k2p-abcde", "main", "device-123456"), "a nonce of its own each");
    }

    @Test
    void aShortSecretIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TicketSecret("x".repeat(31)));
        assertFalse(e.getMessage().contains("xxx"), "the secret is not repeated");
        assertEquals("a join ticket secret", new TicketSecret("y".repeat(32)).toString());
    }
}
