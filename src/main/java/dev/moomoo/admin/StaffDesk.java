package dev.moomoo.admin;

import dev.moomoo.game.World;
import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.boss.CrabKing;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.input.StaffListener;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.protocol.AdminAction;
import dev.moomoo.protocol.ClientPacket;
import org.tinylog.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the server's staff does with what v1.9 clients say to it (src/site/protocol.md, "The v1.9
 * profile"), on the tick thread:
 * <ul>
 *   <li>telemetry: each flag gets the action its setting names (counted only, the player flagged to the
 *       admins online, or kicked; the strongest of its flags wins);</li>
 *   <li>reports: logged, and told to the admins online as a notice;</li>
 *   <li>the admin menu: from a player who is not an admin, ignored and counted; from an admin, run as the
 *       console command that does the same where there is one ({@code tp} for tp, goto, summon and
 *       gotomob; {@code animal} for spawn; {@code grant} for give), its answer told to the admin; the
 *       others (god, aura, godlike, boss, invisible, size, power, speed, health, weapon, item, deltribe)
 *       have no command and are answered so.</li>
 * </ul>
 */
public final class StaffDesk implements StaffListener {
    /** What is done about one telemetry flag. */
    public enum TelemetryAction {
        /** Counted only (the gateway counts every flag). */
        COUNT,
        /** The player named to the admins online. */
        FLAG,
        /** The player kicked. */
        KICK
    }

    /** The flags' names for people, in the order of {@link ClientPacket.Telemetry#FLAGS}. */
    private static final List<String> FLAG_NAMES = List.of("a userscript manager", "a replaced WebSocket", "a hooked renderer", "a debugger pause");
    private static final int MAX_REPLY_LINES = 12;

    private final Commands commands;
    private final World world;
    private final Map<Integer, TelemetryAction> telemetryActions;
    private final LongAdder menusFromNonAdmins = new LongAdder();
    private final LongAdder menusWithoutCommand = new LongAdder();
    private final LongAdder reports = new LongAdder();

    /** @param telemetryActions the action of each flag of {@link ClientPacket.Telemetry#FLAGS} (a flag not in it: counted only) */
    public StaffDesk(Commands commands, World world, Map<Integer, TelemetryAction> telemetryActions) {
        this.commands = commands;
        this.world = world;
        this.telemetryActions = Map.copyOf(telemetryActions);
    }

    @Override
    public void telemetry(Client client, ClientPacket.Telemetry telemetry) {
        TelemetryAction strongest = TelemetryAction.COUNT;
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ClientPacket.Telemetry.FLAGS.size(); i++) {
            int flag = ClientPacket.Telemetry.FLAGS.get(i);
            if ((telemetry.flags() & flag) != 0) {
                found.add(FLAG_NAMES.get(i));
                TelemetryAction action = telemetryActions.getOrDefault(flag, TelemetryAction.COUNT);
                strongest = action.compareTo(strongest) > 0 ? action : strongest;
            }
        }
        String what = admin().describe(client) + "'s page reports " + String.join(", ", found);
        switch (strongest) {
            case COUNT -> {
            }
            case FLAG -> {
                Logger.info("telemetry: {}", what);
                tellAdmins("telemetry: " + what);
            }
            case KICK -> {
                Logger.info("telemetry: {}: kicked", what);
                tellAdmins("telemetry: " + what + ": kicked");
                admin().kick(client, DisconnectReason.KICKED, "kicked");
            }
        }
    }

    @Override
    public void report(Client client, ClientPacket.Report report) {
        if (report.action() == ClientPacket.Report.Action.OPEN) {
            return; // the menu opened: nothing said yet
        }
        reports.increment();
        Player reported = admin().playerBySid(report.sid());
        String whom = reported == null ? "sid " + report.sid() + " (gone)" : admin().describe(reported.client());
        String line = switch (report.action()) {
            case REPORT -> admin().describe(client) + " reports " + whom + " for " + report.reasonName();
            case SHADOW, BAN -> admin().describe(client) + (client.isAdmin() ? "" : ", not an admin,") + " asks to "
                    + report.action().name().toLowerCase(Locale.ROOT) + " " + whom + " (not acted on: kick and ban are commands)";
            case OPEN -> throw new IllegalStateException("an opened menu is no report");
        };
        Logger.info("report: {}", line);
        tellAdmins("report: " + line);
    }

    @Override
    public void adminMenu(Client client, ClientPacket.AdminMenu menu) {
        if (!client.isAdmin()) {
            menusFromNonAdmins.increment();
            Logger.debug("{} used the admin menu without being an admin: ignored", admin().describe(client));
            return;
        }
        String line = commandLine(client, menu.action());
        if (line.startsWith("/")) {
            Logger.info("{} ran admin menu {} as: {}", admin().describe(client), menu.action().args().getFirst(), line);
            commands.execute(line).thenAccept(answer -> {
                String[] lines = answer.split("\n");
                for (int i = 0; i < Math.min(lines.length, MAX_REPLY_LINES); i++) {
                    admin().reply(client, lines[i]);
                }
            });
        } else {
            admin().reply(client, line);
        }
    }

    /**
     * The console command (starting with {@code /}) that does what {@code action} asks for {@code admin},
     * or the answer why nothing is done.
     */
    private String commandLine(Client client, AdminAction action) {
        Player self = admin().playerOf(client);
        return switch (action) {
            case AdminAction.Teleport t -> self == null ? "spawn first" : "/tp " + self.sid() + " " + t.x() + " " + t.y();
            case AdminAction.GoTo g -> to(self, admin().playerBySid(g.sid()), "no player with sid " + g.sid());
            case AdminAction.Summon s -> {
                Player target = admin().playerBySid(s.sid());
                yield self == null || target == null ? "no player with sid " + s.sid() : "/tp " + target.sid() + " " + self.x() + " " + self.y();
            }
            case AdminAction.GoToAnimal g -> {
                Animal animal = admin().animals().stream().filter(a -> a.present() && a.kind().id() == g.aiType()).findFirst().orElse(null);
                yield self == null || animal == null ? "no animal of type " + g.aiType() + " about" : "/tp " + self.sid() + " " + animal.x() + " " + animal.y();
            }
            case AdminAction.SpawnAnimal s -> {
                AnimalKind kind = admin().data().animal(s.aiType());
                yield self == null || kind == null ? "no animal of type " + s.aiType() + " in this game"
                        : kind.id() == CrabKing.TYPE ? "/crabking" : "/animal " + kind.name() + " " + self.x() + " " + self.y();
            }
            case AdminAction.GiveResource g -> {
                Player to = g.toSid() == null ? self : admin().playerBySid(g.toSid());
                yield to == null ? "no such player" : "/grant " + to.sid() + " " + AdminAction.GiveResource.RESOURCES.get(g.resource()) + " " + g.amount();
            }
            case AdminAction.Switch s -> noCommand(s.name());
            case AdminAction.Multiplier m -> noCommand(m.name());
            case AdminAction.GiveWeapon _ -> noCommand("weapon");
            case AdminAction.GiveItem _ -> noCommand("item");
            case AdminAction.DeleteTribe _ -> noCommand("deltribe");
        };
    }

    private static String to(Player self, Player target, String none) {
        return self == null || target == null ? none : "/tp " + self.sid() + " " + target.x() + " " + target.y();
    }

    private String noCommand(String what) {
        menusWithoutCommand.increment();
        return "admin menu '" + what + "' is not available on this server";
    }

    private void tellAdmins(String line) {
        for (Client c : admin().clients()) {
            if (c.isAdmin()) {
                admin().reply(c, line);
            }
        }
    }

    private WorldAdmin admin() {
        return world.admin();
    }

    /** Admin-menu actions from players who are not admins, ignored. */
    public long menusFromNonAdmins() {
        return menusFromNonAdmins.sum();
    }

    /** Admin-menu actions from admins that no command does, answered so. */
    public long menusWithoutCommand() {
        return menusWithoutCommand.sum();
    }

    /** Reports and staff verdicts filed (a menu only opened is none). */
    public long reports() {
        return reports.sum();
    }
}
