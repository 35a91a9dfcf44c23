package dev.moomoo.fleet;

import dev.moomoo.config.Setting;

import java.time.Duration;

/** The settings of running as an Agones GameServer (README, "On Agones"); a part of the server's settings. */
public record AgonesConfig(
        @Setting(name = "agones", defaultValue = "false",
                description = "run as an Agones GameServer: Ready, Health, labels, player counters and Shutdown through the SDK sidecar's REST API")
        boolean enabled,
        @Setting(name = "agones-health-ms", defaultValue = "2000", min = 100, max = 600_000,
                description = "with agones, how often Health is sent while every world keeps time (keep it under the GameServer's health periodSeconds)")
        Duration healthPeriod,
        @Setting(name = "agones-sdk-port", defaultValue = "0", min = 0, max = 65535,
                description = "with agones, the SDK sidecar's HTTP port on localhost; 0: AGONES_SDK_HTTP_PORT, else 9358")
        int sdkPort) {
}
