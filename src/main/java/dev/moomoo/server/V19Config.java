package dev.moomoo.server;

import dev.moomoo.admin.StaffDesk;
import dev.moomoo.config.Setting;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.keyed.KeyedMode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of the v1.9 client's wire, a part of {@link ServerConfig}: how its sockets speak
 * (src/site/keyed-protocol.md, "Modes"), and what is done about each flag of its anti-tamper telemetry
 * (src/site/protocol.md, "The v1.9 profile"): {@code count} it only (a metric), {@code flag} the
 * player to the admins online, or {@code kick} it.
 */
public record V19Config(
        @Setting(name = "keyed-mode", defaultValue = "pinned", oneOf = {"pinned", "unpinned", "plain"},
                description = "how v1.9 sockets speak: pinned (moomoo.io's own: mixed key, signed and masked frames), unpinned (signed, not masked) or plain ([name, args] frames anyone can read)")
        String keyedMode,
        @Setting(name = "telemetry-userscript", defaultValue = "count", oneOf = {"count", "flag", "kick"},
                description = "a v1.9 page reports a userscript manager: count it, flag the player to the admins online, or kick it")
        String telemetryUserscript,
        @Setting(name = "telemetry-socket-hook", defaultValue = "count", oneOf = {"count", "flag", "kick"},
                description = "a v1.9 page reports its WebSocket or send replaced: count, flag or kick")
        String telemetrySocketHook,
        @Setting(name = "telemetry-renderer-hook", defaultValue = "count", oneOf = {"count", "flag", "kick"},
                description = "a v1.9 page reports its renderer hooked: count, flag or kick")
        String telemetryRendererHook,
        @Setting(name = "telemetry-debugger", defaultValue = "count", oneOf = {"count", "flag", "kick"},
                description = "a v1.9 page reports a debugger pause over 200 ms: count, flag or kick")
        String telemetryDebugger) {

    public KeyedMode mode() {
        return KeyedMode.valueOf(keyedMode.toUpperCase(Locale.ROOT));
    }

    /** The action of each telemetry flag of {@link ClientPacket.Telemetry#FLAGS}. */
    public Map<Integer, StaffDesk.TelemetryAction> telemetryActions() {
        List<String> actions = List.of(telemetryUserscript, telemetrySocketHook, telemetryRendererHook, telemetryDebugger);
        Map<Integer, StaffDesk.TelemetryAction> byFlag = new HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            byFlag.put(ClientPacket.Telemetry.FLAGS.get(i), StaffDesk.TelemetryAction.valueOf(actions.get(i).toUpperCase(Locale.ROOT)));
        }
        return byFlag;
    }
}
