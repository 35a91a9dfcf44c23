package dev.moomoo.fleet.lobby;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.server.PageRequest;
import dev.moomoo.server.Routes;
import dev.moomoo.server.Server;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.savedpage.SavedPage;
import dev.moomoo.server.savedpage.SavedPageException;
import dev.moomoo.server.services.CurrentBuild;
import dev.moomoo.server.services.JoinTickets;
import dev.moomoo.server.services.WebServices;
import dev.moomoo.fleet.ticket.TicketSigner;
import org.tinylog.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.function.Function;

/**
 * The fleet's list service (README, "The lobby"): one list of every world of every game server the
 * {@link FleetList} knows, for the v1.8 and the v1.9 page alike ({@code GET /servers}, also under
 * {@code /api/}), a ping for the page's latency check ({@code GET /ping}), and join tickets it signs for
 * the game server of the world chosen ({@code POST /join}, also under {@code /api/}), which that server
 * checks without asking back. Served on the server's own HTTP stack, with its limits. A virtual thread
 * polls the source every poll period.
 */
public final class Lobby implements AutoCloseable {
    private final FleetList fleet;
    private final Server server;
    private final Thread poller;

    private Lobby(FleetList fleet, WebServices services, Routes page, ServerConfig http, Duration pollPeriod) throws IOException {
        this.fleet = fleet;
        // Every path is one of the lobby's services, /ping and /healthz included, or else the saved page's.
        this.server = Server.start(http, new Routes().servicesUnder("/", r -> answer(services, page, r)));
        this.poller = Thread.ofVirtual().name("lobby-poll").start(() -> poll(pollPeriod));
    }

    /** Starts a lobby of {@code source}'s worlds that signs with {@code signer} and listens as {@code config} says. */
    static Lobby start(LobbyConfig config, FleetSource source, TicketSigner signer) throws IOException, InterruptedException {
        FleetList fleet = new FleetList(source);
        fleet.refresh(); // the first list before the port opens
        SecureRandom random = new SecureRandom();
        WebServices services = new WebServices(fleet::entries, (key, deviceId) -> {
            FleetWorld world = fleet.world(key);
            if (world == null) {
                return null;
            }
            String device = JoinTickets.deviceId(deviceId, random);
            return new JoinTickets.Issued(signer.issue(world.serverId(), world.world(), device), device);
        }, config.joinsPerMinute(), InstantSource.system(), config.allowedOrigins());
        ServerConfig http = ServerConfig.defaults(Map.of("bind", config.bind(), "port", Integer.toString(config.port()),
                "allowed-origins", String.join(",", config.allowedOrigins())));
        return new Lobby(fleet, services, pageRoutes(config), http, config.pollPeriod());
    }

    /**
     * The saved v1.9 page with the fleet's build module, when {@code client-page} names one (README, "The
     * lobby"): the page's API base is this origin's {@code /api}, and it dials the {@code socket} of the
     * world it picks from the list. Null without a page.
     */
    static Routes pageRoutes(LobbyConfig config) throws IOException {
        if (config.clientPage().isEmpty()) {
            return null;
        }
        try {
            SavedPage page = SavedPage.open(Path.of(config.clientPage()), config.antiDebug());
            CurrentBuild build = CurrentBuild.kept(new BuildModuleFile(Path.of(config.buildModuleFile())), new SecureRandom());
            Logger.info("serving {} with {}", page, build);
            return page.addTo(new Routes(), build::moduleUrl).pagesUnder(CurrentBuild.FOLDER, build::serve);
        } catch (SavedPageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static HttpResponse answer(WebServices services, Routes page, PageRequest r) {
        String path = r.request().path();
        return switch (path) {
            // The page measures each server's latency by fetching /ping (no preflight: a plain GET).
            case "/ping" -> services.withCors(r, HttpResponse.text(200, "pong\n").withHeader("Cache-Control", "no-store"));
            case "/healthz" -> HttpResponse.text(200, "ok\n");
            case "/servers", "/join" -> services.handle(r, path);
            default -> {
                if (path.startsWith(WebServices.FOLDER)) {
                    yield services.handle(r, path.substring(WebServices.FOLDER.length() - 1));
                }
                boolean get = r.request().method().equals("GET") || r.request().method().equals("HEAD");
                Function<PageRequest, HttpResponse> file = page == null || !get ? null : page.page(path);
                yield file == null ? services.handle(r, path) : file.apply(r);
            }
        };
    }

    private void poll(Duration period) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(period);
                try {
                    fleet.refresh();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable e) { // even an Error: a poll thread that died would leave the list frozen, unnoticed
                    Logger.error(e, "lobby poll failed; the next one comes in {} ms", period.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Logger.debug("lobby poll stopped");
        }
    }

    /** Asks the source now, outside the poll period; false when it could not be read. */
    boolean refresh() throws InterruptedException {
        return fleet.refresh();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        poller.interrupt();
        server.shutdown();
    }
}
