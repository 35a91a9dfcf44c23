package dev.moomoo.protocol;

import dev.moomoo.protocol.ClientPacket.*;

/**
 * The registry of what a client sends: one line per packet, binding the name that {@code codes.tsv}
 * and the metrics use to its record and the record's {@link Shape}. The codecs, the code tables and the
 * tests walk it; a record without a line here is never decoded.
 */
public enum ClientKind {
    SPAWN(Spawn.class, Spawn.SHAPE),
    AIM(Aim.class, Aim.SHAPE),
    MOVE(Move.class, Move.SHAPE),
    RESET_MOVE(ResetMove.class, ResetMove.SHAPE),
    ATTACK(Attack.class, Attack.SHAPE),
    SELECT(Select.class, Select.SHAPE),
    UPGRADE(Upgrade.class, Upgrade.SHAPE),
    TOGGLE(Toggle.class, Toggle.SHAPE),
    CREATE_TRIBE(CreateTribe.class, CreateTribe.SHAPE),
    LEAVE_TRIBE(LeaveTribe.class, LeaveTribe.SHAPE),
    JOIN_TRIBE(JoinTribe.class, JoinTribe.SHAPE),
    ANSWER_JOIN(AnswerJoin.class, AnswerJoin.SHAPE),
    KICK_MEMBER(KickMember.class, KickMember.SHAPE),
    STORE(Store.class, Store.SHAPE),
    CHAT(Chat.class, Chat.SHAPE),
    MAP_PING(MapPing.class, MapPing.SHAPE),
    PING(Ping.class, Ping.SHAPE),
    TELEMETRY(Telemetry.class, Telemetry.SHAPE),
    REPORT(Report.class, Report.SHAPE),
    ADMIN_MENU(AdminMenu.class, AdminMenu.SHAPE),
    WATCH(Watch.class, Watch.SHAPE);

    /** The record of this line's packets. */
    final Class<? extends ClientPacket> record;
    /** The record's own shape; a profile may use another ({@link Profile#shape(ClientKind)}). */
    final Shape<?> shape;

    <T extends ClientPacket> ClientKind(Class<T> record, Shape<T> shape) {
        this.record = record;
        this.shape = shape;
    }
}
