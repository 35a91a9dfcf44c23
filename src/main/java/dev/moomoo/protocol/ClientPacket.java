package dev.moomoo.protocol;

/**
 * What a client sends, decoded. Values are checked in the codec before a record is built, so a
 * record that exists is valid: the tick never sees a malformed packet.
 */
public sealed interface ClientPacket {
    /** Longest name the client's input allows. */
    int MAX_NAME = 15;
    /** Longest chat line the client's input allows. */
    int MAX_CHAT = 30;

    ClientKind kind();

    /** Spawn request; {@code moofoll} (followed the game) grants starting resources. */
    record Spawn(String name, boolean moofoll, int skin) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.SPAWN;
        }
    }

    record Aim(double angle) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.AIM;
        }
    }

    /** Move direction in radians; null means stop. */
    record Move(Double angle) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.MOVE;
        }
    }

    record ResetMove() implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.RESET_MOVE;
        }
    }

    /** Attack button down or up; the angle comes with it when the client has one. */
    record Attack(boolean down, Double angle) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.ATTACK;
        }
    }

    record Select(int id, boolean weapon) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.SELECT;
        }
    }

    record Upgrade(int index) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.UPGRADE;
        }
    }

    /** 0 toggles direction lock, 1 toggles auto-gather. */
    record Toggle(int which) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.TOGGLE;
        }
    }

    record CreateTribe(String name) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.CREATE_TRIBE;
        }
    }

    record LeaveTribe() implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.LEAVE_TRIBE;
        }
    }

    record JoinTribe(String tribe) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.JOIN_TRIBE;
        }
    }

    record AnswerJoin(int playerSid, boolean accept) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.ANSWER_JOIN;
        }
    }

    record KickMember(int playerSid) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.KICK_MEMBER;
        }
    }

    record Store(boolean buy, int id, boolean accessory) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.STORE;
        }
    }

    record Chat(String text) implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.CHAT;
        }
    }

    record MapPing() implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.MAP_PING;
        }
    }

    record Ping() implements ClientPacket {
        public ClientKind kind() {
            return ClientKind.PING;
        }
    }
}
