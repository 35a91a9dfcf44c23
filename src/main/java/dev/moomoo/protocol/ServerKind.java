package dev.moomoo.protocol;

import dev.moomoo.protocol.ServerPacket.*;

/**
 * The registry of what the server sends: one line per packet, binding the name that {@code codes.tsv}
 * and the metrics use to its record and the record's {@link Shape}. The codecs, the code tables and the
 * tests walk it; a record without a line here cannot be sent.
 */
public enum ServerKind {
    IO_INIT(IoInit.class, IoInit.SHAPE),
    TRIBE_LIST(TribeList.class, TribeList.SHAPE),
    DISCONNECT(Disconnect.class, Disconnect.SHAPE),
    SETUP_GAME(SetupGame.class, SetupGame.SHAPE),
    ADD_PLAYER(AddPlayer.class, AddPlayer.SHAPE),
    REMOVE_PLAYER(RemovePlayer.class, RemovePlayer.SHAPE),
    UPDATE_PLAYERS(UpdatePlayers.class, UpdatePlayers.SHAPE),
    LEADERBOARD(Leaderboard.class, Leaderboard.SHAPE),
    ADD_OBJECTS(AddObjects.class, AddObjects.SHAPE),
    UPDATE_ANIMALS(UpdateAnimals.class, UpdateAnimals.SHAPE),
    ANIMAL_ATTACK(AnimalAttack.class, AnimalAttack.SHAPE),
    SWING(Swing.class, Swing.SHAPE),
    WIGGLE(Wiggle.class, Wiggle.SHAPE),
    TURRET_SHOT(TurretShot.class, TurretShot.SHAPE),
    STAT(Stat.class, Stat.SHAPE),
    HEALTH(Health.class, Health.SHAPE),
    DIED(Died.class, Died.SHAPE),
    REMOVE_OBJECT(RemoveObject.class, RemoveObject.SHAPE),
    REMOVE_BUILDINGS(RemoveBuildings.class, RemoveBuildings.SHAPE),
    ITEM_COUNT(ItemCount.class, ItemCount.SHAPE),
    XP(Xp.class, Xp.SHAPE),
    UPGRADES(Upgrades.class, Upgrades.SHAPE),
    HOTBAR(Hotbar.class, Hotbar.SHAPE),
    ADD_PROJECTILE(AddProjectile.class, AddProjectile.SHAPE),
    PROJECTILE_RANGE(ProjectileRange.class, ProjectileRange.SHAPE),
    RESTART_NOTICE(RestartNotice.class, RestartNotice.SHAPE),
    TRIBE_ADDED(TribeAdded.class, TribeAdded.SHAPE),
    TRIBE_REMOVED(TribeRemoved.class, TribeRemoved.SHAPE),
    JOIN_REQUEST(JoinRequest.class, JoinRequest.SHAPE),
    MY_TRIBE(MyTribe.class, MyTribe.SHAPE),
    TRIBE_MEMBERS(TribeMembers.class, TribeMembers.SHAPE),
    STORE_STATE(StoreState.class, StoreState.SHAPE),
    CHAT(Chat.class, Chat.SHAPE),
    MINIMAP(Minimap.class, Minimap.SHAPE),
    FLOATING_TEXT(FloatingText.class, FloatingText.SHAPE),
    MAP_PING(MapPing.class, MapPing.SHAPE),
    PONG(Pong.class, Pong.SHAPE),
    TELEGRAPH(Telegraph.class, Telegraph.SHAPE),
    LIVE_STATS(LiveStats.class, LiveStats.SHAPE);

    /** The record of this line's packets. */
    final Class<? extends ServerPacket> record;
    /** The record's own shape; a profile may use another ({@link Profile#shape(ServerKind)}). */
    final Shape<?> shape;

    <T extends ServerPacket> ServerKind(Class<T> record, Shape<T> shape) {
        this.record = record;
        this.shape = shape;
    }
}
