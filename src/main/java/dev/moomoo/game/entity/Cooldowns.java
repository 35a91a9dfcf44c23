package dev.moomoo.game.entity;

/** When a player may next found a tribe, ping the map, or fire a worn turret (world time). */
public final class Cooldowns {
    private double foundedAt = Double.NEGATIVE_INFINITY;
    private double pingedAt = Double.NEGATIVE_INFINITY;
    private double turretReloadedAt;

    /** Whether {@code every} ms have passed since it last founded a tribe. */
    public boolean mayFound(double now, double every) {
        return now - foundedAt >= every;
    }

    public void founded(double now) {
        foundedAt = now;
    }

    /** Whether {@code every} ms have passed since its last map ping. */
    public boolean mayPing(double now, double every) {
        return now - pingedAt >= every;
    }

    public void pinged(double now) {
        pingedAt = now;
    }

    /** Whether a worn turret may fire at {@code now}. */
    public boolean turretLoaded(double now) {
        return now >= turretReloadedAt;
    }

    public void turretReloads(double until) {
        turretReloadedAt = until;
    }
}
