package dev.moomoo.game.input;

import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;

/**
 * What a v1.9 client says to the server's staff rather than to the game: its anti-tamper telemetry,
 * its players' reports, and an admin's menu. The game plays none of it; the server's admin side
 * listens (src/site/protocol.md, "The v1.9 profile"). Tick thread.
 */
public interface StaffListener {
    /** Listens to nothing: the world's own, until the server sets one. */
    StaffListener NONE = new StaffListener() {
        @Override
        public void telemetry(Client client, ClientPacket.Telemetry telemetry) {
        }

        @Override
        public void report(Client client, ClientPacket.Report report) {
        }

        @Override
        public void adminMenu(Client client, ClientPacket.AdminMenu menu) {
        }
    };

    void telemetry(Client client, ClientPacket.Telemetry telemetry);

    void report(Client client, ClientPacket.Report report);

    void adminMenu(Client client, ClientPacket.AdminMenu menu);
}
