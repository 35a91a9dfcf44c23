package dev.moomoo.server;

import dev.moomoo.lab.inspect.Inspector;
import dev.moomoo.server.services.AddressRate;

import java.net.InetAddress;
import java.time.InstantSource;

/** The packet inspector's paths on the port (README, "The live inspector"), and its limit on wrong tokens. */
public final class InspectorRoutes {
    /** Wrong tokens one address may send a minute (its allowance refills evenly over the minute). */
    public static final int FAILURES_PER_MINUTE = 5;
    /** Addresses whose wrong tokens are remembered at most (see {@link AddressRate}). */
    private static final int FAILURE_ADDRESSES = 10_000;

    private InspectorRoutes() {
    }

    /** {@code /inspect}, everything under {@code /inspect/}, and the socket {@code /inspect/socket}. */
    public static Routes addTo(Routes routes, Inspector inspector) {
        return routes.page(Inspector.PATH, r -> inspector.page(r.request()))
                .servicesUnder(Inspector.FOLDER, r -> inspector.underFolder(r.request(), r.remote(), r.body()))
                .socketFor(Inspector.SOCKET, inspector::socket);
    }

    /**
     * {@link #FAILURES_PER_MINUTE} wrong tokens a minute per address: a try is taken before the token is
     * checked, in one step with asking whether one is left, and the right token gives it back.
     */
    public static Inspector.SignInLimit signInLimit(InstantSource clock) {
        AddressRate rate = new AddressRate(clock, FAILURES_PER_MINUTE, FAILURE_ADDRESSES);
        return new Inspector.SignInLimit() {
            @Override
            public boolean reserve(InetAddress address) {
                return rate.tryTake(address);
            }

            @Override
            public void giveBack(InetAddress address) {
                rate.giveBack(address);
            }
        };
    }
}
